/**
 * Features for the tone model: the words of a message and their neighbours, with the marks of
 * tone a word list misses. One function serves training and scoring, so the two never drift.
 *
 * - lower-cased words; numbers, @handles, links and [NAME] placeholders become one token each;
 * - words after a negator carry `not_` until the clause ends ("not_happy" ≠ "happy");
 * - shouted words add `CAPS`, runs of "!!"/"?!" add `!!`, angry emoji keep their own token;
 * - each token and each pair of neighbours (with `<s>` before the first) is a feature.
 *
 * Every feature comes with the span of text it came from, so the model can point at its evidence.
 */

import VALENCE_EN from './valence.en.json';

/**
 * Word → valence bucket ("V-3" … "V+3") from the VADER lexicon (MIT; vader-sentiment,
 * Apache-2.0), so the model generalises to strong words its corpus never had. Built on first
 * use: a module-level loop would keep the list in bundles that never score tone (content script).
 */
let valence: Map<string, string> | undefined;
function valenceOf(word: string): string | undefined {
  if (!valence) {
    valence = new Map();
    for (const [bucket, words] of Object.entries(VALENCE_EN as Record<string, string>)) {
      const token = `V${Number(bucket) > 0 ? '+' : ''}${bucket}`;
      for (const w of words.split(' ')) valence.set(w, token);
    }
  }
  return valence.get(word);
}

const TOKEN =
  /https?:\/\/\S+|www\.\S+|@\w+|#\w+|\[name\]|[a-z][a-z0-9']*(?:\*+[a-z]*)?|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|am|pm|h|hrs?|mins?|k)?|!+\??|\?+!*|[.;:,\n]|[\u2600-\u27bf]|[\ud83c-\ud83e][\udc00-\udfff]/gi;

const NEGATOR = new Set(
  "not no never nor nothing nobody cannot cant can't dont don't doesnt doesn't didnt didn't wont won't isnt isn't arent aren't wasnt wasn't werent weren't havent haven't hasnt hasn't wouldnt wouldn't shouldnt shouldn't couldnt couldn't aint ain't without".split(
    ' ',
  ),
);
const ANGRY_EMOJI = new Set(['😡', '🤬', '😤', '😠', '🙄', '👎', '😒', '💢', '🤦']);
/** How many words a negator reaches: "not happy with the service" marks three. */
const NEGATION_REACH = 3;

/**
 * Calls `visit` for each token of a message with its span. `pairable` is false for the marks
 * that sit beside a word (CAPS, valence buckets): they are features alone, never half of a pair.
 */
export function forEachToneToken(text: string, visit: (token: string, start: number, end: number, pairable: boolean) => void): void {
  let negated = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const first = raw.charCodeAt(0);
    // Clause ends (. ; : , newline ! ?) stop negation; "!" and "?" are features themselves.
    if (first === 33 /* ! */ || first === 63 /* ? */) {
      negated = 0;
      visit(raw.length > 1 ? '!!' : raw, start, end, true);
      continue;
    }
    if (raw.length === 1 && (first === 46 || first === 59 || first === 58 || first === 44 || first === 10)) {
      negated = 0;
      continue;
    }
    let token: string;
    if (first === 104 /* h */ && raw.startsWith('http')) token = 'URL';
    else if (first === 119 /* w */ && raw.startsWith('www.')) token = 'URL';
    else if (first === 64 /* @ */) token = 'HANDLE';
    else if (first === 35 /* # */) token = 'hashtag';
    else if (first === 91 /* [ */) token = 'NAME';
    else if (first >= 48 && first <= 57) token = /(?:st|nd|rd|th)$/i.test(raw) ? 'ORD' : /[a-z]$/i.test(raw) ? 'DURATION' : 'NUM';
    else if (first > 127 && !/[a-z]/i.test(raw)) token = ANGRY_EMOJI.has(raw) ? raw : 'EMOJI';
    else {
      token = raw.toLowerCase();
      // Shouted: 3+ letters, all capitals (checked only when the first letter is one).
      if (first >= 65 && first <= 90 && raw.length >= 3 && raw === raw.toUpperCase()) visit('CAPS', start, end, false);
    }
    const bucket = valenceOf(token);
    if (negated > 0) {
      if (bucket) visit(`not_${bucket}`, start, end, false);
      visit(`not_${token}`, start, end, true);
      negated--;
    } else {
      if (bucket) visit(bucket, start, end, false);
      visit(token, start, end, true);
    }
    if (NEGATOR.has(token)) negated = NEGATION_REACH;
  }
}

/**
 * Calls `visit` for each feature of a message: every token, and each pair of neighbouring words
 * as (first, second) — the scorer looks pairs up without building a string per pair.
 */
export function forEachToneFeature(
  text: string,
  visit: (first: string, second: string | undefined, start: number, end: number) => void,
): void {
  let prevToken = '<s>';
  let prevStart = -1;
  forEachToneToken(text, (token, start, end, pairable) => {
    visit(token, undefined, start, end);
    if (!pairable) return;
    visit(prevToken, token, prevStart < 0 ? start : prevStart, end);
    prevToken = token;
    prevStart = start;
  });
}

/** The features of a message as the trainer sees them ("first second" for a pair), repeats included. */
export function toneFeatureList(text: string): string[] {
  const features: string[] = [];
  forEachToneFeature(text, (first, second) => {
    features.push(second === undefined ? first : `${first} ${second}`);
  });
  return features;
}
