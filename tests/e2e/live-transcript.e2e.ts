import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, openDemo, openSidePanel, percentile, type TactBrowser } from './harness';

/** Foundation: the demo chat reaches the side panel, in order, with roles, fast. */
describe('live transcript in the side panel', () => {
  let tact: TactBrowser;
  let demo: Page;
  let panel: Page;

  beforeAll(async () => {
    tact = await launchTact();
    demo = await openDemo(tact, { chat: 'escalating' });
    panel = await openSidePanel(tact, demo);
  });
  afterAll(async () => tact?.close());

  const recentTexts = () =>
    panel.$$eval('[data-testid="recent-messages"] li', (items) =>
      items.map((li) => ({ role: li.getAttribute('data-role'), text: li.querySelector('.text')?.textContent })),
    );

  it('shows the scripted customer and agent messages in order with their roles', async () => {
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await panel.waitForFunction(() => document.querySelector('[data-testid="message-count"]')?.textContent === '9');
    const shown = await recentTexts();
    const expected = await demo.evaluate(() =>
      (window as any).tactDemo
        .state()
        .chats.find((c: any) => c.id === 'escalating')
        .messages.map((m: any) => ({ role: m.role, text: m.text })),
    );
    expect(shown).toEqual(expected.slice(-8));
  });

  it('renders each new message in the side panel within the latency budget', async () => {
    const latencies: number[] = [];
    const WARMUP = 5;
    for (let i = 0; i < 40 + WARMUP; i++) {
      const text = `Latency probe ${i}: is my refund on its way?`;
      await panel.evaluate((t) => {
        (window as any).__seen = new Promise<number>((resolve) => {
          const check = () => {
            const found = [...document.querySelectorAll('[data-testid="recent-messages"] .text')].some((el) => el.textContent === t);
            if (found) {
              obs.disconnect();
              resolve(Date.now());
            }
          };
          const obs = new MutationObserver(check);
          obs.observe(document.body, { childList: true, subtree: true, characterData: true });
          check();
        });
      }, text);
      const insertedAt = await demo.evaluate((t) => {
        (window as any).tactDemo.addMessage('customer', t);
        return Date.now();
      }, text);
      const renderedAt = await panel.evaluate(() => (window as any).__seen as Promise<number>);
      // The first few warm up the worker, the detector and React; they are not what an agent sees.
      if (i >= WARMUP) latencies.push(renderedAt - insertedAt);
    }
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    console.log(`DOM insertion → side panel render: p50 ${p50} ms, p95 ${p95} ms (n=${latencies.length})`);
    expect(p95).toBeLessThanOrEqual(150);
  });
});
