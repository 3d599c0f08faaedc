import type { CompiledLexicon } from './compile';
import { findInMessage } from './match-message';

/** Does this agent text apologise? (The lexicon's `apology` cue, with its "sorry you feel" guard.) */
export function apologyIn(lex: CompiledLexicon, text: string): boolean {
  return findInMessage(lex, 'agent', text).some((f) => f.kind === 'apology');
}
