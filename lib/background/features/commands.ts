import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';
import type { BackgroundFeature } from '../context';
import type { TabView } from '../sessions';
import { tabViewKey } from '../view-key';

/** Keyboard commands (manifest `commands`; the agent can rebind them in the browser). */
export const commandsFeature: BackgroundFeature = () => {
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'insert-next-step') {
      const view = await storage.getItem<TabView>(tabViewKey(tab.id));
      const step = view?.detection?.nextSteps.find((s) => s.action !== 'handoff');
      if (step) await sendMessage('insertText', { text: step.text }, tab.id).catch(() => {});
    } else if (command === 'dismiss-nudge') {
      await sendMessage('dismissNudge', undefined, tab.id).catch(() => {});
    } else if (command === 'open-handoff') {
      // The side panel watches this key and opens the handoff card for that tab.
      await storage.setItem('session:ui-request', { tabId: tab.id, action: 'open-handoff', at: Date.now() });
      const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
      await sidePanel?.open({ tabId: tab.id }).catch(() => {});
    }
  });
};
