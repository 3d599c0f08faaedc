/**
 * Guards against regular expressions that could freeze the helpdesk page. JavaScript regexes
 * have no timeout, so a team's pattern is (1) checked statically for the shapes that backtrack
 * exponentially, (2) run against growing adversarial inputs with a time budget, and (3) only ever
 * applied to the first MAX_MATCH_CHARS of a message, which bounds polynomial cases.
 */

/** Custom rules read at most this many characters of one message. */
export const MAX_MATCH_CHARS = 2000;
/** A pattern that needs longer than this on one probe input is rejected as too slow. */
export const PROBE_BUDGET_MS = 5;
/** Largest {n,m} repeat count accepted. */
export const MAX_REPEAT_COUNT = 100;

export type PatternCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

interface Quantifier {
  /** Upper bound; Infinity for *, + and {n,}. */
  max: number;
  /** Length of the quantifier text (e.g. 1 for *, 5 for {2,3}), plus a lazy/possessive ?. */
  length: number;
}

/** Reads a quantifier starting at `i`, or null when there is none. */
function readQuantifier(source: string, i: number): Quantifier | null {
  const c = source[i];
  let q: Quantifier | null = null;
  if (c === '*' || c === '+') q = { max: Number.POSITIVE_INFINITY, length: 1 };
  else if (c === '?') q = { max: 1, length: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (m) {
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      q = { max, length: m[0].length };
    }
  }
  if (q && source[i + q.length] === '?') q.length += 1;
  return q;
}

/**
 * Static check: backreferences, repeats of groups that themselves contain a repeat (`(a+)+`,
 * `(.*)*`, `(\w+\s?)*`), and huge repeat counts. Returns a reason a person can act on, or null.
 */
export function findPathologicalShape(source: string): string | null {
  // One frame per open group: does its body contain a repeat that can run more than once?
  const groups: Array<{ hasRepeat: boolean }> = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let atomEnd = i + 1;
    let closedGroup: { hasRepeat: boolean } | null = null;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') {
        return 'backreferences (\\1, \\k<name>) can take exponential time: write the repeated text out instead';
      }
      atomEnd = i + 2;
    } else if (c === '[') {
      // Skip a character class; escapes inside it do not end it.
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atomEnd = j + 1;
    } else if (c === '(') {
      groups.push({ hasRepeat: false });
      i += 1;
      continue;
    } else if (c === ')') {
      closedGroup = groups.pop() ?? { hasRepeat: false };
      atomEnd = i + 1;
    }
    const q = readQuantifier(source, atomEnd);
    if (q) {
      if (q.max !== Number.POSITIVE_INFINITY && q.max > MAX_REPEAT_COUNT) {
        return `repeat count ${q.max} is above ${MAX_REPEAT_COUNT}: use a smaller bound or + / *`;
      }
      if (closedGroup?.hasRepeat && q.max > 1) {
        return 'nested repeat such as (a+)+ or (.*)*: a repeated group that contains a repeat can freeze the page; remove the inner or the outer repeat';
      }
      if (q.max > 1 || closedGroup?.hasRepeat) {
        for (const g of groups) g.hasRepeat = true;
      }
      i = atomEnd + q.length;
      continue;
    }
    // An unquantified group passes its inner repeats on to the enclosing groups.
    if (closedGroup?.hasRepeat) for (const g of groups) g.hasRepeat = true;
    i = atomEnd;
  }
  return null;
}

/** Characters the pattern itself mentions, used to build probe inputs that make it backtrack. */
function probeAlphabet(source: string): string {
  const literals = source.replace(/\\[a-zA-Z]|[\\()[\]{}*+?|^$.]/g, '');
  const unique = [...new Set(literals)].join('');
  return unique || 'a';
}

function probeInputs(source: string, length: number): string[] {
  const alphabet = probeAlphabet(source);
  const cycle = alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);
  return [
    `${'a'.repeat(length)}!`,
    `${' '.repeat(length)}!`,
    `${cycle}\u0000`,
    `${(alphabet[0] ?? 'a').repeat(length)}\u0000`,
    `${'ab '.repeat(Math.ceil(length / 3)).slice(0, length)}!`,
  ];
}

/** Lengths grow slowly at first so an exponential pattern is caught before it costs seconds. */
const PROBE_LENGTHS = [8, 12, 16, 18, 20, 22, 24, 32, 64, 256, 1024, MAX_MATCH_CHARS];

/** Runs the compiled pattern over growing adversarial inputs; returns a reason when too slow. */
export function probePatternSpeed(regex: RegExp, source: string): string | null {
  const probe = new RegExp(regex.source, regex.flags.replace('g', ''));
  probe.test('warm up'); // the first run compiles the pattern; keep that out of the timing
  const timeOnce = (input: string) => {
    const start = performance.now();
    probe.test(input);
    return performance.now() - start;
  };
  for (const length of PROBE_LENGTHS) {
    for (const input of probeInputs(source, length)) {
      let elapsed = timeOnce(input);
      // A busy machine (GC, another process) can stall one run: a slow pattern is slow every
      // time, so only the fastest of three runs counts.
      for (let retry = 0; retry < 2 && elapsed > PROBE_BUDGET_MS; retry += 1) elapsed = Math.min(elapsed, timeOnce(input));
      if (elapsed > PROBE_BUDGET_MS) {
        return `too slow: ${elapsed.toFixed(1)} ms on a ${length}-character test line (budget ${PROBE_BUDGET_MS} ms); simplify the repeats`;
      }
    }
  }
  return null;
}

/**
 * Compiles a team's pattern (case-insensitive) or says why not: syntax error, dangerous shape,
 * matches empty text, or too slow on adversarial input.
 */
export function checkPattern(source: string, maxLength = 300): PatternCheck {
  if (source.length > maxLength) {
    return { ok: false, reason: `pattern is ${source.length} characters long; the limit is ${maxLength}` };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'gi');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not a valid regular expression: ${message}` };
  }
  const shape = findPathologicalShape(source);
  if (shape) return { ok: false, reason: shape };
  if (new RegExp(regex.source, 'i').test('')) {
    return { ok: false, reason: 'pattern matches empty text, so it would fire on every message' };
  }
  const slow = probePatternSpeed(regex, source);
  if (slow) return { ok: false, reason: slow };
  return { ok: true, regex };
}
