import { storage } from '@wxt-dev/storage';
import { onMessage } from '../../messaging/protocol';
import type { BackgroundFeature } from '../context';

/** The agent's answers to "Is this the conversation?", per host, kept on the device. */
export const conversationAnswersItem = storage.defineItem<Record<string, 'yes' | 'no'>>('local:conversation-answers', {
  fallback: {},
  version: 1,
});

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * A low-confidence reading (the generic adapter guessing) asks the agent once per site instead of
 * guessing silently; "no" withholds the findings until the page is taught.
 */
export const conversationCheckFeature: BackgroundFeature = (ctx) => {
  let answers: Record<string, 'yes' | 'no'> = {};
  ctx.waitFor(conversationAnswersItem.getValue().then((v) => (answers = v)));
  conversationAnswersItem.watch((v) => (answers = v ?? {}));

  ctx.decorateView((view) => {
    if (view.confidence !== 'low') return view;
    const answer = answers[hostOf(view.url)];
    if (answer === 'yes') return { ...view, confirmed: true };
    if (answer === 'no') return { ...view, rejected: true, detection: null };
    return view;
  });

  onMessage('confirmConversation', async ({ data }) => {
    const view = ctx.sessions.view(data.tabId);
    if (!view) return { ok: false };
    answers = { ...answers, [hostOf(view.url)]: data.answer };
    await conversationAnswersItem.setValue(answers);
    await ctx.publish(data.tabId);
    return { ok: true };
  });
};
