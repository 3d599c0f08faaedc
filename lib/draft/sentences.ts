/**
 * Sentence ranges in a draft, so a finding can point at (and Replace can swap) just the sentence
 * that caused it. Boundaries: . ! ? … (with closing quotes) followed by space, and line breaks.
 * Common abbreviations and decimals do not end a sentence.
 */
export interface SentenceRange {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|mr|mrs|ms|dr|st|no|vs|approx|inc|ltd|jr|sr|a\.m|p\.m)\.$/i;

export function splitSentences(draft: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const push = (from: number, to: number) => {
    // Trim whitespace so evidence is the sentence as written, without padding.
    while (from < to && /\s/.test(draft[from] as string)) from++;
    while (to > from && /\s/.test(draft[to - 1] as string)) to--;
    if (to > from) out.push({ text: draft.slice(from, to), start: from, end: to });
  };
  let start = 0;
  const boundary = /([.!?…]+["'”’)\]]*)(?=\s|$)|\n+/g;
  for (let m = boundary.exec(draft); m; m = boundary.exec(draft)) {
    const end = m.index + m[0].length;
    if (m[1] && ABBREVIATIONS.test(draft.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    push(start, m[0].startsWith('\n') ? m.index : end);
    start = end;
  }
  push(start, draft.length);
  return out;
}
