/**
 * Where a rule's matches can begin, so its regex is tried only there.
 *
 * A rule's regex is one alternation of dozens of phrasings, and V8 runs it by trying every
 * phrasing at every position of the message. But nearly every phrasing begins with a word it
 * names (`\b(?:speak|talk) to …`, `\bnobody (?:came|…)`), a sentence start or a punctuation mark.
 * `matchStarts` reads a rule's regex and lists those beginnings: the first one to four letters of
 * the first word ("spea", "talk", "nobo"), or a character (".", "!", "'"), or the message start.
 * `MatchStartIndex` then walks a message once and gives each rule the positions where one of its
 * beginnings occurs; the rule runs its regex anchored (sticky) at those positions only.
 *
 * Trying the same regex at every possible start position, in order, finds exactly the match the
 * full scan finds, so results do not change (tests/unit/detect/match-starts.test.ts checks that on
 * every line of the judged chats and the tone corpus). A pattern this reader cannot follow makes
 * its rule fall back to the full scan.
 */

/** A word's first KEY_LENGTH characters are its key: long enough to be rare, short enough for "managers". */
const KEY_LENGTH = 4;
/** Largest number of beginnings followed through a regex before the reader gives up on it. */
const MAX_ENTRIES = 6000;
/** Marks inside a beginning: `\b` and `^`. They are never compared with text. */
const BOUNDARY = '\u0001';
const CARET = '\u0002';
/** Any word character (`\w`): after `\b` it means "any word start". */
const WORD_ANY = '\u0003';
/**
 * A whole word (`\w+`). After `\b` and before a space and a known word ("\b\w+ don't take
 * calls") it means "the word before that one", so such a rule need not run at every word.
 */
const WORD_RUN = '\u0004';
/** One or more whitespace characters (`\s`, `\s+`): the index skips a run of them at once. */
const SPACES = '\u0005';
/** Every character `\s` matches (see isWhitespace), for a match that begins on white space. */
const WHITESPACE =
  ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Where a rule's matches can begin. */
export interface MatchStarts {
  /** Lowercase first letters (1–4) of the word a match begins with. */
  words: string[];
  /**
   * A short whole word, white space, and the first letters (1–4) of the next word, as "i wan" or
   * "the sam": "i" and "the" are everywhere, "i want" and "the same" are not. An apostrophe in
   * place of the space is a contraction: "it's", "can't".
   */
  pairs: string[];
  /**
   * Lowercase whole words shorter than four letters a match begins with ("i", "the", "a"): the
   * pattern ends the word there (`\bi'm`, `\bthe `), so "it", "then" and "and" need not run it.
   */
  wholeWords: string[];
  /** Characters a match can begin on (a quote, "!", "."); lowercase. */
  chars: string[];
  /**
   * A punctuation mark, then (after any white space) the first letters (1–4) of the next word, as
   * ".so" for ". So" or "?why" for "? why": a sentence-start phrasing need not run at every full
   * stop. The mark is the first character, the letters follow; white space between is not kept.
   */
  charWords: string[];
  /** A match can begin at the very start of the message, whatever comes first. */
  atStart: boolean;
  /** A match can begin at the very start of the message when its first word (after white space) starts so: 1–4 letters. */
  startWords: string[];
  /** A match can begin at any word (`\b\w …`). */
  anyWord: boolean;
  /** A match can begin on the word before a word starting so (`\b\w+ (?:doesn't|…)`): lowercase, 1–4 letters. */
  wordsAfter: string[];
}

interface Entry {
  /** The beginning read so far: marks, then characters. */
  text: string;
  /** False once the beginning is known only in part (what follows it is unknown or long enough). */
  open: boolean;
}

/** A regex part: its possible beginnings, or undefined for "could begin with anything". */
type Starts = Entry[] | undefined;

class Unreadable extends Error {}
/** More beginnings than MAX_ENTRIES. */
class TooMany extends Unreadable {}

const isWordChar = (c: string | undefined) => c !== undefined && wordCode(c.charCodeAt(0)) !== 0;
/** Characters of a beginning that are actual text (marks excluded). */
const textLength = (s: string) => s.replaceAll(BOUNDARY, '').replaceAll(CARET, '').length;
/**
 * Whether a short whole word followed by white space reads on into the next word (see
 * `MatchStarts.pairs`). Off for a rule whose beginnings would then grow past MAX_ENTRIES.
 */
let readPairs = true;

/** The key at `from`: up to KEY_LENGTH word characters (its length is how many were read). */
function keyAt(text: string, from: number): string {
  let key = '';
  for (let j = from; j < text.length && key.length < KEY_LENGTH && isWordChar(text[j]); j++) key += text[j];
  return key;
}

/** How many word characters of a beginning's text start at `i`. */
function wordLength(t: string, i: number): number {
  let n = 0;
  while (i + n < t.length && isWordChar(t[i + n])) n++;
  return n;
}

/**
 * A beginning is settled once it says where a match begins: at the message start, on a character,
 * or on a word whose key is complete (four letters, or the word ends; a short word followed by
 * white space once the next word's key is complete too). Only "nothing yet" and a few letters
 * read on, which keeps the sets small.
 */
function settled(e: Entry): boolean {
  if (!e.open) return true;
  const t = e.text;
  let i = 0;
  while (t[i] === BOUNDARY) i++;
  if (i >= t.length) return false;
  const c = t[i];
  if (c === WORD_RUN) {
    // "\w+" settles once a space and the next word's key follow; anything else after it settles it too.
    if (i + 1 >= t.length) return false;
    if (t[i + 1] !== ' ') return true;
    let n = 0;
    while (i + 2 + n < t.length && isWordChar(t[i + 2 + n])) n++;
    return n >= KEY_LENGTH || i + 2 + n < t.length;
  }
  if (c === CARET) {
    // "^\s*(?:so )?you're not sure": the message's first word may still be named.
    let j = i + 1;
    while (t[j] === SPACES || t[j] === BOUNDARY || t[j] === ' ') j++;
    if (j >= t.length) return false;
    if (!isWordChar(t[j])) return true;
    const m = wordLength(t, j);
    return m >= KEY_LENGTH || j + m < t.length;
  }
  if (c === WORD_ANY) return true;
  if (!isWordChar(c)) {
    // ". So", "? why": a punctuation mark and white space read on to the next word's key, so
    // a sentence-start phrasing is not tried at every full stop of a URL or a price.
    if (c === SPACES || c === CARET || !readPairs) return true;
    let j = i + 1;
    while (t[j] === SPACES || t[j] === BOUNDARY) j++;
    if (j >= t.length) return false;
    if (!isWordChar(t[j])) return true;
    const m = wordLength(t, j);
    return m >= KEY_LENGTH || j + m < t.length;
  }
  // (A word character with no \b before it yet stays open: an outer \b may still come first.)
  const n = wordLength(t, i);
  if (n > KEY_LENGTH) return true;
  if (i + n >= t.length) return false;
  const separator = t[i + n];
  if (n === KEY_LENGTH && isWordChar(separator)) return true;
  if (!readPairs || (separator !== ' ' && separator !== SPACES && separator !== "'")) return true;
  // "i ", "the\s+" or "it'": read on to the next word's key (or the contraction's letters).
  let j = i + n + 1;
  while (t[j] === BOUNDARY) j++;
  if (j >= t.length) return false;
  if (!isWordChar(t[j])) return true;
  const m = wordLength(t, j);
  return m >= KEY_LENGTH || j + m < t.length;
}

const epsilon = (): Starts => [{ text: '', open: true }];

function concat(a: Starts, b: Starts): Starts {
  if (!a) return undefined;
  const out: Entry[] = [];
  for (const x of a) {
    if (settled(x)) {
      out.push({ text: x.text, open: false });
      continue;
    }
    // What follows is unknown: the beginning so far still holds, but nothing more (at the
    // message start, "^\s*" then anything is still "at the start").
    if (!b) {
      if (textLength(x.text) === 0 && !x.text.startsWith(CARET)) return undefined;
      out.push({ text: x.text, open: false });
      continue;
    }
    for (const y of b) out.push({ text: x.text + y.text, open: y.open });
    if (out.length > MAX_ENTRIES) throw new TooMany('too many beginnings');
  }
  return dedupe(out);
}

function dedupe(entries: Entry[]): Entry[] {
  const open = new Set<string>();
  const closed = new Set<string>();
  const out: Entry[] = [];
  for (const e of entries) {
    const seen = e.open ? open : closed;
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    out.push(e);
  }
  return out;
}

function union(branches: Starts[]): Starts {
  const out: Entry[] = [];
  for (const b of branches) {
    if (!b) return undefined;
    out.push(...b);
  }
  if (out.length > MAX_ENTRIES) throw new TooMany('too many beginnings');
  return dedupe(out);
}

function repeated(starts: Starts, min: number, max: number): Starts {
  if (min === 1 && max === 1) return starts;
  const closed = starts?.map((e) => ({ text: e.text, open: false }));
  if (min === 0) {
    // Optional: the part may be skipped, and a repeated part's end is not followed.
    if (!starts) return undefined;
    return dedupe([...(max === 1 ? starts : (closed as Entry[])), ...(epsilon() as Entry[])]);
  }
  // At least one copy: the first copy begins the part; more copies are not followed.
  return max === 1 ? starts : closed;
}

/** A reader for the regex syntax the lexicon uses; it throws Unreadable on anything else. */
class Parser {
  private pos = 0;
  /** Above zero while reading parts that cannot change the answer: they are parsed, not followed. */
  private skipping = 0;
  constructor(private readonly src: string) {}

  parse(): Starts {
    const starts = this.alternation();
    if (this.pos < this.src.length) throw new Unreadable(`unexpected ${this.src[this.pos]}`);
    return starts;
  }

  private alternation(): Starts {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (this.skipping) return undefined;
    return branches.length === 1 ? branches[0] : union(branches);
  }

  private sequence(): Starts {
    let starts = epsilon();
    let done = false;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      // Once every beginning is settled (or unknown), later parts cannot change it: they are only read.
      if (!done && !this.skipping && (!starts || starts.every(settled))) {
        done = true;
        this.skipping++;
      }
      const part = this.quantified(this.atom());
      if (!done && !this.skipping) starts = concat(starts, part);
    }
    if (done) this.skipping--;
    return this.skipping ? undefined : starts;
  }

  private quantified(starts: Starts): Starts {
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Number.POSITIVE_INFINITY] : [1, Number.POSITIVE_INFINITY];
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return starts; // not a quantifier: the "{" is read as a literal next
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
    } else {
      return starts;
    }
    if (this.src[this.pos] === '?') this.pos++; // lazy: the same beginnings
    if (this.skipping) return undefined;
    // "\w+": a whole word, whose end (a space, then the next word) may still say where it begins.
    if (min >= 1 && max === Number.POSITIVE_INFINITY && starts?.length === 1 && starts[0]?.text === WORD_ANY)
      return [{ text: WORD_RUN, open: true }];
    // "\s+", "\s*", "\s{1,3}": the index reads any run of white space as one SPACES.
    if (max > 1 && starts?.length === 1 && starts[0]?.text === SPACES)
      return min === 0
        ? [
            { text: SPACES, open: true },
            { text: '', open: true },
          ]
        : [{ text: SPACES, open: true }];
    return repeated(starts, min, max);
  }

  private atom(): Starts {
    const c = this.src[this.pos++] as string;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return undefined;
      case '^':
        return [{ text: CARET, open: true }];
      case '$':
        return epsilon();
      case '*':
      case '+':
      case '?':
        throw new Unreadable('quantifier with nothing to repeat');
      default:
        return [{ text: c.toLowerCase(), open: true }];
    }
  }

  private group(): Starts {
    let lookaround = false;
    if (this.src[this.pos] === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith('?:')) this.pos += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.pos += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.pos += 3;
        lookaround = true;
      } else throw new Unreadable('unsupported group');
    }
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new Unreadable('unclosed group');
    this.pos++;
    // A lookaround matches no characters of its own.
    return lookaround ? epsilon() : inner;
  }

  private escape(): Starts {
    const c = this.src[this.pos++];
    if (c === undefined) throw new Unreadable('trailing backslash');
    if (c === 'b') return [{ text: BOUNDARY, open: true }];
    if (c === 'B') return epsilon();
    if (c === 's') return [{ text: SPACES, open: true }];
    if (c === 'd') return [...'0123456789'].map((x) => ({ text: x, open: true }));
    if (c === 'w') return [{ text: WORD_ANY, open: false }];
    if ('DWSpPkc'.includes(c) || /[1-9]/.test(c)) return undefined;
    return [{ text: this.escapedCharacter(c).toLowerCase(), open: true }];
  }

  /** The character an escape stands for (`\n`, `\u2019`, `\.`). */
  private escapedCharacter(c: string): string {
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    const control = controls[c];
    if (control !== undefined) return control;
    if (c === 'u' || c === 'x') {
      const digits = c === 'u' ? 4 : 2;
      const hex = this.src.slice(this.pos, this.pos + digits);
      if (hex.length !== digits || !/^[0-9a-f]+$/i.test(hex)) throw new Unreadable(`bad \\${c} escape`);
      this.pos += digits;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    return c;
  }

  private characterClass(): Starts {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let wide = negated;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      let c = this.src[this.pos++] as string;
      if (c === '\\') {
        const e = this.src[this.pos++];
        if (e === undefined) throw new Unreadable('trailing backslash');
        if (e === 's' || e === 'd') {
          for (const x of e === 's' ? ' \t\n\r\f\v' : '0123456789') chars.add(x);
          continue;
        }
        if ('DwWSpP'.includes(e)) {
          wide = true;
          continue;
        }
        c = e === 'b' ? '\b' : this.escapedCharacter(e);
      }
      if (this.src[this.pos] === '-' && this.pos + 1 < this.src.length && this.src[this.pos + 1] !== ']') {
        this.pos++;
        let to = this.src[this.pos++] as string;
        if (to === '\\') to = this.escapedCharacter(this.src[this.pos++] ?? '');
        const from = c.charCodeAt(0);
        const until = to.charCodeAt(0);
        if (until - from > 26) wide = true;
        else for (let code = from; code <= until; code++) chars.add(String.fromCharCode(code).toLowerCase());
        continue;
      }
      chars.add(c.toLowerCase());
    }
    if (this.src[this.pos] !== ']') throw new Unreadable('unclosed character class');
    this.pos++;
    if (wide || chars.size === 0 || this.skipping) return undefined;
    return [...chars].map((x) => ({ text: x, open: true }));
  }
}

/** The beginnings of `source`, or undefined when they cannot be told; throws TooMany. */
function parseStarts(source: string, pairs: boolean): Starts {
  readPairs = pairs;
  try {
    return new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unreadable && !(e instanceof TooMany)) return undefined;
    throw e;
  } finally {
    readPairs = true;
  }
}

/**
 * Where matches of `source` (a case-insensitive regex) can begin, or undefined when the reader
 * cannot tell (the rule then scans the whole message as before).
 */
export function matchStarts(source: string): MatchStarts | undefined {
  let starts: Starts;
  try {
    starts = parseStarts(source, true);
  } catch (e) {
    if (!(e instanceof TooMany)) throw e;
    // Reading on into second words grew too many beginnings: first words alone then.
    try {
      starts = parseStarts(source, false);
    } catch (again) {
      if (again instanceof TooMany) return undefined;
      throw again;
    }
  }
  if (!starts) return undefined;
  const words = new Set<string>();
  const wholeWords = new Set<string>();
  const pairs = new Set<string>();
  const startWords = new Set<string>();
  const wordsAfter = new Set<string>();
  const chars = new Set<string>();
  const charWords = new Set<string>();
  let atStart = false;
  let anyWord = false;
  for (const { text } of starts) {
    if (text.startsWith(CARET)) {
      let j = 1;
      while (text[j] === SPACES || text[j] === BOUNDARY || text[j] === ' ') j++;
      const key = keyAt(text, j);
      if (key) startWords.add(key);
      else atStart = true;
      continue;
    }
    let i = 0;
    let boundary = false;
    while (text[i] === BOUNDARY) {
      boundary = true;
      i++;
    }
    const first = text[i];
    if (first === undefined || first === CARET) return undefined; // a match that may be empty, or a caret after text
    if (first === WORD_RUN) {
      if (!boundary) return undefined;
      const key = text[i + 1] === ' ' ? keyAt(text, i + 2) : '';
      if (key) wordsAfter.add(key);
      else anyWord = true;
      continue;
    }
    if (first === WORD_ANY) {
      if (!boundary) return undefined; // any word character, mid-word too: no telling where
      anyWord = true;
      continue;
    }
    if (boundary && isWordChar(first)) {
      const key = keyAt(text, i);
      const j = i + key.length;
      // A short word the pattern itself ends (a space, a quote, \b next; not "\w" or "\w+").
      const after = text[j];
      if (after !== undefined && after !== WORD_ANY && after !== WORD_RUN && !isWordChar(after)) {
        if (after === ' ' || after === SPACES || after === "'") {
          // …and the next word's first letters, when the pattern names them ("i want", "the same"),
          // or a contraction's ("it's", "can't", "i'm").
          let k = j + 1;
          while (text[k] === BOUNDARY) k++;
          const next = keyAt(text, k);
          if (next) {
            pairs.add(`${key}${after === "'" ? "'" : ' '}${next}`);
            continue;
          }
        }
        if (key.length < KEY_LENGTH) wholeWords.add(key);
        else words.add(key);
      } else words.add(key);
    } else if (first === SPACES) {
      for (const c of WHITESPACE) chars.add(c);
    } else {
      let j = i + 1;
      while (text[j] === SPACES || text[j] === BOUNDARY) j++;
      const key = keyAt(text, j);
      if (key) charWords.add(first + key);
      else chars.add(first);
    }
  }
  return {
    words: [...words],
    wholeWords: [...wholeWords],
    pairs: [...pairs],
    chars: [...chars],
    charWords: [...charWords],
    atStart,
    startWords: [...startWords],
    anyWord,
    wordsAfter: [...wordsAfter],
  };
}

/** Whether `\s` matches the character (ASCII white space, no-break and other Unicode spaces, line separators, BOM). */
function isWhitespace(charCode: number): boolean {
  if (charCode === 32 || (charCode >= 9 && charCode <= 13)) return true;
  if (charCode < 0xa0) return false;
  return (
    charCode === 0xa0 ||
    charCode === 0x1680 ||
    (charCode >= 0x2000 && charCode <= 0x200a) ||
    charCode === 0x2028 ||
    charCode === 0x2029 ||
    charCode === 0x202f ||
    charCode === 0x205f ||
    charCode === 0x3000 ||
    charCode === 0xfeff
  );
}

/** A word character's code for packed keys (1–37; 0 = not a word character). */
function wordCode(charCode: number): number {
  if (charCode >= 97 && charCode <= 122) return charCode - 96; // a-z
  if (charCode >= 65 && charCode <= 90) return charCode - 64; // A-Z, as lower case
  if (charCode >= 48 && charCode <= 57) return charCode - 21; // 0-9 → 27–36
  return charCode === 95 ? 37 : 0; // _
}

/** Up to KEY_LENGTH word characters packed into one number (codes start at 1, so lengths differ). */
function packKey(key: string): number {
  let packed = 0;
  for (let i = 0; i < key.length; i++) packed = packed * 38 + wordCode(key.charCodeAt(i));
  return packed;
}

/**
 * Every rule's possible match beginnings, indexed so that one walk over a message finds, for each
 * rule, the ascending positions where its regex has to be tried.
 */
export class MatchStartIndex {
  /** Packed word key → rules whose matches can begin on a word starting so. */
  private readonly byWord = new Map<number, number[]>();
  /** Packed whole word (under four letters) → rules whose matches can begin on exactly that word. */
  private readonly byWholeWord = new Map<number, number[]>();
  /** Packed short whole word → packed first letters of the next word → rules (see `MatchStarts.pairs`). */
  private readonly byPair = new Map<number, Map<number, number[]>>();
  /** The same for contractions: packed "it" → packed "s" → rules. */
  private readonly byContraction = new Map<number, Map<number, number[]>>();
  /** Character code → rules whose matches can begin on that character (ASCII in a table, the rest in a map). */
  private readonly byChar = new Map<number, number[]>();
  private readonly byAsciiChar: (number[] | undefined)[] = new Array(128);
  /** Character code → packed first letters of the word after it (past any white space) → rules (see `MatchStarts.charWords`). */
  private readonly byCharWord = new Map<number, Map<number, number[]>>();
  private readonly byAsciiCharWord: (Map<number, number[]> | undefined)[] = new Array(128);
  private readonly atStart: number[] = [];
  /** Packed first letters of a message's first word → rules whose matches can begin at the start then. */
  private readonly byStartWord = new Map<number, number[]>();
  private readonly anyWord: number[] = [];
  /** Packed word key → rules whose matches can begin on the word before a word starting so. */
  private readonly byWordAfter = new Map<number, number[]>();
  /** Positions per rule from the last `read`. */
  private readonly positions: number[][];

  constructor(startsByRule: ReadonlyArray<MatchStarts | undefined>) {
    this.positions = startsByRule.map(() => []);
    startsByRule.forEach((starts, rule) => {
      if (!starts) return;
      if (starts.atStart) this.atStart.push(rule);
      for (const word of starts.startWords) push(this.byStartWord, packKey(word), rule);
      if (starts.anyWord) this.anyWord.push(rule);
      for (const word of starts.words) push(this.byWord, packKey(word), rule);
      for (const word of starts.wholeWords) push(this.byWholeWord, packKey(word), rule);
      for (const pair of starts.pairs) {
        const contraction = pair.includes("'");
        const [first = '', next = ''] = pair.split(contraction ? "'" : ' ');
        pushNested(contraction ? this.byContraction : this.byPair, packKey(first), packKey(next), rule);
      }
      for (const word of starts.wordsAfter) push(this.byWordAfter, packKey(word), rule);
      for (const charWord of starts.charWords) {
        const c = charWord[0] as string;
        const word = charWord.slice(1);
        for (const variant of new Set([c, c.toUpperCase()])) pushNested(this.byCharWord, variant.charCodeAt(0), packKey(word), rule);
      }
      for (const c of starts.chars) {
        push(this.byChar, c.charCodeAt(0), rule);
        const upper = c.toUpperCase();
        if (upper !== c) push(this.byChar, upper.charCodeAt(0), rule);
      }
    });
    for (const [code, rules] of this.byChar) if (code < 128) this.byAsciiChar[code] = rules;
    for (const [code, byNext] of this.byCharWord) if (code < 128) this.byAsciiCharWord[code] = byNext;
  }

  /** Walks `text` once; afterwards `positionsOf(rule)` lists where that rule's matches can begin. */
  read(text: string): void {
    for (const list of this.positions) list.length = 0;
    for (const rule of this.atStart) this.add(rule, 0);
    if (this.byStartWord.size > 0) {
      let j = 0;
      while (j < text.length && isWhitespace(text.charCodeAt(j))) j++;
      this.addNext(this.byStartWord, text, 0, j);
    }
    let previousIsWord = false;
    let wordStart = -1;
    const wordsAfter = this.byWordAfter.size > 0;
    const hasCharWords = this.byCharWord.size > 0;
    for (let i = 0; i < text.length; i++) {
      const charCode = text.charCodeAt(i);
      const byChar = charCode < 128 ? this.byAsciiChar[charCode] : this.byChar.get(charCode);
      if (byChar) for (const rule of byChar) this.add(rule, i);
      if (hasCharWords) {
        const byNext = charCode < 128 ? this.byAsciiCharWord[charCode] : this.byCharWord.get(charCode);
        if (byNext) {
          let j = i + 1;
          while (j < text.length && isWhitespace(text.charCodeAt(j))) j++;
          this.addNext(byNext, text, i, j);
        }
      }
      const code = wordCode(charCode);
      if (code === 0) {
        previousIsWord = false;
        continue;
      }
      if (previousIsWord) continue;
      previousIsWord = true;
      // The word before this one, when a single space parts them ("managers don't").
      const before = wordsAfter && i >= 2 && text.charCodeAt(i - 1) === 32 && wordCode(text.charCodeAt(i - 2)) !== 0 ? wordStart : -1;
      wordStart = i;
      for (const rule of this.anyWord) this.add(rule, i);
      // A word starts here: look up its first one to four characters, and the word itself when shorter.
      let packed = code;
      for (let length = 1; ; length++) {
        const rules = this.byWord.get(packed);
        if (rules) for (const rule of rules) this.add(rule, i);
        if (before >= 0) {
          const after = this.byWordAfter.get(packed);
          if (after) for (const rule of after) this.insert(rule, before);
        }
        const next = wordCode(text.charCodeAt(i + length));
        if (next === 0) {
          if (length < KEY_LENGTH) {
            const whole = this.byWholeWord.get(packed);
            if (whole) for (const rule of whole) this.add(rule, i);
          }
          const end = i + length;
          if (text.charCodeAt(end) === 39 /* ' */) {
            const byNext = this.byContraction.get(packed);
            if (byNext) this.addNext(byNext, text, i, end + 1);
          } else {
            const byNext = this.byPair.get(packed);
            if (byNext) {
              let j = end;
              while (j < text.length && isWhitespace(text.charCodeAt(j))) j++;
              if (j > end) this.addNext(byNext, text, i, j);
            }
          }
          break;
        }
        if (length === KEY_LENGTH) break;
        packed = packed * 38 + next;
      }
    }
  }

  /** The short word at `start` is followed by a word at `j`: look up that word's first letters. */
  private addNext(byNext: Map<number, number[]>, text: string, start: number, j: number): void {
    let packed = 0;
    for (let length = 0; length < KEY_LENGTH; length++) {
      const code = wordCode(text.charCodeAt(j + length));
      if (code === 0) return;
      packed = packed * 38 + code;
      const rules = byNext.get(packed);
      if (rules) for (const rule of rules) this.add(rule, start);
    }
  }

  /** Ascending, without repeats. */
  positionsOf(rule: number): readonly number[] {
    return this.positions[rule] as number[];
  }

  private add(rule: number, position: number): void {
    const list = this.positions[rule] as number[];
    if (list[list.length - 1] !== position) list.push(position);
  }

  /** Adds a position that may lie before ones already listed (the word before the current one). */
  private insert(rule: number, position: number): void {
    const list = this.positions[rule] as number[];
    let k = list.length;
    while (k > 0 && (list[k - 1] as number) > position) k--;
    if (list[k - 1] !== position) list.splice(k, 0, position);
  }
}

function pushNested(map: Map<number, Map<number, number[]>>, key: number, next: number, rule: number): void {
  let byNext = map.get(key);
  if (!byNext) {
    byNext = new Map();
    map.set(key, byNext);
  }
  push(byNext, next, rule);
}

function push(map: Map<number, number[]>, key: number, rule: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [rule]);
  else if (list[list.length - 1] !== rule) list.push(rule);
}
