import * as v from 'valibot';
import { CUE_KINDS, TRIGGER_KINDS } from '../types';

/**
 * The shape of a detector lexicon: one per language, pure data. Each rule is a list of regular
 * expression sources (matched case-insensitively) plus the guards that decide whether a match
 * counts (negation, hypothetical, someone else speaking, aimed at oneself, product words).
 * `{NAME}` in a pattern expands to the lexicon's macro NAME, so long word lists are written once.
 */

/** `grievance` is internal: a problem report that opens the missing-apology clock, never output. */
const FindingKindSchema = v.picklist([...TRIGGER_KINDS, ...CUE_KINDS, 'grievance']);

export const LexiconRuleSchema = v.object({
  /** Stable id, shown in explanations ("legal.sue"). */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_.-]+$/, 'rule id: lower case, digits, . _ -')),
  kind: FindingKindSchema,
  /** Whose lines the rule reads. */
  role: v.picklist(['customer', 'agent']),
  patterns: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)),
  /** Weight multiplier for the risk score (1 = the kind's base weight). */
  severity: v.optional(v.number(), 1),
  /** A negator shortly before the match, in the same clause, cancels it ("not going to sue"). */
  negatable: v.optional(v.boolean(), true),
  /** Inside an if-clause, a quote, or someone else's reported words, the match does not count. */
  hypotheticalCancels: v.optional(v.boolean(), true),
  /** Aimed at the speaker ("angry at myself", "I'm an idiot"): does not count. */
  selfTargetCancels: v.optional(v.boolean(), false),
  /** Text right after the match that makes it a product word ("Manager role"). Anchored at the match end. */
  exceptAfter: v.optional(v.array(v.string()), []),
  /** Text right before the match (same clause) that cancels it. Anchored at the match start. */
  exceptBefore: v.optional(v.array(v.string()), []),
  /**
   * Text ending with the match (same clause) that makes it someone else's ("he's really upset",
   * "two of them are furious"): anchored at the match end, so it can name the matched words too.
   * Like `exceptBefore`, but the tone model is told as well, so it does not hear the writer's anger
   * in the same words.
   */
  othersBefore: v.optional(v.array(v.string()), []),
  /** Anywhere in the same message: cancels the match (a reason behind a no, a promise to check). */
  unless: v.optional(v.array(v.string()), []),
  /** Someone else's words or plans ("my friend said she'd sue", "they will sue"): does not count. */
  thirdPartyCancels: v.optional(v.boolean(), true),
  /** A cheerful message ("Thanks!!!") without problem words cancels the match. */
  positiveCancels: v.optional(v.boolean(), false),
  /** Skip matches in sentences that end in "?" (a question, not a statement). */
  skipQuestions: v.optional(v.boolean(), false),
  /** A reply to the agent's own troubleshooting step ("still no signal", "tried again, same error") is a report, not a complaint. */
  calmAfterInstruction: v.optional(v.boolean(), false),
});
export type LexiconRule = v.InferOutput<typeof LexiconRuleSchema>;
export type LexiconRuleInput = v.InferInput<typeof LexiconRuleSchema>;

export const LexiconSchema = v.object({
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'language: two-letter code')),
  macros: v.record(v.pipe(v.string(), v.regex(/^[A-Z_]+$/)), v.string()),
  /** Words that negate what follows them within NEGATION_WINDOW words of the same clause. */
  negators: v.string(),
  /** Phrases before a negator that keep the match (e.g. "why can't I …" is still a request). */
  negationExceptions: v.string(),
  /** Clause openers that make a statement hypothetical ("if", "whether"). */
  hypothetical: v.string(),
  /** An if-clause with one of these is an ultimatum ("if you don't refund me I'll sue"): it counts. */
  ultimatum: v.string(),
  /** Someone other than the speaker is the subject, with a reporting verb or a modal ("my friend said", "they'd"). */
  thirdParty: v.string(),
  /** Right after a match: it is aimed at the speaker ("at myself"). */
  selfTargetAfter: v.string(),
  /** Right before a match: the speaker is the target ("I'm such an"). */
  selfTargetBefore: v.string(),
  /** A matched word that can run the speaker down ("idiot", "useless", "terrible"): said of themself, it is not anger at anyone. */
  selfInsultWord: v.optional(v.string(), '(?!)'),
  /** Right after such a word: the speaker is the one meant ("stupid me", "terrible with forms"). */
  selfInsultAfter: v.optional(v.string(), '(?!)'),
  /** An agent line that asks the customer to try, check or send something (a troubleshooting step). */
  instructsCustomer: v.optional(v.string(), '(?!)'),
  /** A line that moves on to a new question ("thanks. one more thing, …"): the tone model stays quiet on it. */
  newTopic: v.optional(v.string(), '(?!)'),
  /** The customer saying how they are ("I am not angry.", "sorry if I was short with you", "you've been very helpful"): the tone model believes them. */
  saysCalm: v.optional(v.string(), '(?!)'),
  /** A writer passing someone's words on as the message itself: third-party threats then count. */
  relayedOnPurpose: v.optional(v.string(), '(?!)'),
  /** A whole message that only asks for a remedy ("i want a refund"): a request, not a mood, so the tone model stays out. */
  plainRequest: v.optional(v.string(), '(?!)'),
  /** A whole message that only asks whether anyone is there ("hello?", "still there?"): after the customer's own unanswered line, waiting wears thin. */
  nudge: v.optional(v.string(), '(?!)'),
  /** A laugh in the line ("lol", "😂"): strong words next to it are a joke, not anger. */
  laughter: v.optional(v.string(), '(?!)'),
  /** Right before a match (same clause): the words are about someone or something else ("the storm was"). */
  aimedAtOthersBefore: v.optional(v.string(), '(?!)'),
  /** The speaker owning the mistake ("my fault", "silly me"): the tone model stays quiet on such a line. */
  ownsTheMistake: v.optional(v.string(), '(?!)'),
  /** Upper-case words that are not shouting (acronyms). */
  acronyms: v.array(v.string()),
  /** Emoji that signal anger or exasperation. */
  angryEmoji: v.array(v.string()),
  /** Emoji that turn praise into sarcasm ("really helpful 🙃"): frustration only next to a positive word. */
  ironicEmoji: v.optional(v.array(v.string()), []),
  /** Words that make an exclamation positive ("Thanks!!") rather than angry. */
  positiveWords: v.string(),
  /** Words of a problem: with a gushing opener they make sarcasm ("Great, lost again"). */
  problemWords: v.string(),
  /** Openers that are sarcastic when the same message describes a problem. */
  sarcasticOpeners: v.string(),
  /** An agent line that is only "No." (a refusal when the customer had asked for something, else an answer). */
  loneNo: v.optional(v.string(), '^\\s*no\\s*[.!]*\\s*$'),
  /** A customer line that asks for an action ("can you refund…", "transfer me…"), not only for information. */
  asksForAction: v.optional(v.string(), '(?!)'),
  rules: v.array(LexiconRuleSchema),
});
export type Lexicon = v.InferOutput<typeof LexiconSchema>;
export type LexiconInput = v.InferInput<typeof LexiconSchema>;
