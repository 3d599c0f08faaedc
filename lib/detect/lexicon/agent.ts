import { type CompiledLexicon, compileLexicon } from '../compile';
import { AGENT_RULES_EN } from './en-agent-rules';
import { EN_BASE } from './en-base';
import type { LexiconInput } from './schema';

/**
 * Lexicons with the agent-side rules only: what the draft coach needs in the content script.
 * The full lexicons (index.ts) import the customer rules as well; keeping this entry point apart
 * lets the bundler leave those out of the content script.
 */
export const AGENT_LEXICONS: Record<string, LexiconInput> = { en: { ...EN_BASE, rules: AGENT_RULES_EN } };

const compiled = new Map<string, CompiledLexicon>();

/** The compiled agent-side lexicon for a language (compiled on first use, then cached). Unknown → English. */
export function agentLexiconFor(language = 'en'): CompiledLexicon {
  const key = AGENT_LEXICONS[language] ? language : 'en';
  let lex = compiled.get(key);
  if (!lex) {
    lex = compileLexicon(AGENT_LEXICONS[key] as LexiconInput);
    compiled.set(key, lex);
  }
  return lex;
}
