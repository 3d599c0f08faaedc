import { type CompiledLexicon, compileLexicon } from '../compile';
import type { LexiconInput } from './schema';

/**
 * A by-language lookup that compiles each lexicon on first use and keeps it. Unknown languages
 * fall back to English.
 */
export function compiledLexicons(lexicons: Record<string, LexiconInput>): (language?: string) => CompiledLexicon {
  const compiled = new Map<string, CompiledLexicon>();
  return (language = 'en') => {
    const key = lexicons[language] ? language : 'en';
    let lex = compiled.get(key);
    if (!lex) {
      lex = compileLexicon(lexicons[key] as LexiconInput);
      compiled.set(key, lex);
    }
    return lex;
  };
}
