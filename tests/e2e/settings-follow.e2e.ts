import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, openDemo, openSidePanel, type TactBrowser } from './harness';

/** Settings and language: the side panel follows a change made in options, without a reload. */
describe('settings reach the side panel live', () => {
  let tact: TactBrowser;
  let demo: Page;
  let panel: Page;

  beforeAll(async () => {
    tact = await launchTact();
    demo = await openDemo(tact, { chat: 'escalating' });
    panel = await openSidePanel(tact, demo);
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await panel.waitForSelector('.trigger[data-kind="threat_legal"]');
  });
  afterAll(async () => tact?.close());

  it('drops a trigger kind the agent turns off in options, and brings it back', async () => {
    const options = await tact.context.newPage();
    await options.goto(`chrome-extension://${tact.extensionId}/options.html`);
    const select = options.locator('#field-sensitivity-threat_legal');
    await select.selectOption('off');
    await panel.waitForSelector('.trigger[data-kind="threat_legal"]', { state: 'detached', timeout: 5000 });
    expect(await panel.locator('.trigger[data-kind="threat_chargeback"]').count()).toBeGreaterThan(0);
    await select.selectOption('normal');
    await panel.waitForSelector('.trigger[data-kind="threat_legal"]', { timeout: 5000 });
    await options.close();
  });

  it('says so instead of scoring a chat that is not in English', async () => {
    await demo.evaluate(() => (window as any).tactDemo.switchChat('otro-idioma'));
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await panel.waitForSelector('[data-testid="notice-language"]', { timeout: 5000 });
    expect(await panel.textContent('[data-testid="notice-language"]')).toContain('English only');
    expect(await panel.locator('[data-testid="risk"]').count()).toBe(0);
    expect(await panel.locator('.trigger').count()).toBe(0);
  });
});
