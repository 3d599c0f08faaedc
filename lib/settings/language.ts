import { STOPWORDS } from './language-data';

/**
 * A cheap check of which language a chat is in (stopword ratio), so the sidebar can say "this chat
 * doesn't look like English" instead of scoring words it cannot read. Runs in microseconds on a
 * chat; needs no model.
 */

/** Languages the detector's lexicon supports. */
export const SUPPORTED_LANGUAGES = ['en'] as const;

export interface LanguageGuess {
  /** ISO 639-1 code of the best match, or 'unknown' (another script, or too few known words). */
  lang: string;
  /** False when there is too little text to say (short greetings, codes, names). */
  confident: boolean;
  /** Share of words that are stopwords of `lang` (0–1). */
  ratio: number;
}

/** Below this many words the guess is never confident. */
export const MIN_WORDS = 8;
/** Stopwords of the best language must make up at least this share of the words. */
const MIN_RATIO = 0.12;
/** ...and beat the runner-up by this factor. */
const MIN_LEAD = 1.5;
/** Only the most recent text is read: enough to judge, bounded cost on long chats. */
const MAX_CHARS = 4000;

const STOPWORD_SETS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]),
);

/** Guesses the language of some texts (e.g. the customer's messages). */
export function detectLanguage(texts: readonly string[]): LanguageGuess {
  let joined = '';
  for (let i = texts.length - 1; i >= 0 && joined.length < MAX_CHARS; i -= 1) joined = `${texts[i]} ${joined}`;
  const letters = joined.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { lang: 'unknown', confident: false, ratio: 0 };
  const latin = joined.match(/\p{Script=Latin}/gu) ?? [];
  if (latin.length / letters.length < 0.5) {
    // Cyrillic, CJK, Arabic, … : not a language the lexicon reads, whatever it is.
    return { lang: 'unknown', confident: letters.length >= MIN_WORDS * 3, ratio: 0 };
  }
  const words =
    joined
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return { lang: 'unknown', confident: false, ratio: 0 };
  const scores = Object.entries(STOPWORD_SETS).map(([lang, set]) => {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits += 1;
    return { lang, ratio: hits / words.length };
  });
  scores.sort((a, b) => b.ratio - a.ratio);
  const best = scores[0] ?? { lang: 'unknown', ratio: 0 };
  const second = scores[1]?.ratio ?? 0;
  if (best.ratio < MIN_RATIO) return { lang: 'unknown', confident: words.length >= MIN_WORDS * 2, ratio: best.ratio };
  const clearLead = second === 0 || best.ratio / second >= MIN_LEAD;
  return { lang: best.lang, confident: words.length >= MIN_WORDS && clearLead, ratio: best.ratio };
}

/** True when Tact should warn that it cannot read this chat (sure it is not a supported language). */
export function isUnsupportedLanguage(guess: LanguageGuess): boolean {
  return guess.confident && !(SUPPORTED_LANGUAGES as readonly string[]).includes(guess.lang);
}
