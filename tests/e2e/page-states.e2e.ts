import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, newPageWithTabId, openSidePanel, type TactBrowser } from './harness';

/** What the side panel says before there is a chat to follow. */
describe('side panel states without a chat', () => {
  let tact: TactBrowser;
  beforeAll(async () => {
    tact = await launchTact();
  });
  afterAll(async () => tact?.close());

  it('says "No chat found on this page" on an enabled page without a conversation', async () => {
    const page = await tact.context.newPage();
    await page.goto(`${tact.server.url}no-chat.html`);
    const panel = await openSidePanel(tact, page);
    await panel.waitForSelector('[data-testid="state-no-chat"]');
    expect(await panel.textContent('[data-testid="state-no-chat"] h2')).toBe('No chat found on this page');
  });

  it('tells the agent how to enable Tact on a site it may not read yet', async () => {
    // Without host access (and before the toolbar click grants activeTab) the extension cannot
    // even see the tab's address: the panel explains the one click that enables it.
    const { page, tabId } = await newPageWithTabId(tact);
    await page.goto(`http://other.tact.test:${tact.server.port}/`);
    const panel = await openSidePanel(tact, page, tabId);
    await panel.waitForSelector('[data-testid="state-unknown"]');
    expect(await panel.textContent('[data-testid="state-unknown"]')).toContain('Click the Tact button in the toolbar');
    // And Tact really is not running there: no transcript was published for that tab.
    const view = await tact.worker.evaluate(async (id) => (globalThis as any).chrome.storage.session.get(`tab:${id}`), tabId);
    expect(view).toEqual({});
  });
});
