import type { DetectionResult, RiskLevel, Trigger, TriggerKind } from '../detect/types';

/**
 * When the on-page nudge appears: risk crossing up into the configured level (or above), or a new
 * critical trigger. Quiet by default: elevated risk alone never nudges, and the same trigger never
 * nudges twice in a chat.
 */
export const LEVEL_ORDER: Record<RiskLevel, number> = { low: 0, elevated: 1, high: 2, critical: 3 };

/** Triggers that always deserve the agent's eyes at once. */
export const CRITICAL_KINDS: ReadonlySet<TriggerKind> = new Set<TriggerKind>([
  'threat_violence',
  'threat_legal',
  'threat_regulator',
  'repeated_escalation_request',
  'agent_denies_escalation',
]);

export interface NudgeSettings {
  enabled: boolean;
  minLevel: RiskLevel;
}

export interface Nudge {
  level: RiskLevel;
  risk: number;
  title: string;
  trigger: TriggerKind;
  stepText: string | null;
  /** Identifies the finding that caused the nudge (dismissed nudges are not shown again). */
  key: string;
}

export interface NudgeMemory {
  level: RiskLevel;
  nudged: Set<string>;
}

export function decideNudge(
  result: DetectionResult,
  memory: NudgeMemory,
  settings: NudgeSettings,
  describe: (kind: TriggerKind) => string,
): Nudge | null {
  const previous = memory.level;
  memory.level = result.level;
  if (!settings.enabled) return null;
  const fresh = result.triggers.filter((t) => !memory.nudged.has(`${t.kind}|${t.messageId}`));
  const critical = fresh.find((t) => CRITICAL_KINDS.has(t.kind));
  const crossed = LEVEL_ORDER[result.level] > LEVEL_ORDER[previous] && LEVEL_ORDER[result.level] >= LEVEL_ORDER[settings.minLevel];
  const cause: Trigger | undefined = critical ?? (crossed ? (fresh.at(-1) ?? result.triggers.at(-1)) : undefined);
  if (!cause) return null;
  for (const t of result.triggers) memory.nudged.add(`${t.kind}|${t.messageId}`);
  const step = result.nextSteps.find((s) => s.trigger === cause.kind && s.action !== 'handoff') ?? null;
  return {
    level: result.level,
    risk: result.risk,
    title: describe(cause.kind),
    trigger: cause.kind,
    stepText: step?.text ?? null,
    key: `${cause.kind}|${cause.messageId}`,
  };
}
