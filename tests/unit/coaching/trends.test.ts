import { describe, expect, it } from 'vitest';
import { toRecord } from '../../../lib/coaching/record';
import { buildScorecard } from '../../../lib/coaching/scorecard';
import { categoryTrends, commonTriggers, feedbackSummary } from '../../../lib/coaching/trends';
import type { CoachingRecord, TriggerFeedbackNote } from '../../../lib/coaching/types';
import { loadChat } from './fixtures';

const DAY = 86_400_000;
const T = Date.UTC(2026, 9, 1);

function chat(name: 'recovers' | 'escalates-well' | 'bare-no', day: number, feedback: TriggerFeedbackNote[] = []): CoachingRecord {
  return toRecord(buildScorecard({ ...loadChat(name), chatId: `${name}-${day}`, endedAt: T + day * DAY }), feedback);
}

describe('trends', () => {
  it('an agent who moved from bare no\'s to explained answers shows "improving" on those categories', () => {
    const records = [...[0, 1, 2, 3].map((d) => chat('bare-no', d)), ...[4, 5, 6, 7].map((d) => chat('recovers', d))].reverse(); // history lists newest first; trends must not depend on it
    const trends = new Map(categoryTrends(records).map((t) => [t.category, t]));
    const refusals = trends.get('no_bare_refusals');
    expect(refusals?.points.map((p) => p.score)).toEqual([50, 50, 50, 50, 100, 100, 100, 100]);
    expect(refusals?.points[0]?.chatId).toBe('bare-no-0');
    expect(refusals).toMatchObject({ direction: 'improving', change: 50, average: 75 });
    expect(trends.get('apology')).toMatchObject({ direction: 'improving', change: 100 });
    // Manager access applied only in the bare-no chats: those points alone, no trend to claim.
    expect(trends.get('manager_access')?.points).toHaveLength(4);
    expect(trends.get('manager_access')?.direction).toBe('steady');
  });

  it('says there is not enough data with fewer than four scored chats', () => {
    const trends = categoryTrends([chat('bare-no', 0), chat('recovers', 1)]);
    expect(trends.find((t) => t.category === 'apology')).toMatchObject({ direction: 'not enough data', change: null, average: 50 });
    expect(trends.find((t) => t.category === 'escalation')?.points).toHaveLength(1);
  });

  it('ranks the most common triggers by how many chats they came up in', () => {
    const top = commonTriggers([chat('bare-no', 0), chat('bare-no', 1), chat('recovers', 2), chat('escalates-well', 3)], 3);
    expect(top).toEqual([
      { kind: 'frustration', chats: 3, occurrences: 6 },
      { kind: 'escalation_request', chats: 3, occurrences: 3 },
      { kind: 'repeat_contact', chats: 3, occurrences: 3 },
    ]);
  });

  it("adds up the agent's feedback on triggers", () => {
    const records = [
      chat('bare-no', 0, [
        { kind: 'frustration', verdict: 'helpful' },
        { kind: 'agent_hedging', verdict: 'not_right' },
      ]),
      chat('recovers', 1, [
        { kind: 'frustration', verdict: 'not_right' },
        { kind: 'frustration', verdict: 'helpful' },
      ]),
    ];
    expect(feedbackSummary(records)).toEqual([
      { kind: 'frustration', helpful: 2, notRight: 1 },
      { kind: 'agent_hedging', helpful: 0, notRight: 1 },
    ]);
  });
});
