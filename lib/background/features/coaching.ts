import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import {
  type ChatEnd,
  type ChatEndSnapshot,
  type CoachingHistory,
  createChatEndTracker,
  feedbackNotes,
  finishChat,
  openHistory,
} from '../../coaching';
import type { Scorecard } from '../../coaching/types';
import { onMessage } from '../../messaging/protocol';
import { transcriptMessages } from '../../transcript/transcript';
import type { BackgroundFeature } from '../context';
import { chatHiddenKey } from '../feedback-store';
import type { ChatSession } from '../sessions';
import { chatFeedbackNotes } from './trigger-feedback';

const trackerItem = storage.defineItem<ChatEndSnapshot | null>('session:chat-end-tracker', { fallback: null });
const endedItem = storage.defineItem<Record<string, Scorecard & { id: string }>>('session:chat-scorecards', { fallback: {} });

/**
 * Post-chat coaching: notices when a chat ends (the helpdesk closed it, the tab closed, "End
 * chat", or the agent left it for good), scores it from the same transcript and findings, keeps
 * the record on the device (IndexedDB) and shows the scorecard in the side panel.
 */
export const coachingFeature: BackgroundFeature = (ctx) => {
  let tracker = createChatEndTracker();
  let history: CoachingHistory | null = null;
  let scorecards: Record<string, Scorecard & { id: string }> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  ctx.waitFor(
    Promise.all([trackerItem.getValue(), endedItem.getValue()]).then(([snapshot, ended]) => {
      if (snapshot) tracker = createChatEndTracker({ restore: snapshot });
      scorecards = ended;
    }),
  );

  async function openStore(): Promise<CoachingHistory> {
    const { coaching } = ctx.settings();
    if (!history) history = await openHistory({ retention: { maxRecords: coaching.maxRecords, maxDays: coaching.retentionDays } });
    return history;
  }

  async function finish(ends: ChatEnd[], sessionFor: (end: ChatEnd) => ChatSession | undefined) {
    for (const end of ends) {
      const session = sessionFor(end);
      if (!session?.transcript.order.length) continue;
      const key = chatHiddenKey(end.tabId, end.chatId);
      try {
        const { record } = await finishChat(await openStore(), {
          chatId: end.chatId,
          messages: transcriptMessages(session.transcript),
          detection: session.detector.result(),
          riskHistory: session.detector.riskHistory(),
          endedAt: end.endedAt,
          escalated: session.escalation,
          feedback: feedbackNotes(chatFeedbackNotes.get(key) ?? []),
        });
        scorecards = { ...scorecards, [key]: record };
        await endedItem.setValue(scorecards);
      } catch (error) {
        console.warn('[Tact] could not save the coaching record', error);
      }
      await ctx.publish(end.tabId);
    }
    await trackerItem.setValue(tracker.snapshot());
    scheduleDue();
  }

  function scheduleDue() {
    if (timer) clearTimeout(timer);
    const next = tracker.nextDueAt();
    if (next === null) return;
    // No alarms permission: a timer while the worker lives, and a check on every event after.
    timer = setTimeout(
      () => void finish(tracker.due(Date.now()), (end) => ctx.sessions.session(end.tabId, end.chatId)),
      Math.max(0, next - Date.now()),
    );
  }

  ctx.decorateView((view) => {
    if (!view.chatId) return view;
    const card = scorecards[chatHiddenKey(view.tabId, view.chatId)];
    return card ? { ...view, coaching: card } : view;
  });

  ctx.onTranscriptChange(async (tabId, _view, session, change) => {
    const ends = [
      ...tracker.due(Date.now()),
      ...tracker.seen({ tabId, chatId: session.chatId, at: Date.now(), newMessages: !change.full, closed: session.closed }),
    ];
    await finish(ends, (end) => ctx.sessions.session(end.tabId, end.chatId));
  });

  onMessage('endChat', async ({ data }) => {
    const session = ctx.sessions.session(data.tabId, data.chatId);
    if (!session) return { ok: false, error: 'This chat is no longer open in Tact.' };
    await finish(tracker.manualEnd(data.tabId, data.chatId, Date.now()), () => session);
    const card = scorecards[chatHiddenKey(data.tabId, data.chatId)];
    return card
      ? { ok: true, recordId: card.id }
      : { ok: false, error: 'The chat could not be scored; your coaching history may be unavailable.' };
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    // Sessions of the tab are still in memory here: features run before the core forgets them.
    const sessions = new Map<string, ChatSession>();
    const ends = tracker.tabClosed(tabId, Date.now());
    for (const end of ends) {
      const s = ctx.sessions.session(end.tabId, end.chatId);
      if (s) sessions.set(end.chatId, s);
    }
    void finish(ends, (end) => sessions.get(end.chatId));
  });
};
