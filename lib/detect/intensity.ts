import type { CompiledLexicon } from './compile';
import type { Finding } from './match-message';
import { quotedSpans } from './scope';

/**
 * Frustration that is in the way something is written rather than in its words: shouting in
 * capitals, angry emoji, and sarcasm (a gushing opener over a problem: "Great, lost my bag again").
 */

type IntensityFinding = Omit<Finding, 'evidence'>;

const CAPS_WORD = /\b[A-Z][A-Z'’]{1,}[A-Z]\b|\b[A-Z]{2}\b/g;
const WORD = /\b[A-Za-z][A-Za-z'’]*\b/g;

/** A run of shouted words: at least 2 capitalised words (3+ letters, not acronyms) that make up most of the message or a run of 3. */
export function findShouting(lex: CompiledLexicon, text: string): IntensityFinding | undefined {
  // Fast exit: most messages have no run of three capitals at all.
  if (!/[A-Z]{3}/.test(text)) return undefined;
  const quoted = quotedSpans(text);
  const caps: Array<{ start: number; end: number; long: boolean }> = [];
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(text); m; m = CAPS_WORD.exec(text)) {
    if (lex.acronyms.has(m[0].toUpperCase().replace(/['’]/g, ''))) continue;
    // "It says 'Comms: WAN OFF'": a screen or a label read out in quotes, not the writer's voice.
    const at = m.index;
    if (quoted.some(([s, e]) => at >= s && at < e)) continue;
    // Parts of handles, codes and URLs (GODADDY-AMS, @UPS, #FAIL2) are not shouting.
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    if (/[-_./@#\d[]/.test(before) || /[-_/@\d\]]/.test(after)) continue;
    // A label and its reading ("CYC 212, SOH 61%", "SUNVERA 5K") is a spec, not a raised voice.
    if (/^\s\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    caps.push({ start: m.index, end: m.index + m[0].length, long: m[0].length >= 3 });
  }
  const longCount = caps.filter((c) => c.long).length;
  if (longCount < 2) return undefined;
  WORD.lastIndex = 0;
  let words = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (m[0].length >= 3) words++;
  // Longest run of caps words separated only by spaces/punctuation.
  let best = { start: 0, end: 0, n: 0 };
  let run = { start: 0, end: 0, n: 0 };
  for (let i = 0; i < caps.length; i++) {
    const c = caps[i] as (typeof caps)[number];
    const prev = caps[i - 1];
    if (prev && /^[\s,.!?'"-]*$/.test(text.slice(prev.end, c.start))) run = { start: run.start, end: c.end, n: run.n + 1 };
    else run = { start: c.start, end: c.end, n: 1 };
    if (run.n > best.n) best = { ...run };
  }
  const ratio = longCount / Math.max(words, 1);
  // A whole message in capitals is often just caps lock: it counts as shouting only with "!" or a
  // problem, and never when the writer says so ("SORRY, CAPS LOCK IS STUCK").
  if (ratio >= 0.85 && !/!/.test(text) && !lex.problemWords.test(text)) return undefined;
  if (ratio >= 0.85 && /\bcaps ?(?:lock|key)\b|\bcapslock\b/i.test(text)) return undefined;
  if (best.n >= 3 || (longCount >= 2 && ratio >= 0.5)) {
    return { kind: 'frustration', ruleId: 'frustration.caps', start: best.start, end: best.end, severity: 1 };
  }
  return undefined;
}

/**
 * One stressed word that contradicts or insists ("It WAS full", "I DID send it", "there is NO
 * signal"): the written form of raising one's voice, between lower-case words so that headings,
 * codes and whole lines in capitals do not count. A capital that sets one thing apart from another
 * ("cancel the add-on but NOT my plan") is precision, not anger.
 */
const INSISTING_CAPS =
  /\b(?:WAS|WERE|DID|DOES|HAVE|HAD|IS|AM|ARE|NOT|NEVER|NOTHING|STILL|AGAIN|ALREADY|TWICE|SAME|EVERY|WHOLE|ENTIRE|EVEN|OWN|NO|NONE|ALL|BOTH|GONE|YOU|HE|SHE|THEY|ME|YOUR|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|DAYS|WEEKS|MONTHS|HOURS)\b(?=\s+[a-z])/g;
/** The word before a stressed capital: lower-case or capitalised, and not a contrast ("but NOT"). */
const WORD_BEFORE_STRESS = /\b(?!(?:but|and|or|only|just)\b)[A-Za-z][a-z']*,?\s$/;

export function findInsistingCaps(text: string): IntensityFinding | undefined {
  INSISTING_CAPS.lastIndex = 0;
  for (let m = INSISTING_CAPS.exec(text); m; m = INSISTING_CAPS.exec(text)) {
    if (!WORD_BEFORE_STRESS.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    return { kind: 'frustration', ruleId: 'frustration.caps', start: m.index, end: m.index + m[0].length, severity: 1 };
  }
  return undefined;
}

/** Praise that an ironic emoji turns around, beyond the lexicon's positive words. */
const IRONIC_PRAISE = /\b(?:comforting|reassuring|helpful|useful|fun|lovely|efficient|professional)\b/i;

function firstEmoji(emojis: readonly string[], text: string): IntensityFinding | undefined {
  for (const emoji of emojis) {
    const at = text.indexOf(emoji);
    if (at >= 0) return { kind: 'frustration', ruleId: 'frustration.emoji', start: at, end: at + emoji.length, severity: 1 };
  }
  return undefined;
}

export function findAngryEmoji(lex: CompiledLexicon, text: string): IntensityFinding | undefined {
  const angry = firstEmoji(lex.angryEmoji, text);
  // A facepalm at one's own slip ("i picked the 5G one 🤦", "that might be it 🤦") is not at the company.
  if (angry && (text.startsWith('🤦', angry.start) || text.startsWith('🙄', angry.start)) && lex.ownsTheMistake.test(text))
    return undefined;
  if (angry) return angry;
  // An ironic emoji only turns praise around: "really helpful 🙃", "so that's comforting 🙃" are
  // sarcasm, "my own fault 🙃" a shrug. (The emoji is looked for first: it is rare, the praise test is not cheap.)
  const ironic = firstEmoji(lex.ironicEmoji, text);
  return ironic && (lex.positiveWords.test(text) || IRONIC_PRAISE.test(text)) ? ironic : undefined;
}

/**
 * "Five hours in for one bag of washing. Great.": the same cheer as a closing line of its own,
 * after a problem. Only a bare word ends the message this way; "Great, thanks!" does not.
 */
const CLOSING_CHEER =
  /(?:^|[.!?]\s+)(great|perfect|brilliant|wonderful|lovely|fantastic|awesome|super|marvellous|marvelous|just great|just perfect|cool)\s*[.!]*\s*$/i;

function findClosingSarcasm(lex: CompiledLexicon, text: string): IntensityFinding | undefined {
  const m = CLOSING_CHEER.exec(text);
  if (!m || m.index === 0) return undefined;
  const before = text.slice(0, m.index);
  if (!lex.problemWords.test(before) || /\b(?:thanks|thank you|thx|appreciate|fixed|solved|resolved|sorted|works|working)\b/i.test(before))
    return undefined;
  const start = m.index + m[0].indexOf(m[1] as string);
  return { kind: 'frustration', ruleId: 'frustration.sarcasm', start, end: start + (m[1] as string).length, severity: 1 };
}

/** "Great, my flight is delayed again": a cheerful opener in a message about a problem. */
export function findSarcasm(lex: CompiledLexicon, text: string): IntensityFinding | undefined {
  const m = lex.sarcasticOpeners.exec(text);
  if (!m) return findClosingSarcasm(lex, text);
  const rest = text.slice(m.index + m[0].length);
  if (!lex.problemWords.test(rest)) return findClosingSarcasm(lex, text);
  // "Great. One more thing…", "great. and what happens if…", "brilliant. if their flight gets cancelled…?": glad, and moving on.
  if (
    /^\s*(?:and|also|one more|another|while i have you|btw|by the way|plus|oh and|next|quick question|separately|unrelated|if|what if|in case|(?:could|can|would) you (?!at least))\b/i.test(
      rest,
    )
  )
    return undefined;
  // "Perfect. Is arrival still from 2pm?": a new yes/no question, its "still" asking what holds.
  if (
    /^\s*(?:is|are|was|does|do|will|can|could|should|would|shall)\b[^.!]*\?\s*$/i.test(rest) &&
    !lex.problemWords.test(rest.replace(/\bstill\b/gi, ''))
  )
    return undefined;
  // "great. my wife dropped the spare fob off last night, did someone get it?": a plain yes/no question to close, not "…, is that it?".
  if (
    /(?:^|[,.;]\s*)(?:is|are|was|does|do|did|will|can|could|should|would)\b[^.!?,;]*\?\s*$/i.test(rest) &&
    !/\b(?:is that it|are you (?:serious|kidding|joking)|seriously|really)\b/i.test(rest)
  )
    return undefined;
  // "Perfect. … I'd have been gutted if the name was wrong": relief at what did not happen.
  if (/\b(?:i'd|i would|would) have been\b/i.test(rest)) return undefined;
  // A laugh in the same message ("Perfect. Hopefully nobody moves out over pans lol") is a joke.
  if (lex.laughter.test(text)) return undefined;
  // Real thanks in the same message ("Great, thanks! Still waiting on the e-mail") is not sarcasm.
  if (/\b(?:thanks|thank you|thx|appreciate|helpful|no worries)\b/i.test(text) && !/thanks for nothing/i.test(text)) return undefined;
  // "Great, thanks, that fixed it" is not sarcasm: a thank-you with a fix is genuine.
  if (/\b(?:fixed|solved|resolved|sorted|works now|working now|that worked|that helps|that helped)\b/i.test(rest)) return undefined;
  let start = m.index;
  while (start < text.length && /[\s.!?]/.test(text[start] ?? '')) start++;
  let end = m.index + m[0].length;
  while (end > start && /[\s,.!]/.test(text[end - 1] ?? '')) end--;
  return { kind: 'frustration', ruleId: 'frustration.sarcasm', start, end, severity: 1 };
}

/** The first non-lexical frustration signal in a message, or `only` that one kind of signal. */
export function findIntensity(
  lex: CompiledLexicon,
  text: string,
  hasProblem: () => boolean,
  only?: 'caps' | 'emoji' | 'sarcasm',
): IntensityFinding | undefined {
  if (!only || only === 'caps') {
    // "THANK YOU SO MUCH" is joy, not shouting: caps count only with no cheer or with a problem.
    const cheerful = lex.positiveWords.test(text) && !hasProblem();
    const caps = cheerful ? undefined : (findShouting(lex, text) ?? findInsistingCaps(text));
    if (caps || only) return caps;
  }
  if (!only || only === 'emoji') {
    const emoji = findAngryEmoji(lex, text);
    if (emoji || only) return emoji;
  }
  return findSarcasm(lex, text);
}
