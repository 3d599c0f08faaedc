import type { TriggerKind } from '../detect/types';

/** Short, human names for trigger kinds (side panel, nudge, handoff, coaching). */
const LABELS: Record<string, string> = {
  escalation_request: 'Asked for a manager',
  repeated_escalation_request: 'Asked for a manager again',
  threat_legal: 'Legal threat',
  threat_regulator: 'Regulator complaint threat',
  threat_chargeback: 'Chargeback threat',
  threat_churn: 'Threatens to leave',
  threat_public: 'Threatens to go public',
  threat_violence: 'Threat of violence',
  abuse: 'Abusive language',
  frustration: 'Frustrated customer',
  repeat_contact: 'Repeat contact',
  missing_apology: 'No apology yet',
  agent_denies_escalation: 'Manager denied',
  agent_bare_refusal: 'Bare "no"',
  agent_hedging: 'Hedging',
  agent_blame: 'Blaming the customer',
};

export function triggerLabel(kind: TriggerKind | string): string {
  const known = LABELS[kind];
  if (known) return known;
  const text = kind.replace(/^custom:/, '').replace(/[_-]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Agent-side findings are about the agent's own words: shown apart from the customer's triggers. */
export function isAgentSide(kind: TriggerKind | string): boolean {
  return kind.startsWith('agent_') || kind === 'missing_apology';
}

/**
 * Cards worth showing: a frustration finding that only echoes another finding in the same words
 * (the mild frustration a repeat contact implies: "This is the third time I'm writing") adds nothing
 * to that card, so the panel drops it. The detector still reports it, and it still counts in the risk.
 */
export function distinctCards<T extends { kind: string; messageId: string; evidence: string }>(triggers: readonly T[]): T[] {
  const echoes = (f: T, other: T) =>
    other.kind !== 'frustration' &&
    other.messageId === f.messageId &&
    (other.evidence.includes(f.evidence) || f.evidence.includes(other.evidence));
  return triggers.filter((t) => t.kind !== 'frustration' || !triggers.some((other) => echoes(t, other)));
}
