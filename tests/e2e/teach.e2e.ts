import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, openSidePanel, type TactBrowser } from './harness';

/** "Teach Tact this page" on a page the generic reader cannot make sense of, then a reload. */
describe('teach Tact a page', () => {
  let tact: TactBrowser;
  beforeAll(async () => {
    tact = await launchTact();
  });
  afterAll(async () => tact?.close());

  const roles = (panel: import('playwright-core').Page) =>
    panel.$$eval('[data-testid="recent-messages"] li', (items) => items.map((li) => li.getAttribute('data-role')));

  it('asks first, learns from two clicks, and reads the page right after a reload', async () => {
    const page = await tact.context.newPage();
    await page.goto(`${tact.server.url}unreadable.html`);
    const panel = await openSidePanel(tact, page);
    // The generic reader guesses (every line "customer") and says it is not sure.
    await panel.waitForSelector('[data-testid="notice-confirm"]');
    // The notice and the message list can arrive in separate renders: wait for the lines themselves.
    await panel.waitForSelector('[data-testid="recent-messages"] li');
    expect(new Set(await roles(panel))).toEqual(new Set(['customer']));

    await panel.getByRole('button', { name: 'Teach Tact this page' }).click();
    await page.waitForSelector('tact-picker', { state: 'attached' });
    await page.click('text=Hello, my order 5531 never arrived');
    await page.click('text=Sorry to hear that, let me check the courier');
    await page.locator('tact-picker').locator('button.skip').click();
    await panel.waitForFunction(() => document.querySelector('[data-testid="teach-status"]')?.textContent?.startsWith('Saved'));
    expect(await panel.textContent('[data-testid="teach-status"]')).toContain('found 7 messages');

    await page.reload();
    await panel.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid="recent-messages"] li')];
      return items.some((li) => li.getAttribute('data-role') === 'agent');
    });
    expect(await roles(panel)).toEqual(['customer', 'agent', 'customer', 'customer', 'agent', 'agent', 'customer']);
    expect(await panel.locator('[data-testid="notice-confirm"]').count()).toBe(0);
  });
});
