import { compiledLexicons } from './cache';
import { AGENT_RULES_EN } from './en-agent-rules';
import { EN_BASE } from './en-base';
import type { LexiconInput } from './schema';

/**
 * Lexicons with the agent-side rules only: what the draft coach needs in the content script.
 * The full lexicons (index.ts) import the customer rules as well; keeping this entry point apart
 * lets the bundler leave those out of the content script.
 */
export const AGENT_LEXICONS: Record<string, LexiconInput> = { en: { ...EN_BASE, rules: AGENT_RULES_EN } };

/** The compiled agent-side lexicon for a language (compiled on first use, then cached). Unknown → English. */
export const agentLexiconFor = /* @__PURE__ */ compiledLexicons(AGENT_LEXICONS);
