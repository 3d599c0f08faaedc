import { type CompiledLexicon, compileLexicon } from '../compile';
import { LEXICON_EN } from './en';
import type { LexiconInput } from './schema';

/** Lexicons by language. A new language is a new data file registered here. */
export const LEXICONS: Record<string, LexiconInput> = { en: LEXICON_EN };

const compiled = new Map<string, CompiledLexicon>();

/** The compiled lexicon for a language (compiled on first use, then cached). Unknown → English. */
export function lexiconFor(language = 'en'): CompiledLexicon {
  const key = LEXICONS[language] ? language : 'en';
  let lex = compiled.get(key);
  if (!lex) {
    lex = compileLexicon(LEXICONS[key] as LexiconInput);
    compiled.set(key, lex);
  }
  return lex;
}
