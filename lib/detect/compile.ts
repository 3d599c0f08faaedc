import * as v from 'valibot';
import { type Lexicon, type LexiconInput, type LexiconRule, LexiconSchema } from './lexicon/schema';
import { MatchStartIndex, type MatchStarts, matchStarts } from './match-starts';
import type { CueKind, TriggerKind } from './types';

/**
 * Turns a lexicon (data) into precompiled regular expressions, once per language per process.
 * Every rule's patterns become ONE alternation with the `g` flag, so a message costs one scan per
 * rule; guards are compiled anchored (`^…` after the match, `…$` before it).
 */

export interface CompiledRule {
  id: string;
  kind: TriggerKind | CueKind | 'grievance';
  role: 'customer' | 'agent';
  severity: number;
  regex: RegExp;
  /** The rule's patterns, macros expanded, in order (for the sticky chunks of `sideRules`). */
  sources: string[];
  /** Set once `regex` has been compiled to native code, on the rule's first use (the content script uses few rules). */
  warm: boolean;
  negatable: boolean;
  hypotheticalCancels: boolean;
  thirdPartyCancels: boolean;
  selfTargetCancels: boolean;
  positiveCancels: boolean;
  skipQuestions: boolean;
  calmAfterInstruction: boolean;
  exceptAfter?: RegExp;
  exceptBefore?: RegExp;
  othersBefore?: RegExp;
  unless?: RegExp;
}

/**
 * One side's rules with where their matches can begin (see match-starts.ts): each rule with known
 * beginnings runs its regex sticky at those positions only; the others scan as before.
 */
export interface SideRules {
  rules: CompiledRule[];
  /**
   * Per rule, sticky twins of its regex, or undefined when it scans the whole message. A long rule
   * is cut into several, each under V8's optimisation limit (STICKY_CHUNK_CHARS), tried in order:
   * at one position, the first that matches gives the same match as the whole alternation.
   */
  sticky: (RegExp[] | undefined)[];
  /**
   * Where each sticky chunk's matches can begin, one entry per chunk of every rule in order: a rule's
   * chunk `c` is entry `firstChunk[rule] + c`. A position is tried only with the chunks that can
   * begin there, so a rule of eight chunks does not run eight regexes at every position it has.
   */
  starts: MatchStartIndex;
  firstChunk: number[];
}

export interface CompiledLexicon {
  language: string;
  rules: CompiledRule[];
  /** Built on first use per side, so the content script (agent rules only) never reads the customer rules. */
  sides: Partial<Record<'customer' | 'agent', SideRules>>;
  negators: RegExp;
  negationExceptions: RegExp;
  hypothetical: RegExp;
  ultimatum: RegExp;
  thirdParty: RegExp;
  selfTargetAfter: RegExp;
  selfTargetBefore: RegExp;
  selfInsultWord: RegExp;
  selfInsultAfter: RegExp;
  acronyms: Set<string>;
  angryEmoji: string[];
  ironicEmoji: string[];
  ownsTheMistake: RegExp;
  aimedAtOthersBefore: RegExp;
  newTopic: RegExp;
  saysCalm: RegExp;
  relayedOnPurpose: RegExp;
  plainRequest: RegExp;
  nudge: RegExp;
  laughter: RegExp;
  instructsCustomer: RegExp;
  positiveWords: RegExp;
  problemWords: RegExp;
  sarcasticOpeners: RegExp;
  loneNo: RegExp;
  asksForAction: RegExp;
}

const MACRO = /\{([A-Z_]+)\}/g;

/** Expands `{NAME}` macros (recursively, so macros may use macros). Unknown names are an error. */
export function expandMacros(source: string, macros: Record<string, string>, depth = 0): string {
  if (depth > 5) throw new Error(`lexicon macros nest too deeply in: ${source.slice(0, 60)}`);
  return source.replace(MACRO, (_all, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`lexicon pattern uses unknown macro {${name}}`);
    return expandMacros(body, macros, depth + 1);
  });
}

/**
 * V8 starts a regex in its bytecode interpreter and moves it to native code later, but a big
 * alternation that is only ever run on short chat lines can stay interpreted, several times
 * slower (bench/detector.ts showed the lexicon at 60 % speed). One run on a subject of 1,000+
 * characters makes V8 compile it natively at once, which also costs less than compiling it twice
 * (bytecode, then native); other engines just do one cheap scan.
 */
const NATIVE_WARMUP = 'a '.repeat(520);

/** Compiles `regex` to native code now (see NATIVE_WARMUP). */
export function warmUp(regex: RegExp): void {
  regex.test(NATIVE_WARMUP);
  regex.lastIndex = 0;
}

function nativeRegExp(source: string, flags: string): RegExp {
  const regex = new RegExp(source, flags);
  warmUp(regex);
  return regex;
}

function alternation(sources: readonly string[], macros: Record<string, string>, flags: string, wrap = (s: string) => s) {
  if (sources.length === 0) return undefined;
  const body = sources.map((s) => `(?:${expandMacros(s, macros)})`).join('|');
  return new RegExp(wrap(body), flags);
}

function compileRule(rule: LexiconRule, macros: Record<string, string>): CompiledRule {
  const regex = alternation(rule.patterns, macros, 'gi');
  if (!regex) throw new Error(`lexicon rule ${rule.id} has no patterns`);
  return {
    id: rule.id,
    kind: rule.kind,
    role: rule.role,
    severity: rule.severity,
    regex,
    sources: rule.patterns.map((s) => expandMacros(s, macros)),
    warm: false,
    negatable: rule.negatable,
    hypotheticalCancels: rule.hypotheticalCancels,
    thirdPartyCancels: rule.thirdPartyCancels,
    selfTargetCancels: rule.selfTargetCancels,
    positiveCancels: rule.positiveCancels,
    skipQuestions: rule.skipQuestions,
    calmAfterInstruction: rule.calmAfterInstruction,
    exceptAfter: alternation(rule.exceptAfter, macros, 'i', (b) => `^(?:${b})`),
    exceptBefore: alternation(rule.exceptBefore, macros, 'i', (b) => `(?:${b})$`),
    othersBefore: alternation(rule.othersBefore, macros, 'i', (b) => `(?:${b})$`),
    unless: alternation(rule.unless, macros, 'i'),
  };
}

/** Validates (valibot) and compiles a lexicon. Throws with the rule id when a pattern is invalid. */
export function compileLexicon(input: LexiconInput): CompiledLexicon {
  const lexicon: Lexicon = v.parse(LexiconSchema, input);
  const m = lexicon.macros;
  const rules = lexicon.rules.map((rule) => {
    try {
      return compileRule(rule, m);
    } catch (e) {
      throw new Error(`lexicon ${lexicon.language}, rule ${rule.id}: ${(e as Error).message}`);
    }
  });
  const regex = (source: string, flags = 'i') => nativeRegExp(expandMacros(source, m), flags);
  return {
    language: lexicon.language,
    rules,
    sides: {},
    negators: regex(lexicon.negators),
    negationExceptions: regex(lexicon.negationExceptions),
    hypothetical: regex(lexicon.hypothetical, 'gi'),
    ultimatum: regex(lexicon.ultimatum),
    thirdParty: regex(lexicon.thirdParty),
    selfTargetAfter: regex(lexicon.selfTargetAfter),
    selfTargetBefore: regex(lexicon.selfTargetBefore),
    selfInsultWord: regex(lexicon.selfInsultWord),
    selfInsultAfter: regex(lexicon.selfInsultAfter),
    acronyms: new Set(lexicon.acronyms.map((a) => a.toUpperCase())),
    angryEmoji: lexicon.angryEmoji,
    ironicEmoji: lexicon.ironicEmoji,
    ownsTheMistake: regex(lexicon.ownsTheMistake),
    aimedAtOthersBefore: regex(`(?:${lexicon.aimedAtOthersBefore})$`),
    newTopic: regex(lexicon.newTopic),
    saysCalm: regex(lexicon.saysCalm),
    relayedOnPurpose: regex(lexicon.relayedOnPurpose),
    plainRequest: regex(lexicon.plainRequest),
    nudge: regex(lexicon.nudge),
    laughter: regex(lexicon.laughter),
    instructsCustomer: regex(lexicon.instructsCustomer),
    positiveWords: regex(lexicon.positiveWords),
    problemWords: regex(lexicon.problemWords),
    sarcasticOpeners: regex(lexicon.sarcasticOpeners),
    loneNo: regex(lexicon.loneNo),
    asksForAction: regex(lexicon.asksForAction),
  };
}

/**
 * V8 stops optimising a regex whose source is longer than 20 KB (kRegExpTooLargeToOptimize): the
 * customer rule `frustration.implied` ran 6× slower at 21.3 KB than at 20.4 KB on the same
 * positions. Sticky regexes are therefore cut into chunks of at most this many characters. Well
 * under the limit is faster still: a position is tried only with the chunks that can begin there,
 * so a smaller chunk runs fewer phrasings that cannot match. On the IBM threads (5 runs each,
 * fastest), matching took 211 ms at 12,000, 194 ms at 6,000, 190 ms at 3,000, 192 ms at 1,500.
 */
export const STICKY_CHUNK_CHARS = 3_000;

/** A rule's patterns as sticky alternations, in order, each under STICKY_CHUNK_CHARS. */
function stickyChunks(sources: readonly string[]): RegExp[] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const source of sources) {
    const cost = source.length + 5; // "(?:" + ")" + "|"
    if (current.length > 0 && length + cost > STICKY_CHUNK_CHARS) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(source);
    length += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks.map((c) => new RegExp(c.map((s) => `(?:${s})`).join('|'), 'iy'));
}

/** A rule is tried as (position × 32 + chunk), see ruleAttempts: at most this many chunks per rule. */
const MAX_CHUNKS = 32;

/** One side's rules, with their match beginnings read from the regexes on first use. */
export function sideRules(lex: CompiledLexicon, role: 'customer' | 'agent'): SideRules {
  let side = lex.sides[role];
  if (!side) {
    const rules = lex.rules.filter((r) => r.role === role);
    const sticky: (RegExp[] | undefined)[] = [];
    const chunkStarts: MatchStarts[] = [];
    const firstChunk: number[] = [];
    for (const rule of rules) {
      const chunks = stickyChunks(rule.sources);
      if (chunks.length > MAX_CHUNKS)
        throw new Error(`lexicon rule ${rule.id} needs ${chunks.length} sticky chunks, more than ${MAX_CHUNKS}`);
      const starts = chunks.map((chunk) => matchStarts(chunk.source));
      firstChunk.push(chunkStarts.length);
      // A chunk whose beginnings cannot be read makes the whole rule scan every position.
      if (starts.every((s): s is MatchStarts => s !== undefined)) {
        sticky.push(chunks);
        chunkStarts.push(...starts);
      } else sticky.push(undefined);
    }
    side = { rules, sticky, starts: new MatchStartIndex(chunkStarts), firstChunk };
    lex.sides[role] = side;
  }
  return side;
}

/**
 * Where rule `index` has to be tried, in order, each with the chunk to try: a position times 32
 * plus the chunk (chunks < 32). Positions where several chunks can begin come once per chunk, in
 * chunk order, which is the order the whole alternation would try them in.
 */
export function ruleAttempts(side: SideRules, index: number): readonly number[] {
  const chunks = side.sticky[index];
  if (!chunks) return [];
  const first = side.firstChunk[index] as number;
  if (chunks.length === 1) return side.starts.positionsOf(first).map((at) => at * 32);
  const attempts: number[] = [];
  for (let c = 0; c < chunks.length; c++) for (const at of side.starts.positionsOf(first + c)) attempts.push(at * 32 + c);
  return attempts.sort((a, b) => a - b);
}
