import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import { SessionManager, type TabView } from './sessions';
import { injectIntoTab, syncContentScripts } from './site-access';

/** Storage key of a tab's view; the side panel watches it (storage.onChanged is the fast path). */
export const tabViewKey = (tabId: number) => `session:tab:${tabId}` as const;

export function startBackground(): SessionManager {
  const sessions = new SessionManager();

  async function publish(tabId: number) {
    const view = sessions.view(tabId);
    if (view) await storage.setItem<TabView>(tabViewKey(tabId), view);
  }

  onMessage('transcriptDelta', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { resync: false };
    const { resync } = sessions.applyDelta(tabId, data);
    if (!resync) await publish(tabId);
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
