import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import type { BackgroundContext, TranscriptListener, ViewDecorator } from './context';
import { backgroundFeatures } from './features';
import { SessionManager, type TabView } from './sessions';
import { injectIntoTab, syncContentScripts } from './site-access';
import { tabViewKey } from './view-key';

export { tabViewKey };

/**
 * The background: owns the chat sessions of every tab, applies the content scripts' transcript
 * deltas, runs the detector and publishes each tab's view to session storage.
 */
export function startBackground(): SessionManager {
  const sessions = new SessionManager();
  const decorators: ViewDecorator[] = [];
  const listeners: TranscriptListener[] = [];
  const loading: Promise<unknown>[] = [];
  let ready: Promise<unknown> = Promise.resolve();

  async function buildView(tabId: number): Promise<TabView | null> {
    let view = sessions.view(tabId);
    if (!view) return null;
    const session = sessions.current(tabId);
    for (const decorate of decorators) view = await decorate(view, session);
    return view;
  }

  const ctx: BackgroundContext = {
    sessions,
    async publish(tabId) {
      const view = await buildView(tabId);
      if (view) await storage.setItem<TabView>(tabViewKey(tabId), view);
    },
    decorateView: (d) => decorators.push(d),
    onTranscriptChange: (l) => listeners.push(l),
    get ready() {
      return ready;
    },
    waitFor(promise) {
      loading.push(promise.catch((error) => console.warn('[Tact] a feature could not load its state', error)));
      ready = Promise.all(loading);
    },
  };
  for (const feature of backgroundFeatures) feature(ctx);

  onMessage('transcriptDelta', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { resync: false };
    await ctx.ready;
    const { resync, session } = sessions.applyDelta(tabId, data);
    if (resync || !session) return { resync: true };
    const view = await buildView(tabId);
    if (view) {
      await storage.setItem<TabView>(tabViewKey(tabId), view);
      for (const listener of listeners) void Promise.resolve(listener(tabId, view, session, { full: data.full })).catch(console.warn);
    }
    return { resync: false };
  });

  onMessage('pageStatus', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    sessions.setStatus(tabId, data);
    await ctx.publish(tabId);
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
