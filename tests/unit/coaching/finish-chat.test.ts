import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { feedbackNotes, finishChat } from '../../../lib/coaching/finish-chat';
import { openHistory } from '../../../lib/coaching/history';
import { loadChat } from './fixtures';

describe('finishing a chat', () => {
  it("scores it, keeps the agent's verdicts on triggers (not dismiss/snooze) and saves it", async () => {
    const history = await openHistory({ dbName: 'finish-chat-test' });
    const chat = loadChat('escalates-well');
    const feedback = feedbackNotes([
      { kind: 'threat_chargeback', action: 'helpful' },
      { kind: 'escalation_request', action: 'dismiss' },
      { kind: 'frustration', action: 'not_right' },
    ]);
    const endedAt = Date.now();
    const { record, saved } = await finishChat(history, { ...chat, endedAt, feedback });
    expect(saved).toEqual({ saved: true, pruned: 0 });
    expect(record.id).toBe(`chat-escalates-well@${endedAt}`);
    const { records } = await history.list();
    expect(records).toHaveLength(1);
    expect(records[0]?.feedback).toEqual([
      { kind: 'threat_chargeback', verdict: 'helpful' },
      { kind: 'frustration', verdict: 'not_right' },
    ]);
    expect(records[0]?.categories.find((c) => c.category === 'escalation')?.verdict).toBe('good');
    history.close();
  });
});
