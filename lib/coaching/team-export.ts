import { levelFor } from '../detect/risk';
import { triggerLabel } from '../ui/trigger-labels';
import { toCsv } from './csv';
import type { CoachingRecord } from './types';

/**
 * The team-lead export: the agent's escalations with root cause, trigger, time to escalate and
 * outcome, for reviews of root causes. Only when sharing is on (the agent opted in, or a managed
 * policy enables it). Deliberately no counts per agent and no ordering by escalation count: an
 * escalation done well is a good outcome and must not read as a mark against the agent.
 */
export interface TeamExportOptions {
  /** settings.coaching.shareWithLead as the agent set it. */
  agentOptedIn: boolean;
  /** The same flag when set by a managed (enterprise) policy; undefined when no policy sets it. */
  policyEnabled?: boolean;
  /** How the agent appears in the export (name or handle the agent chose); omitted when absent. */
  agent?: string;
  now?: () => number;
}

export interface EscalationRow {
  chatId: string;
  endedAt: string;
  rootCause: string;
  trigger: string | null;
  timeToEscalateSec: number | null;
  agentRepliesBefore: number | null;
  timely: boolean | null;
  outcome: 'calmed down' | 'still tense at close';
}

export type TeamExport =
  | { ok: false; reason: string }
  | { ok: true; escalations: EscalationRow[]; rootCauses: { rootCause: string; chats: number }[]; json: string; csv: string };

const AGENT_SIDE = ['agent_bare_refusal', 'agent_denies_escalation', 'agent_blame', 'agent_hedging', 'missing_apology'];

/** The stated reason when the handoff had one; else what the findings point to. */
export function rootCauseOf(record: CoachingRecord): string {
  if (record.escalation.reason?.trim()) return record.escalation.reason.trim();
  const agentSide = record.triggers.filter((t) => AGENT_SIDE.includes(t.kind)).map((t) => triggerLabel(t.kind));
  if (agentSide.length) return `Agent response: ${agentSide.join(', ')}`;
  if (record.escalation.trigger) return `Customer: ${triggerLabel(record.escalation.trigger)}`;
  return 'Not stated';
}

export function buildTeamExport(records: CoachingRecord[], options: TeamExportOptions): TeamExport {
  const sharing = options.policyEnabled ?? options.agentOptedIn;
  if (!sharing) {
    return {
      ok: false,
      reason:
        'Sharing with your team lead is off. Coaching stays private unless you turn on "Share escalation records with my team lead" in settings.',
    };
  }
  const escalated = records.filter((r) => r.escalation.escalatedAt !== null).sort((a, b) => a.endedAt - b.endedAt);
  const escalations: EscalationRow[] = escalated.map((r) => ({
    chatId: r.chatId,
    endedAt: new Date(r.endedAt).toISOString(),
    rootCause: rootCauseOf(r),
    trigger: r.escalation.trigger,
    timeToEscalateSec: r.escalation.timeToEscalateMs === null ? null : Math.round(r.escalation.timeToEscalateMs / 1000),
    agentRepliesBefore: r.escalation.agentRepliesBefore,
    timely: r.escalation.timely,
    outcome: levelFor(r.finalRisk) === 'low' || levelFor(r.finalRisk) === 'elevated' ? 'calmed down' : 'still tense at close',
  }));
  const counts = new Map<string, number>();
  for (const e of escalations) counts.set(e.rootCause, (counts.get(e.rootCause) ?? 0) + 1);
  const rootCauses = [...counts]
    .map(([rootCause, chats]) => ({ rootCause, chats }))
    .sort((a, b) => b.chats - a.chats || a.rootCause.localeCompare(b.rootCause));
  const json = JSON.stringify(
    {
      format: 'tact-escalation-review',
      version: 1,
      exportedAt: new Date((options.now ?? Date.now)()).toISOString(),
      ...(options.agent ? { agent: options.agent } : {}),
      purpose: 'Root-cause review of escalations. Not a performance ranking: a timely escalation is a good outcome.',
      rootCauses,
      escalations,
    },
    null,
    2,
  );
  const csv = toCsv(
    ['chat_id', 'ended_at', 'root_cause', 'trigger', 'time_to_escalate_s', 'agent_replies_before', 'timely', 'outcome'],
    escalations.map((e) => [e.chatId, e.endedAt, e.rootCause, e.trigger, e.timeToEscalateSec, e.agentRepliesBefore, e.timely, e.outcome]),
  );
  return { ok: true, escalations, rootCauses, json, csv };
}
