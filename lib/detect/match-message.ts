import { type CompiledLexicon, type CompiledRule, ruleAttempts, sideRules, warmUp } from './compile';
import { findIntensity } from './intensity';
import {
  clauseStart,
  isHypothetical,
  isInQuotedSpan,
  isInReportedQuote,
  isNegated,
  isQuoted,
  isSelfTargeted,
  isThirdParty,
  sentenceEnd,
  sentenceStart,
} from './scope';
import type { CueKind, TriggerKind } from './types';

/**
 * One message through the lexicon: every rule of the speaker's side runs its single compiled
 * regex, and each match passes the scope guards (negation, if-clauses, quotes, third parties,
 * self-target, product words) before it becomes a finding. Work is proportional to the message.
 */

export interface Finding {
  kind: TriggerKind | CueKind | 'grievance';
  ruleId: string;
  /** Exact substring of the message text. */
  evidence: string;
  start: number;
  end: number;
  severity: number;
}

/** Longest text a rule reads in one message: bounds the cost of a pasted log or e-mail thread. */
export const MAX_MESSAGE_CHARS = 4000;

/** An email reply's quote of the earlier message: "> …" lines and the "On 3 May, Support wrote:" line above them. */
const QUOTED_EMAIL = /^[ \t]*>.*$|^[ \t]*On [^\n]{3,80}\bwrote:[ \t]*$/gm;

/** An Outlook-style earlier email: "-----Original Message-----", or a "From: …" line over "Sent: …". */
const EARLIER_EMAIL = /^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}|from:[^\n]*\n[ \t]*(?:sent|date):)/im;
/** A footer's legal paragraph ("This email and any attachments are confidential and may be legally privileged…"). */
const DISCLAIMER =
  /^[ \t]*this (?:e-?mail|message|communication)(?: and any (?:attachments?|files)(?: to it)?)? (?:is|are|may be|may contain|contains?)\b[^\n]*\b(?:confidential|privileged)\b[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*/gim;
const blank = (part: string) => part.replace(/[^\n]/g, ' ');

/**
 * The text a message's own words are in: the company's email quoted under a customer's reply
 * ("> Unfortunately we cannot refund…"), an earlier email forwarded below it ("-----Original
 * Message-----", "From: … Sent: …") and a footer's legal disclaimer are blanked, so their words
 * are not read as the customer's. Spaces keep the length, so offsets and evidence stay exact.
 */
export function withoutQuotedEmail(text: string): string {
  // Chat lines are one line; only a multi-line message can carry an email's quotes and footer.
  if (!text.includes('\n')) return text;
  let out = text;
  const earlier = EARLIER_EMAIL.exec(out);
  if (earlier) out = out.slice(0, earlier.index) + blank(out.slice(earlier.index));
  out = out.replace(DISCLAIMER, blank);
  // Only an email reply ("… wrote:" above the quote): a forum-style "> quote" alone stays read.
  if (/\bwrote:[ \t]*$/m.test(out)) out = out.replace(QUOTED_EMAIL, blank);
  return out;
}

/** Straight quotes for matching, quoted email blanked; the same length as the original, so offsets stay valid. */
export function normaliseForMatching(text: string): string {
  const bounded = text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
  return withoutQuotedEmail(bounded.replace(/[\u2018\u2019\u02bc`´]/g, "'"));
}

function trimEvidence(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:'"]/.test(text[s] ?? '')) s++;
  // A match anchored after the previous sentence (". So where is…") starts at its own first word.
  const previousSentenceEnd = /^[.!?]+\s+(?=\S)/.exec(text.slice(s, e));
  if (previousSentenceEnd) s += previousSentenceEnd[0].length;
  while (e > s && /[\s,;:]/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/**
 * Why a rule's match does not count, or undefined when it does. "aimed-elsewhere" means the words
 * are there but not the speaker's feeling about this chat (a quote, an if-clause, someone else's
 * words, anger at themselves); "other" covers negation, product words and the rest.
 */
type Rejection = 'aimed-elsewhere' | 'other';

/** What the chat around a message says about it. */
export interface MessageContext {
  /** The agent's last line asked the customer to try or check something: this line may be the result. */
  afterInstruction?: boolean;
}

function rejectionOf(
  lex: CompiledLexicon,
  rule: CompiledRule,
  text: string,
  start: number,
  end: number,
  hasProblem: () => boolean,
  context: MessageContext,
): Rejection | undefined {
  // A report on the agent's own step ("still nothing"): the tone model must not hear it as anger either.
  if (rule.calmAfterInstruction && context.afterInstruction) return 'aimed-elsewhere';
  const clause = clauseStart(text, start);
  const clauseBefore = text.slice(clause, start);
  if (rule.exceptAfter?.test(text.slice(end, end + 140))) return 'other';
  if (rule.exceptBefore?.test(text.slice(Math.max(clause, start - 80), start))) return 'other';
  if (rule.othersBefore?.test(text.slice(Math.max(clause, start - 80), end))) return 'aimed-elsewhere';
  if (rule.negatable && isNegated(lex, clauseBefore, text.slice(start, Math.min(end, start + 24)))) return 'other';
  // "he sent me 'you're a useless idiot'": someone else's message read out. (Rules that cancel
  // hypotheticals already skip any quoted span below.)
  if (!rule.hypotheticalCancels && isInReportedQuote(text, start, end)) return 'aimed-elsewhere';
  if (rule.hypotheticalCancels) {
    const sentence = sentenceStart(text, start);
    // Inside quotation marks, unless the match runs out of them: '"Should be". Right.' is the customer's own answer to a quote.
    if (isQuoted(text.slice(0, start)) && !/["\u201c\u201d]/.test(text.slice(start, end))) return 'aimed-elsewhere';
    // "Sorry for the 'useless' comment": a word in single quotes is mentioned, not meant.
    if (text[start - 1] === "'" && text[end] === "'") return 'aimed-elsewhere';
    // "it says 'guest email already linked to another account'": a screen read out.
    if (isInQuotedSpan(text, start, end)) return 'aimed-elsewhere';
    if (isHypothetical(lex, text.slice(sentence, start), text.slice(start, end))) return 'aimed-elsewhere';
  }
  if (
    rule.thirdPartyCancels &&
    rule.role === 'customer' &&
    isThirdParty(lex, text.slice(clause, end), text.slice(start, end)) &&
    !lex.relayedOnPurpose.test(text)
  )
    return 'aimed-elsewhere';
  if (rule.selfTargetCancels) {
    // "angry at myself" cancels any feeling; "I'm such an idiot", "stupid me" and "I'm useless
    // with forms" only a word that runs someone down: in "I hate that" or "I'm so frustrated"
    // the speaker feels it, and that still counts.
    const after = text.slice(end, end + 40);
    const runsDown = rule.kind === 'abuse' || lex.selfInsultWord.test(text.slice(start, end));
    const before = runsDown ? text.slice(Math.max(0, start - 40), start) : '';
    if (isSelfTargeted(lex, before, after)) return 'aimed-elsewhere';
    if (runsDown && lex.selfInsultAfter.test(after)) return 'aimed-elsewhere';
    if (lex.aimedAtOthersBefore.test(text.slice(Math.max(clause, start - 80), start))) return 'aimed-elsewhere';
  }
  if (rule.skipQuestions && text[sentenceEnd(text, start) - 1] === '?') return 'other';
  if (rule.positiveCancels && lex.positiveWords.test(text) && !hasProblem()) return 'other';
  return undefined;
}

/**
 * Findings of one side's rules in one message: at most one per kind, the first match that counts.
 * `aimedElsewhere` collects the kinds whose words were there but aimed elsewhere (quoted, an
 * if-clause, a third party, "angry at myself"): the tone model does not second-guess those.
 */
export function findInMessage(
  lex: CompiledLexicon,
  role: 'customer' | 'agent',
  original: string,
  aimedElsewhere?: Set<string>,
  context: MessageContext = {},
): Finding[] {
  const text = normaliseForMatching(original);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let problem: boolean | undefined;
  const hasProblem = () => {
    if (problem === undefined) problem = lex.problemWords.test(text);
    return problem;
  };
  const side = sideRules(lex, role);
  side.starts.read(text);
  for (let index = 0; index < side.rules.length; index++) {
    const rule = side.rules[index] as CompiledRule;
    if (seen.has(rule.kind)) continue;
    const sticky = side.sticky[index];
    // Where the rule's matches can begin, and with which chunk (match-starts.ts); none means it cannot match this message.
    const attempts = sticky ? ruleAttempts(side, index) : undefined;
    if (attempts?.length === 0) continue;
    if (!rule.warm) {
      if (sticky) for (const chunk of sticky) warmUp(chunk);
      else warmUp(rule.regex);
      rule.warm = true;
    }
    let from = 0;
    let cursor = 0;
    let first = true;
    for (;;) {
      // The leftmost match at or after `from`: the sticky regex tried at each possible beginning in
      // order finds the same match as the full scan.
      let m: RegExpExecArray | null = null;
      if (sticky && attempts) {
        while (!m && cursor < attempts.length) {
          const attempt = attempts[cursor++] as number;
          const at = attempt >> 5;
          if (at < from) continue;
          const chunk = sticky[attempt & 31] as RegExp;
          chunk.lastIndex = at;
          m = chunk.exec(text);
        }
      } else {
        rule.regex.lastIndex = from;
        m = rule.regex.exec(text);
      }
      if (!m) break;
      // `unless` (a reason given, a promise to check) vetoes the whole rule; it is read only when
      // the rule matched at all, which in real traffic is rare, so most messages never pay for it.
      if (first) {
        first = false;
        if (rule.unless?.test(text)) break;
      }
      if (m[0] === '') {
        from = m.index + 1;
        continue;
      }
      const [start, end] = trimEvidence(text, m.index, m.index + m[0].length);
      const rejection = start === end ? 'other' : rejectionOf(lex, rule, text, start, end, hasProblem, context);
      if (rejection) {
        if (rejection === 'aimed-elsewhere') aimedElsewhere?.add(rule.kind);
        // A rejected match may hide a valid one starting inside it: retry from the next word.
        const next = text.indexOf(' ', m.index + 1);
        if (next === -1) break;
        from = next + 1;
        continue;
      }
      findings.push({ kind: rule.kind, ruleId: rule.id, evidence: original.slice(start, end), start, end, severity: rule.severity });
      seen.add(rule.kind);
      break;
    }
  }
  if (role === 'customer' && !seen.has('frustration')) {
    const intensity = findIntensity(lex, text, hasProblem);
    if (intensity) findings.push({ ...intensity, evidence: original.slice(intensity.start, intensity.end) });
  }
  return findings;
}

/** Extra frustration signals in one message beyond the first (caps, "!!!", emoji): raise intensity. */
export function countIntensitySignals(lex: CompiledLexicon, original: string): number {
  const text = normaliseForMatching(original);
  let n = 0;
  if (findIntensity(lex, text, () => true, 'caps')) n++;
  if (/(?:\?+!+|!+\?+)|!{3,}/.test(text)) n++;
  if (lex.angryEmoji.some((e) => text.includes(e))) n++;
  return n;
}
