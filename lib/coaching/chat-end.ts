/**
 * When a chat is over, so its scorecard can be built: the helpdesk marks it closed or solved, the
 * agent closes the tab, says so ("End chat"), or moves to another chat for good (gone longer than
 * a grace period; coming back within it cancels). Each chat ends once, until new messages reopen
 * it. Pure and serialisable: the background feeds it events, keeps `snapshot()` in session
 * storage across service-worker restarts, and calls `due(now)` from an alarm.
 */
export type ChatEndReason = 'closed' | 'tab_closed' | 'manual' | 'switched_away';

export interface ChatEnd {
  chatId: string;
  tabId: number;
  endedAt: number;
  reason: ChatEndReason;
}

export interface ChatEndSnapshot {
  /** The chat each tab shows. */
  current: Record<string, string>;
  /** Chats the agent left, since when, and from which tab. */
  away: Record<string, { tabId: number; since: number }>;
  /** Chats already ended (no second scorecard until they get new messages). */
  ended: string[];
}

export interface ChatEndTracker {
  /** A transcript update for a tab: which chat it shows, whether it brought new messages, closed flag. */
  seen(update: { tabId: number; chatId: string; at: number; newMessages: boolean; closed?: boolean }): ChatEnd[];
  tabClosed(tabId: number, at: number): ChatEnd[];
  manualEnd(tabId: number, chatId: string, at: number): ChatEnd[];
  /** Chats left for longer than the grace period by `now`. */
  due(now: number): ChatEnd[];
  /** The earliest time `due` could return something, for scheduling an alarm; null when nothing waits. */
  nextDueAt(): number | null;
  snapshot(): ChatEndSnapshot;
}

/** Agents flip between chats; ten minutes away without coming back means they moved on. */
export const DEFAULT_SWITCH_AWAY_GRACE_MS = 10 * 60_000;

export function createChatEndTracker(options: { graceMs?: number; restore?: ChatEndSnapshot } = {}): ChatEndTracker {
  const graceMs = options.graceMs ?? DEFAULT_SWITCH_AWAY_GRACE_MS;
  const current = new Map<number, string>(Object.entries(options.restore?.current ?? {}).map(([tab, chat]) => [Number(tab), chat]));
  const away = new Map(Object.entries(options.restore?.away ?? {}));
  const ended = new Set(options.restore?.ended ?? []);

  const isOpenSomewhere = (chatId: string) => [...current.values()].includes(chatId);

  function end(chatId: string, tabId: number, endedAt: number, reason: ChatEndReason): ChatEnd[] {
    away.delete(chatId);
    if (ended.has(chatId)) return [];
    ended.add(chatId);
    return [{ chatId, tabId, endedAt, reason }];
  }

  function leave(tabId: number, chatId: string, at: number) {
    if (!ended.has(chatId) && !isOpenSomewhere(chatId)) away.set(chatId, { tabId, since: at });
  }

  return {
    seen({ tabId, chatId, at, newMessages, closed }) {
      const previous = current.get(tabId);
      current.set(tabId, chatId);
      if (previous && previous !== chatId) leave(tabId, previous, at);
      away.delete(chatId);
      // New messages after an end reopen the chat (a customer writing back to a solved ticket).
      if (newMessages && !closed) ended.delete(chatId);
      return closed ? end(chatId, tabId, at, 'closed') : [];
    },
    tabClosed(tabId, at) {
      const chatId = current.get(tabId);
      current.delete(tabId);
      if (!chatId || isOpenSomewhere(chatId)) return [];
      return end(chatId, tabId, at, 'tab_closed');
    },
    manualEnd(tabId, chatId, at) {
      return end(chatId, tabId, at, 'manual');
    },
    due(now) {
      const out: ChatEnd[] = [];
      for (const [chatId, { tabId, since }] of [...away]) {
        if (now - since >= graceMs) out.push(...end(chatId, tabId, since, 'switched_away'));
      }
      return out;
    },
    nextDueAt() {
      let next: number | null = null;
      for (const { since } of away.values()) next = next === null ? since + graceMs : Math.min(next, since + graceMs);
      return next;
    },
    snapshot() {
      return {
        current: Object.fromEntries([...current].map(([tab, chat]) => [String(tab), chat])),
        away: Object.fromEntries(away),
        ended: [...ended],
      };
    },
  };
}
