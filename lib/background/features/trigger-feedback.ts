import { type FeedbackBook, findingKey, recordFeedback, visibleDetection } from '../../feedback/trigger-feedback';
import { onMessage } from '../../messaging/protocol';
import type { BackgroundFeature } from '../context';
import { chatHiddenItem, chatHiddenKey, feedbackBookItem } from '../feedback-store';

/** The agent's "helpful" / "not right" per chat (`tab:chat`), for that chat's coaching record. */
export const chatFeedbackNotes = new Map<string, Array<{ kind: import('../../detect/types').TriggerKind; action: string }>>();

/** "Helpful" / "not right" / dismiss / snooze on a finding, and the view without what was hidden. */
export const triggerFeedbackFeature: BackgroundFeature = (ctx) => {
  let book: FeedbackBook = {};
  let hidden: Awaited<ReturnType<typeof chatHiddenItem.getValue>> = {};
  ctx.waitFor(feedbackBookItem.getValue().then((v) => (book = v)));
  ctx.waitFor(chatHiddenItem.getValue().then((v) => (hidden = v)));
  feedbackBookItem.watch((v) => (book = v ?? {}));

  ctx.decorateView((view) => {
    if (!view.detection || !view.chatId) return view;
    return { ...view, detection: visibleDetection(view.detection, book, hidden[chatHiddenKey(view.tabId, view.chatId)]) };
  });

  onMessage('triggerFeedback', async ({ data }) => {
    await ctx.ready;
    const notesKey = chatHiddenKey(data.tabId, data.chatId);
    chatFeedbackNotes.set(notesKey, [...(chatFeedbackNotes.get(notesKey) ?? []), { kind: data.kind, action: data.action }]);
    if (data.action === 'helpful' || data.action === 'not_right') {
      book = recordFeedback(book, data, data.action, Date.now());
      await feedbackBookItem.setValue(book);
    } else {
      const key = chatHiddenKey(data.tabId, data.chatId);
      const entry = hidden[key] ?? { dismissed: [], snoozed: [] };
      const next =
        data.action === 'dismiss'
          ? { ...entry, dismissed: [...entry.dismissed, findingKey(data)] }
          : { ...entry, snoozed: [...entry.snoozed, data.kind] };
      hidden = { ...hidden, [key]: next };
      await chatHiddenItem.setValue(hidden);
    }
    await ctx.publish(data.tabId);
    return { ok: true };
  });
};
