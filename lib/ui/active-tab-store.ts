import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { create } from 'zustand';
import type { TabView } from '../background/sessions';
import { hasSiteAccess } from '../background/site-access';
import { markViewReceived } from './render-timing';

/**
 * The side panel's view of the active tab: which tab, whether Tact may read it, and the live
 * view the background publishes for it. Follows the agent across tabs and windows.
 */
export type SiteAccess = 'unknown-url' | 'unsupported' | 'not-enabled' | 'enabled';

export interface ActiveTabState {
  tabId: number | null;
  url: string | null;
  access: SiteAccess;
  view: TabView | null;
}

export const useActiveTab = create<ActiveTabState>(() => ({
  tabId: null,
  url: null,
  access: 'unknown-url',
  view: null,
}));

const viewKey = (tabId: number) => `session:tab:${tabId}` as const;

/** Starts following the active tab; returns a teardown. */
export function followActiveTab(): () => void {
  let unwatch: (() => void) | undefined;

  async function select(tabId: number | undefined, url: string | undefined) {
    if (tabId === undefined) return;
    const access = await accessFor(url);
    if (useActiveTab.getState().tabId !== tabId) {
      unwatch?.();
      unwatch = storage.watch<TabView>(viewKey(tabId), (view) => {
        markViewReceived();
        useActiveTab.setState({ view });
      });
    }
    const view = await storage.getItem<TabView>(viewKey(tabId));
    useActiveTab.setState({ tabId, url: url ?? null, access, view });
  }

  // `?tab=<id>` pins the panel to one tab (a popped-out panel; the e2e tests drive it this way).
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;

  async function refresh() {
    if (pinned !== null) {
      const tab = await browser.tabs.get(pinned).catch(() => undefined);
      await select(pinned, tab?.url);
      return;
    }
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    await select(tab?.id, tab?.url);
  }

  const onActivated = () => {
    if (pinned === null) void refresh();
  };
  const onUpdated = (tabId: number, info: { url?: string; status?: string }) => {
    if (tabId === useActiveTab.getState().tabId && (info.url || info.status === 'complete')) void refresh();
  };
  const onPermissions = () => void refresh();
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows?.onFocusChanged.addListener(onActivated);
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  void refresh();
  return () => {
    unwatch?.();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows?.onFocusChanged.removeListener(onActivated);
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  };
}

async function accessFor(url: string | undefined): Promise<SiteAccess> {
  if (!url) return 'unknown-url';
  if (!/^https?:/.test(url)) return 'unsupported';
  return (await hasSiteAccess(url)) ? 'enabled' : 'not-enabled';
}
