import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import type { PlaybookPackInput } from '../playbooks';
import { customRuleNextSteps } from '../settings/custom-rules';
import { watchEffectiveSettings } from '../settings/effective';
import { defaultSettings, type Settings } from '../settings/schema';
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
/** The next steps a team wrote into its custom rules, as one playbook pack. */
function customRulePack(settings: Settings): PlaybookPackInput[] {
  const steps = customRuleNextSteps(settings.customRules);
  return steps.length ? [{ id: 'team-custom-rules', name: 'Team rules', steps }] : [];
}

export function startBackground(): SessionManager {
  let settings: Settings = defaultSettings();
  const sessions = new SessionManager({
    detectorOptions: () => ({
      customRules: settings.customRules,
      sensitivity: settings.sensitivity,
      playbooks: [...settings.playbookPacks, ...customRulePack(settings)],
      vars: settings.agentName ? { agentName: settings.agentName } : {},
    }),
  });
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
    settings: () => settings,
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
  // Settings first: the detector is built with them. A change re-analyses every open chat.
  let settingsLoaded = false;
  ctx.waitFor(
    new Promise<void>((resolve) => {
      watchEffectiveSettings((snapshot) => {
        settings = snapshot.settings;
        if (!settingsLoaded) {
          settingsLoaded = true;
          resolve();
          return;
        }
        for (const tabId of sessions.reanalyzeAll()) void ctx.publish(tabId);
      });
    }),
  );
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
