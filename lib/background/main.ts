import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { DetectionResult } from '../detect/types';
import { type FeedbackBook, findingKey, recordFeedback, visibleDetection } from '../feedback/trigger-feedback';
import { onMessage, sendMessage } from '../messaging/protocol';
import { triggerLabel } from '../ui/trigger-labels';
import { chatHiddenItem, chatHiddenKey, feedbackBookItem } from './feedback-store';
import { decideNudge, type NudgeMemory, type NudgeSettings } from './nudge-policy';
import { SessionManager, type TabView } from './sessions';
import { injectIntoTab, syncContentScripts } from './site-access';

/** Storage key of a tab's view; the side panel watches it (storage.onChanged is the fast path). */
export const tabViewKey = (tabId: number) => `session:tab:${tabId}` as const;

/** Quiet by default: the page nudge appears only from high risk up, or for a critical trigger. */
const DEFAULT_NUDGE: NudgeSettings = { enabled: true, minLevel: 'high' };

export function startBackground(): SessionManager {
  const sessions = new SessionManager();
  const nudgeMemory = new Map<string, NudgeMemory>();
  let feedback: FeedbackBook = {};
  let hidden: Awaited<ReturnType<typeof chatHiddenItem.getValue>> = {};
  const ready = Promise.all([
    feedbackBookItem.getValue().then((v) => (feedback = v)),
    chatHiddenItem.getValue().then((v) => (hidden = v)),
  ]);
  feedbackBookItem.watch((v) => (feedback = v ?? {}));

  function visible(tabId: number, chatId: string | null, result: DetectionResult | null): DetectionResult | null {
    if (!result || !chatId) return result;
    return visibleDetection(result, feedback, hidden[chatHiddenKey(tabId, chatId)]);
  }

  async function publish(tabId: number, opts: { nudge?: boolean } = {}) {
    const view = sessions.view(tabId);
    if (!view) return;
    view.detection = visible(tabId, view.chatId, view.detection);
    await storage.setItem<TabView>(tabViewKey(tabId), view);
    if (opts.nudge && view.detection && view.chatId) {
      const key = chatHiddenKey(tabId, view.chatId);
      const memory = nudgeMemory.get(key) ?? { level: 'low', nudged: new Set<string>() };
      nudgeMemory.set(key, memory);
      const nudge = decideNudge(view.detection, memory, DEFAULT_NUDGE, triggerLabel);
      if (nudge) void sendMessage('showNudge', nudge, tabId).catch(() => {});
    }
  }

  onMessage('transcriptDelta', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { resync: false };
    await ready;
    const { resync } = sessions.applyDelta(tabId, data);
    if (!resync) await publish(tabId, { nudge: !data.full });
    return { resync };
  });

  onMessage('pageStatus', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    sessions.setStatus(tabId, data);
    await publish(tabId);
  });

  onMessage('enableSite', async ({ data }) => {
    try {
      await syncContentScripts();
      await injectIntoTab(data.tabId);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: `Could not start Tact on ${data.origin}: ${String(error)}` };
    }
  });

  onMessage('triggerFeedback', async ({ data }) => {
    await ready;
    if (data.action === 'helpful' || data.action === 'not_right') {
      feedback = recordFeedback(feedback, data, data.action, Date.now());
      await feedbackBookItem.setValue(feedback);
    } else {
      const key = chatHiddenKey(data.tabId, data.chatId);
      const entry = hidden[key] ?? { dismissed: [], snoozed: [] };
      if (data.action === 'dismiss') entry.dismissed = [...entry.dismissed, findingKey(data)];
      else entry.snoozed = [...entry.snoozed, data.kind];
      hidden = { ...hidden, [key]: entry };
      await chatHiddenItem.setValue(hidden);
    }
    await publish(data.tabId);
    return { ok: true };
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'insert-next-step') {
      const view = await storage.getItem<TabView>(tabViewKey(tab.id));
      const step = view?.detection?.nextSteps.find((s) => s.action !== 'handoff');
      if (step) await sendMessage('insertText', { text: step.text }, tab.id).catch(() => {});
    } else if (command === 'dismiss-nudge') {
      await sendMessage('dismissNudge', undefined, tab.id).catch(() => {});
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    sessions.forgetTab(tabId);
    void storage.removeItem(tabViewKey(tabId));
  });
  browser.permissions.onAdded.addListener(() => void syncContentScripts());
  browser.permissions.onRemoved.addListener(() => void syncContentScripts());

  // Chrome: the toolbar button opens the side panel. Firefox uses sidebar_action instead.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  void syncContentScripts().catch((error) => console.warn('[Tact] could not register content scripts', error));
  return sessions;
}
