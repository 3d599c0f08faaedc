import { apologyIn } from './apology';
import type { ChatContext } from './detector';
import { agentLexiconFor } from './lexicon/agent';
import { findInMessage } from './match-message';
import type { CueKind, TriggerKind } from './types';

/**
 * Agent-side rules on one text, in the context of the chat: what the draft coach runs on the
 * reply being typed. The same lexicon rules as the detector, plus the chat-level one a single
 * line cannot show on its own: a reply to an unapologised grievance that still has no apology.
 */

export interface AgentRisk {
  kind: TriggerKind | CueKind;
  /** Exact substring of `text`. */
  evidence: string;
  start: number;
  end: number;
}

const AGENT_TRIGGER_KINDS = new Set<string>(['agent_denies_escalation', 'agent_bare_refusal', 'agent_hedging', 'agent_blame']);

export function findAgentRisks(
  text: string,
  context: Pick<ChatContext, 'grievanceOpen' | 'agentTurnsSinceGrievance'> & Partial<ChatContext>,
  opts: { missingApologyTurns?: number; language?: string } = {},
): AgentRisk[] {
  const lex = agentLexiconFor(opts.language);
  const risks: AgentRisk[] = [];
  for (const f of findInMessage(lex, 'agent', text)) {
    if (AGENT_TRIGGER_KINDS.has(f.kind)) risks.push({ kind: f.kind as TriggerKind, evidence: f.evidence, start: f.start, end: f.end });
  }
  const turns = Math.max(1, opts.missingApologyTurns ?? 2);
  if (context.grievanceOpen && context.agentTurnsSinceGrievance + 1 >= turns && !apologyIn(lex, text)) {
    const trimmed = text.trimStart();
    const start = text.length - trimmed.length;
    const m = /^[^.!?\n]{1,160}[.!?]?/.exec(trimmed);
    const evidence = (m ? m[0] : trimmed.slice(0, 160)).trimEnd();
    if (evidence) risks.push({ kind: 'missing_apology', evidence, start, end: start + evidence.length });
  }
  return risks.sort((a, b) => a.start - b.start);
}
