// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import type { TabView } from '../../../lib/background/sessions';
import { useActiveTab } from '../../../lib/ui/active-tab-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = createRoot(host);
  await act(async () => root.render(<SidePanelApp />));
  // Let the async tab lookup and storage reads settle.
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  return { host, unmount: () => act(async () => root.unmount()) };
}

describe('side panel before a chat is live', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useActiveTab.setState({ tabId: null, url: null, access: 'unknown-url', view: null });
    // Gaps in WXT's fake browser (STACK.md): permission events are not implemented.
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
      vi.spyOn(event, 'addListener').mockImplementation(() => {});
      vi.spyOn(event, 'removeListener').mockImplementation(() => {});
    }
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12, url: 'https://acme.zendesk.com/agent/tickets/9' }] as never);
  });

  it('offers to enable Tact on a helpdesk it may not read yet, and asks for just that origin', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const { host, unmount } = await render();
    expect(host.querySelector('[data-testid="state-not-enabled"] h2')?.textContent).toBe('Tact is off on acme.zendesk.com');
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Enable Tact on this site');
    await act(async () => button?.click());
    expect(request).toHaveBeenCalledWith({ origins: ['https://acme.zendesk.com/*'] });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Permission was not granted');
    await unmount();
  });

  it('shows the live transcript the background published for the tab', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const view: TabView = {
      tabId: 12,
      status: 'live',
      url: 'https://acme.zendesk.com/agent/tickets/9',
      adapter: 'zendesk',
      confidence: 'high',
      chatId: '9',
      messageCount: 2,
      recent: [
        { id: 'a', role: 'customer', text: 'My parcel never arrived' },
        { id: 'b', role: 'agent', text: "I'm sorry, let me check" },
      ],
      detection: { id: '9', risk: 12, level: 'low', triggers: [], cues: [], nextSteps: [] },
      riskHistory: [10, 12],
      publishedAt: 1,
    };
    await fakeBrowser.storage.session.set({ 'tab:12': view });
    const { host, unmount } = await render();
    expect(host.querySelector('[data-testid="message-count"]')?.textContent).toBe('2');
    const items = [...host.querySelectorAll('[data-testid="recent-messages"] li')].map((li) => li.getAttribute('data-role'));
    expect(items).toEqual(['customer', 'agent']);
    await unmount();
  });
});
