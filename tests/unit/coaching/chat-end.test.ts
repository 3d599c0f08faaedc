import { describe, expect, it } from 'vitest';
import { createChatEndTracker } from '../../../lib/coaching/chat-end';

const MIN = 60_000;

describe('end of a chat', () => {
  it('ends when the helpdesk marks it closed, once', () => {
    const t = createChatEndTracker();
    expect(t.seen({ tabId: 1, chatId: 'A', at: 0, newMessages: true })).toEqual([]);
    expect(t.seen({ tabId: 1, chatId: 'A', at: 5 * MIN, newMessages: false, closed: true })).toEqual([
      { chatId: 'A', tabId: 1, endedAt: 5 * MIN, reason: 'closed' },
    ]);
    expect(t.seen({ tabId: 1, chatId: 'A', at: 6 * MIN, newMessages: false, closed: true })).toEqual([]);
  });

  it('a customer writing back reopens it, so it can end again', () => {
    const t = createChatEndTracker();
    t.seen({ tabId: 1, chatId: 'A', at: 0, newMessages: true, closed: true });
    t.seen({ tabId: 1, chatId: 'A', at: MIN, newMessages: true, closed: false });
    expect(t.seen({ tabId: 1, chatId: 'A', at: 2 * MIN, newMessages: false, closed: true })).toHaveLength(1);
  });

  it('moving to another chat ends the first only after the grace period, and coming back cancels', () => {
    const t = createChatEndTracker({ graceMs: 10 * MIN });
    t.seen({ tabId: 1, chatId: 'A', at: 0, newMessages: true });
    t.seen({ tabId: 1, chatId: 'B', at: MIN, newMessages: true });
    expect(t.nextDueAt()).toBe(11 * MIN);
    expect(t.due(5 * MIN)).toEqual([]);
    t.seen({ tabId: 1, chatId: 'A', at: 6 * MIN, newMessages: false }); // back to A: B is now away
    expect(t.due(12 * MIN)).toEqual([]);
    expect(t.due(16 * MIN)).toEqual([{ chatId: 'B', tabId: 1, endedAt: 6 * MIN, reason: 'switched_away' }]);
    expect(t.due(30 * MIN)).toEqual([]);
  });

  it('a chat still open in another tab is not "left"', () => {
    const t = createChatEndTracker({ graceMs: MIN });
    t.seen({ tabId: 1, chatId: 'A', at: 0, newMessages: true });
    t.seen({ tabId: 2, chatId: 'A', at: 0, newMessages: false });
    t.seen({ tabId: 1, chatId: 'B', at: 0, newMessages: true });
    expect(t.due(5 * MIN)).toEqual([]);
    expect(t.tabClosed(2, 6 * MIN)).toEqual([{ chatId: 'A', tabId: 2, endedAt: 6 * MIN, reason: 'tab_closed' }]);
  });

  it('"End chat" ends it at once, and the state survives a worker restart', () => {
    const t = createChatEndTracker({ graceMs: MIN });
    t.seen({ tabId: 1, chatId: 'A', at: 0, newMessages: true });
    t.seen({ tabId: 1, chatId: 'B', at: 0, newMessages: true });
    expect(t.manualEnd(1, 'B', 30_000)).toEqual([{ chatId: 'B', tabId: 1, endedAt: 30_000, reason: 'manual' }]);
    const restored = createChatEndTracker({ graceMs: MIN, restore: JSON.parse(JSON.stringify(t.snapshot())) });
    expect(restored.due(2 * MIN)).toEqual([{ chatId: 'A', tabId: 1, endedAt: 0, reason: 'switched_away' }]);
    expect(restored.manualEnd(1, 'B', 3 * MIN)).toEqual([]);
  });
});
