import { describe, expect, it } from 'vitest';
import { toRecord } from '../../../lib/coaching/record';
import { buildScorecard } from '../../../lib/coaching/scorecard';
import { buildTeamExport } from '../../../lib/coaching/team-export';
import { loadChat } from './fixtures';
import { parseCsv } from './parse-csv';

const T = Date.UTC(2026, 10, 2);
const records = [
  toRecord(buildScorecard({ ...loadChat('escalates-well'), chatId: 'billing-1', endedAt: T })),
  toRecord(buildScorecard({ ...loadChat('bare-no'), chatId: 'refund-2', endedAt: T + 1000 })),
  toRecord(buildScorecard({ ...loadChat('recovers'), chatId: 'damage-3', endedAt: T + 2000 })),
];

describe('team-lead export', () => {
  it('is refused while the agent has not opted in and no policy enables it', () => {
    const result = buildTeamExport(records, { agentOptedIn: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('Coaching stays private');
  });

  it('a managed policy decides, either way', () => {
    expect(buildTeamExport(records, { agentOptedIn: false, policyEnabled: true }).ok).toBe(true);
    expect(buildTeamExport(records, { agentOptedIn: true, policyEnabled: false }).ok).toBe(false);
  });

  it('lists only escalated chats with root cause, trigger, time to escalate and outcome', () => {
    const result = buildTeamExport(records, { agentOptedIn: true, agent: 'sam', now: () => T });
    if (!result.ok) throw new Error(result.reason);
    expect(result.escalations).toEqual([
      {
        chatId: 'billing-1',
        endedAt: new Date(T).toISOString(),
        rootCause: "Refund of a duplicate charge above the agent's limit",
        trigger: 'repeated_escalation_request',
        timeToEscalateSec: 30,
        agentRepliesBefore: 0,
        timely: true,
        outcome: 'still tense at close',
      },
    ]);
    const json = JSON.parse(result.json);
    expect(json.purpose).toContain('Not a performance ranking');
    expect(json.agent).toBe('sam');
    // Root causes are counted; agents are not ranked or counted anywhere.
    expect(json.rootCauses).toEqual([{ rootCause: "Refund of a duplicate charge above the agent's limit", chats: 1 }]);
    expect(Object.keys(json).sort()).toEqual(['agent', 'escalations', 'exportedAt', 'format', 'purpose', 'rootCauses', 'version']);
    expect(Object.keys(json.escalations[0]).sort()).toEqual([
      'agentRepliesBefore',
      'chatId',
      'endedAt',
      'outcome',
      'rootCause',
      'timeToEscalateSec',
      'timely',
      'trigger',
    ]);
    const csv = parseCsv(result.csv);
    expect(csv[0]).toEqual([
      'chat_id',
      'ended_at',
      'root_cause',
      'trigger',
      'time_to_escalate_s',
      'agent_replies_before',
      'timely',
      'outcome',
    ]);
    expect(csv[1]?.[2]).toBe("Refund of a duplicate charge above the agent's limit");
  });

  it('derives the root cause from the findings when the handoff gave no reason', () => {
    const noReason = toRecord(buildScorecard({ ...loadChat('escalates-well'), escalated: undefined, chatId: 'c', endedAt: T }));
    const result = buildTeamExport([noReason], { agentOptedIn: true });
    if (!result.ok) throw new Error(result.reason);
    // Escalated through the agent's offer of a supervisor, after the customer insisted.
    expect(result.escalations[0]?.rootCause).toBe('Customer: Asked for a manager again');
  });
});
