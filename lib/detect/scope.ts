import type { CompiledLexicon } from './compile';

/**
 * Where a match sits in its message, and what that does to its meaning: negation and its scope,
 * if-clauses, quotes, someone else's words, and who a feeling is aimed at. All checks read only
 * a bounded window around the match, so they cost the same on a long message as on a short one.
 */

/** How many words before a match a negator reaches ("not going to sue" = 3). */
export const NEGATION_WINDOW = 5;
/** Characters looked at before a match for its clause. */
const CLAUSE_LOOKBACK = 240;

const CLAUSE_BOUNDARY = /[.!?;:\n]+|\s[-–—]+\s|\b(?:but|however|although|though|except|whereas)\b/gi;
const SENTENCE_BOUNDARY = /[.!?\n]+/g;

/** Start offset of the clause containing `index`. */
export function clauseStart(text: string, index: number): number {
  const from = Math.max(0, index - CLAUSE_LOOKBACK);
  const window = text.slice(from, index);
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(window); m; m = CLAUSE_BOUNDARY.exec(window)) start = m.index + m[0].length;
  return from + start;
}

/** Start offset of the sentence containing `index`. */
export function sentenceStart(text: string, index: number): number {
  const from = Math.max(0, index - CLAUSE_LOOKBACK);
  const window = text.slice(from, index);
  let start = 0;
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let m = SENTENCE_BOUNDARY.exec(window); m; m = SENTENCE_BOUNDARY.exec(window)) start = m.index + m[0].length;
  return from + start;
}

/** End offset (exclusive, including the closing punctuation) of the sentence containing `index`. */
export function sentenceEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + CLAUSE_LOOKBACK);
  for (let i = index; i < limit; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n') {
      let j = i;
      while (j < limit && /[.!?]/.test(text[j] ?? '')) j++;
      return j;
    }
  }
  return limit;
}

function lastWords(text: string, n: number): string {
  const words = text.trimEnd().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

// "no i want a manager on the phone": a "no" straight before the speaker's own clause answers too.
const LEADING_ANSWER =
  /^\s*(?:no|nope|nah|no no)(?:\s*[,;:!.\u2013\u2014-]+\s*|\s+(?=(?:i|i'm|im|i'll|ill|i've|we|we're|we'll|just|please|pls)\b))/i;
/** A comma before a new subject ends a negation's reach: "if it's not released by Friday, our solicitor…". */
const COMMA_NEW_SUBJECT =
  /,\s*(?=(?:i|i'm|i'll|we|we'll|my|our|you|your|they|their|he|she|the|every|everyone|everybody|surely|(?:put|get|give|transfer|connect|pass|send|find) (?:me|us)|just (?:put|get|give|transfer|connect|pass|send) (?:me|us))\b)/gi;
/**
 * …and so does the speaker's own "I will" or "we won't" with no comma at all ("if the refund has
 * not arrived I will call my bank", "if the next weeks aren't spotless we won't be renewing"), unless it is what they think or say ("I don't think I'll need to").
 */
const SPEAKER_WILL =
  /(?<!\b(?:think|believe|expect|guess|suppose|hope|sure|know|say|says|saying|said|that|if|whether|way|chance|where|when|what|how|why)) (?=(?:i'll|i will|we'll|we will|i'm going|i am going|we're going|i'm gonna|i won't|we won't|i will not|we will not|i'm not going|we're not going|i'm \w+ing|im \w+ing|we're \w+ing|i am \w+ing|we are \w+ing)\b)/gi;

/** An if-clause up to its comma: what follows the comma is the consequence. */
const CONDITION_THEN_COMMA = /\b(?:if|unless)\b[^,.!?]*,\s*/gi;

/** An if-clause up to its deadline, commas or not: "if the invoice isn't here by Friday our legal team…" — the deadline closes the condition. */
const CONDITION_THEN_DEADLINE =
  /\b(?:if|unless)\b[^,.!?]{0,80}?\b(?:by|before|until|within)\s+(?:(?:this|next|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|the weekend|the end of (?:the )?\w+|\d+ (?:days?|hours?|weeks?)|\d{1,2}(?::\d\d)?\s*(?:am|pm))\s+/gi;

/** The part of `before` after its last comma that opens a new subject (which may be the match's first word). */
function afterLastNewSubject(before: string, matchStart: string): string {
  const text = `${before}${matchStart}`;
  let from = 0;
  COMMA_NEW_SUBJECT.lastIndex = 0;
  for (let m = COMMA_NEW_SUBJECT.exec(text); m && m.index < before.length; m = COMMA_NEW_SUBJECT.exec(text)) from = m.index + m[0].length;
  SPEAKER_WILL.lastIndex = 0;
  for (let m = SPEAKER_WILL.exec(text); m && m.index < before.length; m = SPEAKER_WILL.exec(text))
    from = Math.max(from, m.index + m[0].length);
  // "if that doesn't get anywhere, small claims court is £35": the comma (or a deadline) ends the if-clause and its negation.
  from = Math.max(from, endOfLastMatch(CONDITION_THEN_COMMA, before), endOfLastMatch(CONDITION_THEN_DEADLINE, before));
  return before.slice(Math.min(from, before.length));
}

/** Where the last match of a global `pattern` in `text` ends, or 0. */
function endOfLastMatch(pattern: RegExp, text: string): number {
  let end = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}

/** "I'm not going to sue", "no need for a manager": a negator within NEGATION_WINDOW words, same clause. */
export function isNegated(lex: CompiledLexicon, clauseBefore: string, matchStart = ''): boolean {
  // "No, we can't do that" / "No. I'm calling my lawyer": an opening "No," answers the other
  // side; it does not negate what follows.
  const answered = clauseBefore.replace(LEADING_ANSWER, '');
  // Most matches have no negator near them at all: only then is the comma worth looking for.
  if (!lex.negators.test(lastWords(answered, NEGATION_WINDOW))) return false;
  const scope = lastWords(afterLastNewSubject(answered, matchStart), NEGATION_WINDOW);
  if (!lex.negators.test(scope)) return false;
  // Exceptions see the start of the match too: "can't" + "talk to a person" is a request.
  return !lex.negationExceptions.test(`${lastWords(clauseBefore, NEGATION_WINDOW + 3)} ${matchStart}`);
}

/** The speaker's own clause (or their promise to the company) begins the match: "… we won't be renewing", "… you'll be hearing from our solicitor". */
const SPEAKER_CLAUSE_START =
  /^(?:(?:i|we)(?:'ll| will|'m| am|'re| are| won't| will not| shall| want| expect| demand)|im|ill|you(?:'ll| will| won't| will not))\b/i;

/**
 * Inside an if-clause ("if I were to sue"), unless the condition is the company failing, which
 * makes it an ultimatum ("if you don't refund me I'll sue") — that one counts. `match` is the
 * matched text: when it opens the speaker's own clause after a condition of a few words ("if the
 * next two weeks aren't spotless we won't be renewing"), it is the consequence, commas or not.
 */
export function isHypothetical(lex: CompiledLexicon, sentenceBefore: string, match = ''): boolean {
  lex.hypothetical.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = lex.hypothetical.exec(sentenceBefore); m; m = lex.hypothetical.exec(sentenceBefore)) last = m;
  if (!last) return false;
  const condition = sentenceBefore.slice(last.index);
  const conditionWords = condition.slice(last[0].length);
  if (SPEAKER_CLAUSE_START.test(match) && /^\s*\S+\s+\S+\s+\S+/.test(conditionWords)) return false;
  // "if we walk into that meeting with no numbers I'm writing this up on LinkedIn": the speaker's clause starts just before the match.
  if (/^\s*\S+\s+\S+\s+\S+.*\b(?:i'?m|i am|we'?re|we are|i'll|i will|we'll|we will)\s+$/i.test(conditionWords)) return false;
  // "if X, Y": a comma or "then" closes the condition; the match is in the consequence. So does
  // a speaker who starts their own clause, commas or not ("if the coat comes back ruined im
  // taking you to court"), but not one right after "if" ("if I'm going to sue, what do I need?").
  if (
    /,|\bthen\b|^\s+\S+\s.*?\b(?:(?:i'?m|i am|we'?re)\s+(?:going\b|gonna\b|\w+ing\b|straight\b|definitely\b)|(?:i'll|i will|we'll|we will|i shall|we shall)(?:\s+\w+|\s*$))/i.test(
      condition.slice(last[0].length),
    )
  )
    return false;
  return !lex.ultimatum.test(condition);
}

/** Inside quotation marks: reported, not said. */
export function isQuoted(textBefore: string): boolean {
  let quotes = 0;
  for (let i = 0; i < textBefore.length; i++) {
    const c = textBefore.charCodeAt(i);
    if (c === 34 /* " */ || c === 0x201c || c === 0x201d) quotes++;
  }
  return quotes % 2 === 1;
}

/**
 * Text in single or curly quotes ('…', ‘…’, “…”, "…") opened after a space, colon or bracket and
 * closed before one: a screen, a label or someone's words read out ("it says 'guest email already
 * linked'", "the app says 'Comms: WAN OFF'", "he sent 'you're useless, I'll find you'"). Apostrophes inside
 * words ("you're", "I'll") never open or close one, and may sit inside it.
 */
const QUOTED_SPAN = /(?:^|[\s(:])(['‘"“])((?:[^\n'‘’"“”]|(?<=\w)['’](?=\w)){1,80})(['’"”])(?=$|[\s.,!?;:)])/g;

/**
 * A longer text pasted after a colon ("I got this email: 'We represent the owner… we may take legal
 * action.'"): sentences, line breaks and apostrophes inside words allowed, up to a paragraph long.
 */
const PASTED_SPAN = /:\s*(['‘"“])((?:[^'‘’"“”]|(?<=\w)['’](?=\w)){81,600}?)(['’"”])(?=$|[\s.,!?;:)])/g;

export function quotedSpans(text: string): Array<[number, number]> {
  if (!/['‘’"“”]/.test(text)) return [];
  const spans: Array<[number, number]> = [];
  for (const pattern of [QUOTED_SPAN, PASTED_SPAN]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      spans.push([end - (m[2] as string).length - 1, end]);
    }
  }
  return spans;
}

/** The span [start, end) lies inside one quoted span of `text`. */
export function isInQuotedSpan(text: string, start: number, end: number): boolean {
  return quotedSpans(text).some(([s, e]) => start >= s && end <= e);
}

/** Words that introduce someone else's message read out: "he sent me: '…'", "she called me '…'", "messages like '…'". */
const REPORTED_SPEECH_BEFORE =
  /(?:\b(?:said|says|say|saying|sent(?: me| us)?(?: this)?|wrote|writes|replied|posted|commented|messaged(?: me| us)?|texted(?: me| us)?|called (?:me|us|her|him|them)|told (?:me|us|her|him|them)|messages? like|things like|stuff like)\b[^'‘"“\n]{0,20}?|(?<!@\w{1,30}):)\s*$/i;

/**
 * The span lies inside a quote that reads out someone else's message ("the buyer sent me this:
 * 'you're a useless idiot…'"), not a word the customer puts in quotes for effect. A retweet's
 * "@name:" is not a message read out to support.
 */
export function isInReportedQuote(text: string, start: number, end: number): boolean {
  return quotedSpans(text).some(([s, e]) => start >= s && end <= e && REPORTED_SPEECH_BEFORE.test(text.slice(Math.max(0, s - 60), s - 1)));
}

/** A comma that hands the sentence back to the speaker: "if she says no, I'll ask my bank". */
const COMMA_SPEAKER_TAKES_OVER =
  /,\s*(?=(?:and\s+|so\s+|then\s+)?(?:i|i'm|i'll|i'd|i've|we|we'll|we're|we'd|(?:this|it) (?:goes|will go|'ll go|is going))\b)/gi;

/** Someone else's words or plans: "my friend said she'd sue", "they will sue you". */
export function isThirdParty(lex: CompiledLexicon, sentenceUpToMatchEnd: string, match = ''): boolean {
  // "if this is how you treat people we'll all move": the match opens the speaker's own clause,
  // unless it is what someone said ("my friend said we'll sue").
  if (
    SPEAKER_CLAUSE_START.test(match) &&
    !/\b(?:said|says|told (?:me|us)|thinks|reckons|wants)(?: that)?\s*$/i.test(sentenceUpToMatchEnd.slice(0, -match.length))
  )
    return false;
  let from = 0;
  COMMA_SPEAKER_TAKES_OVER.lastIndex = 0;
  for (let m = COMMA_SPEAKER_TAKES_OVER.exec(sentenceUpToMatchEnd); m; m = COMMA_SPEAKER_TAKES_OVER.exec(sentenceUpToMatchEnd)) {
    from = m.index + m[0].length;
  }
  return lex.thirdParty.test(from ? sentenceUpToMatchEnd.slice(from) : sentenceUpToMatchEnd);
}

/** Aimed at the speaker: "angry at myself", "I'm such an idiot". */
export function isSelfTargeted(lex: CompiledLexicon, before: string, after: string): boolean {
  return lex.selfTargetAfter.test(after) || (before !== '' && lex.selfTargetBefore.test(before));
}
