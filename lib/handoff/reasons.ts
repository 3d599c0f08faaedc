import * as v from 'valibot';
import type { RiskLevel, Trigger, TriggerKind } from '../detect/types';

/**
 * The root causes a handoff is filed under (used for escalation reviews), and which detector
 * triggers suggest each. Data, validated on load; the first matching entry (highest `rank`) wins.
 */
export const HANDOFF_REASONS = ['customer_insisted', 'threat', 'beyond_authority', 'policy_exception', 'technical', 'abuse'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];
export const PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type HandoffPriority = (typeof PRIORITIES)[number];

const ReasonRuleSchema = v.object({
  reason: v.picklist(HANDOFF_REASONS),
  label: v.pipe(v.string(), v.minLength(1)),
  /** Higher wins when several reasons match. */
  rank: v.number(),
  triggers: v.array(v.string()),
  /** The priority this reason starts at; the risk level can raise it. */
  priority: v.picklist(PRIORITIES),
});
export type ReasonRule = v.InferOutput<typeof ReasonRuleSchema>;

export const REASON_RULES: readonly ReasonRule[] = v.parse(v.array(ReasonRuleSchema), [
  { reason: 'threat', label: 'Threat (violence)', rank: 100, triggers: ['threat_violence'], priority: 'urgent' },
  { reason: 'abuse', label: 'Abuse', rank: 90, triggers: ['abuse'], priority: 'high' },
  {
    reason: 'threat',
    label: 'Threat (legal, regulator, chargeback, public)',
    rank: 80,
    triggers: ['threat_legal', 'threat_regulator', 'threat_chargeback', 'threat_public'],
    priority: 'high',
  },
  {
    reason: 'customer_insisted',
    label: 'Customer insisted',
    rank: 50,
    triggers: ['repeated_escalation_request', 'escalation_request', 'agent_denies_escalation'],
    priority: 'normal',
  },
  { reason: 'policy_exception', label: 'Policy exception', rank: 30, triggers: ['threat_churn', 'repeat_contact'], priority: 'normal' },
  { reason: 'beyond_authority', label: "Beyond the agent's authority", rank: 10, triggers: [], priority: 'normal' },
] satisfies ReasonRule[]);

export const REASON_LABELS: Record<HandoffReason, string> = {
  customer_insisted: 'Customer insisted',
  threat: 'Threat',
  beyond_authority: "Beyond the agent's authority",
  policy_exception: 'Policy exception',
  technical: 'Technical',
  abuse: 'Abuse',
};

export const PRIORITY_LABELS: Record<HandoffPriority, string> = { normal: 'Normal', high: 'High', urgent: 'Urgent' };

const LEVEL_PRIORITY: Record<RiskLevel, HandoffPriority> = { low: 'normal', elevated: 'normal', high: 'high', critical: 'urgent' };
const PRIORITY_ORDER: Record<HandoffPriority, number> = { normal: 0, high: 1, urgent: 2 };

function maxPriority(a: HandoffPriority, b: HandoffPriority): HandoffPriority {
  return PRIORITY_ORDER[a] >= PRIORITY_ORDER[b] ? a : b;
}

export interface ReasonSuggestion {
  reason: HandoffReason;
  priority: HandoffPriority;
  /** The trigger kinds that led to the suggestion (shown as "because …"). */
  because: TriggerKind[];
}

/** A starting reason and priority from the detector's triggers and risk level; the agent can change both. */
export function suggestReason(triggers: readonly Pick<Trigger, 'kind' | 'count'>[], level: RiskLevel = 'low'): ReasonSuggestion {
  const kinds = new Set(triggers.map((t) => t.kind));
  const ordered = [...REASON_RULES].sort((a, b) => b.rank - a.rank);
  const rule = ordered.find((r) => r.triggers.some((k) => kinds.has(k as TriggerKind))) ?? ordered[ordered.length - 1];
  const because = rule ? (rule.triggers.filter((k) => kinds.has(k as TriggerKind)) as TriggerKind[]) : [];
  let priority = maxPriority(rule?.priority ?? 'normal', LEVEL_PRIORITY[level]);
  // A customer who has asked three times or more is not "normal" any more.
  const repeats = Math.max(0, ...triggers.filter((t) => t.kind === 'repeated_escalation_request').map((t) => t.count ?? 0));
  if (repeats >= 3) priority = maxPriority(priority, 'high');
  return { reason: rule?.reason ?? 'beyond_authority', priority, because };
}
