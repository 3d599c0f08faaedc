import { compiledLexicons } from './cache';
import { LEXICON_EN } from './en';
import type { LexiconInput } from './schema';

/** Lexicons by language. A new language is a new data file registered here. */
export const LEXICONS: Record<string, LexiconInput> = { en: LEXICON_EN };

/** The compiled lexicon for a language (compiled on first use, then cached). Unknown → English. */
export const lexiconFor = /* @__PURE__ */ compiledLexicons(LEXICONS);
