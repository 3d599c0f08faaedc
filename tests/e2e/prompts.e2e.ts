import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, openDemo, openSidePanel, type TactBrowser } from './harness';

/** In-chat prompts on the escalating demo chat: triggers, next steps, insert, nudge, feedback, a11y. */
describe('in-chat prompts', () => {
  let tact: TactBrowser;
  let demo: Page;
  let panel: Page;

  const kinds = () => panel.$$eval('.trigger', (els) => els.map((e) => e.getAttribute('data-kind')));
  const step = async () => {
    const before = await panel.evaluate(() => Number(document.querySelector('[data-testid="message-count"]')?.textContent ?? 0));
    await demo.evaluate(() => (window as any).tactDemo.stepOnce());
    await panel.waitForFunction((n) => Number(document.querySelector('[data-testid="message-count"]')?.textContent) > n, before);
    await panel.waitForTimeout(30);
  };

  beforeAll(async () => {
    tact = await launchTact();
    demo = await openDemo(tact, { chat: 'escalating' });
    panel = await openSidePanel(tact, demo);
  });
  afterAll(async () => tact?.close());

  it('raises the expected triggers in order as the customer escalates', async () => {
    const seen: string[] = [];
    const note = async () => {
      for (const k of await kinds()) if (k && !seen.includes(k)) seen.push(k);
    };
    for (let i = 0; i < 7; i++) {
      await step();
      await note();
    }
    // After "I want to speak to a manager." and "There is no manager available…"
    expect(seen).toContain('escalation_request');
    expect(seen).toContain('agent_denies_escalation');
    expect(seen.indexOf('escalation_request')).toBeLessThan(seen.indexOf('agent_denies_escalation'));
    await step(); // "This is ridiculous!!! Get me your supervisor NOW."
    await note();
    expect(seen).toContain('repeated_escalation_request');
    expect(seen).toContain('frustration');
    await step(); // lawyer + bank
    await note();
    expect(seen).toContain('threat_legal');
    expect(seen).toContain('threat_chargeback');
    expect(seen.indexOf('repeated_escalation_request')).toBeLessThan(seen.indexOf('threat_legal'));
    expect(['high', 'critical']).toContain((await panel.textContent('[data-testid="risk-level"]'))?.toLowerCase());
    expect(await panel.locator('.trigger[data-kind="threat_legal"] mark').textContent()).toMatch(/lawyer/i);
  });

  it('shows the page nudge after the legal threat, and it can be dismissed', async () => {
    const nudge = demo.locator('tact-nudge');
    await nudge.waitFor({ state: 'attached', timeout: 5000 });
    expect(await nudge.locator('.title').textContent()).toMatch(/risk (high|critical)/);
    await nudge.locator('button.close').click();
    await nudge.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('inserts a next step into the composer so the helpdesk registers it, without sending', async () => {
    const sentBefore = await demo.evaluate(
      () => (window as any).tactDemo.state().chats.find((c: any) => c.id === 'escalating').messages.length,
    );
    const first = panel.locator('.trigger .steps button').first();
    const label = (await first.getAttribute('aria-label')) ?? '';
    await first.click();
    await panel.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.includes('Inserted'));
    const text = label.replace(/^Insert: /, '');
    expect(await demo.inputValue('[data-tact-demo="composer"]')).toBe(text);
    expect(await demo.evaluate(() => (window as any).tactDemo.draft)).toBe(text);
    expect(await demo.isEnabled('[data-tact-demo="send"]')).toBe(true);
    const sentAfter = await demo.evaluate(
      () => (window as any).tactDemo.state().chats.find((c: any) => c.id === 'escalating').messages.length,
    );
    expect(sentAfter).toBe(sentBefore);
  });

  it('stores "not right" feedback and hides a dismissed trigger', async () => {
    const item = panel.locator('.trigger[data-kind="frustration"]').first();
    await item.getByRole('button', { name: 'Not right' }).click();
    await panel.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith('Noted'));
    const book = await tact.worker.evaluate(async () => (globalThis as any).chrome.storage.local.get('trigger-feedback'));
    const entries = Object.values(book['trigger-feedback'] ?? {}) as Array<{ kind: string; notRight: number }>;
    expect(entries).toEqual([expect.objectContaining({ kind: 'frustration', notRight: 1 })]);
    const before = (await kinds()).filter((k) => k === 'frustration').length;
    await item.getByRole('button', { name: 'Dismiss' }).click();
    await panel.waitForFunction((n) => document.querySelectorAll('.trigger[data-kind="frustration"]').length === n, before - 1);
    expect((await kinds()).filter((k) => k === 'frustration')).toHaveLength(before - 1);
  });

  it('has no serious accessibility violations (axe-core) in the side panel', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // Evaluated through the debugger protocol: the extension page's CSP forbids inline scripts.
    await panel.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await panel.evaluate(async () => {
      const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    const serious = violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });
});
