import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, openDemo, openSidePanel, type TactBrowser } from './harness';

/** The draft coach with the built extension on the demo helpdesk. */
describe('draft coach in the demo helpdesk', () => {
  let tact: TactBrowser;
  let demo: Page;
  let panel: Page;

  beforeAll(async () => {
    tact = await launchTact();
    demo = await openDemo(tact, { chat: 'no-apology' });
    panel = await openSidePanel(tact, demo);
    // Customer: broken blender, already sent photos, frustrated.
    for (let i = 0; i < 3; i++) await demo.evaluate(() => (window as any).tactDemo.stepOnce());
    await panel.waitForFunction(() => document.querySelector('[data-testid="message-count"]')?.textContent === '3');
  });
  afterAll(async () => tact?.close());

  it('points out a bare "no" before it is sent and replaces just that sentence', async () => {
    const composer = demo.locator('[data-tact-demo="composer"]');
    await composer.click();
    await composer.pressSequentially("Thanks for the photos. No, we can't do that.", { delay: 15 });
    const hint = demo.locator('tact-draft-hint');
    await hint.waitFor({ state: 'attached', timeout: 5000 });
    expect(await hint.locator('.kind').textContent()).toBeTruthy();
    // The panel repeats the finding for keyboard and screen-reader users.
    await panel.waitForSelector('[data-testid="draft-findings"]', { timeout: 5000 });
    await hint.locator('button[data-action="replace"]').click();
    const value = await composer.inputValue();
    expect(value.startsWith('Thanks for the photos. ')).toBe(true);
    expect(value).not.toContain("No, we can't do that.");
    // The helpdesk registered the change (its own state follows input events), nothing was sent.
    expect(await demo.evaluate(() => (window as any).tactDemo.draft)).toBe(value);
    expect(await demo.isEnabled('[data-tact-demo="send"]')).toBe(true);
    const count = await demo.evaluate(() => (window as any).tactDemo.state().chats.find((c: any) => c.id === 'no-apology').messages.length);
    expect(count).toBe(3);
  });

  it('leaves a good reply alone and never stores the draft', async () => {
    const composer = demo.locator('[data-tact-demo="composer"]');
    await composer.fill('');
    await composer.pressSequentially(
      "I'm so sorry the blender arrived cracked. I've sent a replacement today, and you'll get a tracking link within the hour.",
      { delay: 5 },
    );
    await demo.waitForTimeout(400);
    expect(await demo.locator('tact-draft-hint').count()).toBe(0);
    const stored = await tact.worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      return JSON.stringify([await c.storage.local.get(null), await c.storage.session.get(null)]);
    });
    expect(stored).not.toContain('blender arrived cracked. I');
    expect(stored).not.toContain("we can't do that");
  });
});
