/**
 * The detector's output contract (DESIGN.md "The detector"). The same shape is produced in the
 * extension and printed by the CLI. Keep this file free of logic (derived kind groups only): every layer imports it.
 */
export const TRIGGER_KINDS = [
  'escalation_request',
  'repeated_escalation_request',
  'threat_legal',
  'threat_regulator',
  'threat_chargeback',
  'threat_churn',
  'threat_public',
  'threat_violence',
  'abuse',
  'frustration',
  'repeat_contact',
  'missing_apology',
  'agent_denies_escalation',
  'agent_bare_refusal',
  'agent_hedging',
  'agent_blame',
] as const;
export type BuiltInTriggerKind = (typeof TRIGGER_KINDS)[number];
/** The threats a customer can make: legal, regulator, chargeback, churn, public, violence. */
export const THREAT_KINDS = TRIGGER_KINDS.filter((k) => k.startsWith('threat_'));
/** Customer findings that mean an apology is owed: every threat, abuse, frustration, repeat contact. */
export const GRIEVANCE_KINDS: readonly BuiltInTriggerKind[] = [...THREAT_KINDS, 'abuse', 'frustration', 'repeat_contact'];
/** Custom rule packs (settings) may add kinds of their own, e.g. "custom:gdpr_request". */
export type TriggerKind = BuiltInTriggerKind | `custom:${string}`;

export const CUE_KINDS = ['apology', 'empathy', 'ownership', 'explanation', 'escalation_offer', 'hedge', 'bare_refusal'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export type RiskLevel = 'low' | 'elevated' | 'high' | 'critical';

export interface Trigger {
  kind: TriggerKind;
  messageId: string;
  /** Exact substring of the message text that caused the finding. */
  evidence: string;
  /** For repeated_escalation_request: total number of requests so far. */
  count?: number;
}

export interface Cue {
  kind: CueKind;
  messageId: string;
  evidence: string;
}

export interface NextStep {
  id: string;
  trigger: TriggerKind;
  text: string;
  /** 'insert' = a line for the composer; 'handoff' = opens the handoff card. Absent = insert. */
  action?: 'insert' | 'handoff';
  /** Playbook tone of the line (warm, calm, neutral); optional, for display. */
  tone?: string;
}

export interface DetectionResult {
  id: string;
  risk: number;
  level: RiskLevel;
  triggers: Trigger[];
  cues: Cue[];
  nextSteps: NextStep[];
}
