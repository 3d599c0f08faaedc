import type { CueKind, RiskLevel, TriggerKind } from './types';

/**
 * The risk score: 0–100, one update per message. Triggers push it up (more for severe kinds,
 * again for repeats, with diminishing returns near 100); an agent's recovery (apology,
 * explanation, an offer to escalate) and calm customer turns bring it down slowly. Each update
 * records which findings moved it, so the sidebar can explain a jump.
 */

/** How much one trigger of a kind adds at risk 0 (before sensitivity and repetition). */
export const TRIGGER_WEIGHT: Record<string, number> = {
  escalation_request: 24,
  repeated_escalation_request: 20,
  threat_legal: 48,
  threat_regulator: 44,
  threat_chargeback: 40,
  threat_churn: 26,
  threat_public: 34,
  threat_violence: 80,
  abuse: 30,
  frustration: 13,
  repeat_contact: 14,
  missing_apology: 14,
  agent_denies_escalation: 26,
  agent_bare_refusal: 12,
  agent_hedging: 5,
  agent_blame: 16,
};

/** Custom kinds: weight by the rule's severity. */
export const CUSTOM_SEVERITY_WEIGHT: Record<string, number> = { low: 8, medium: 16, high: 30, critical: 60 };

/** How much an agent's cue takes off (at most RECOVERY_CAP per message). */
export const CUE_RECOVERY: Partial<Record<CueKind, number>> = {
  apology: 8,
  empathy: 4,
  ownership: 5,
  explanation: 4,
  escalation_offer: 10,
};
export const RECOVERY_CAP = 18;
/** A customer message with no trigger lets the risk ease by this factor. */
export const CALM_DECAY = 0.96;
/** Each further trigger of a kind already seen counts this much of its weight. */
export const REPEAT_FACTOR = 0.7;
/** Extra per intensity signal (caps, "!!!", angry emoji) on top of a frustration finding. */
export const INTENSITY_BONUS = 4;

export const LEVEL_THRESHOLDS: Array<[RiskLevel, number]> = [
  ['critical', 70],
  ['high', 45],
  ['elevated', 20],
  ['low', 0],
];

export function levelFor(risk: number): RiskLevel {
  for (const [level, min] of LEVEL_THRESHOLDS) if (risk >= min) return level;
  return 'low';
}

export interface RiskReason {
  kind: TriggerKind | CueKind | 'calm';
  evidence?: string;
  /** Points this reason moved the risk by (negative = down). */
  delta: number;
}

export interface RiskStep {
  messageId: string;
  before: number;
  after: number;
  reasons: RiskReason[];
}

/** Saturating add: the same trigger moves a calm chat more than one already at 90. */
export function addRisk(risk: number, gain: number): number {
  return Math.min(100, risk + gain * (1 - risk / 110));
}

export function roundRisk(risk: number): number {
  return Math.max(0, Math.min(100, Math.round(risk)));
}
