import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTact, openDemo, openSidePanel, type TactBrowser } from './harness';

/** Live capture against the demo helpdesk, in Chromium with the built extension. */
describe('live capture in the demo helpdesk', () => {
  let tact: TactBrowser;
  let demo: Page;
  let panel: Page;

  const count = () => panel.textContent('[data-testid="message-count"]').then(Number);
  const texts = () => panel.$$eval('[data-testid="recent-messages"] .text', (els) => els.map((e) => e.textContent));
  const waitCount = (n: number) =>
    panel.waitForFunction((x) => document.querySelector('[data-testid="message-count"]')?.textContent === String(x), n, { timeout: 10000 });

  beforeAll(async () => {
    tact = await launchTact();
    demo = await openDemo(tact, { chat: 'calm' });
    panel = await openSidePanel(tact, demo);
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await waitCount(6);
  });
  afterAll(async () => tact?.close());

  it('makes no duplicate when the helpdesk re-renders the whole list', async () => {
    await demo.evaluate(() => (window as any).tactDemo.rerender());
    await demo.evaluate(() => (window as any).tactDemo.addMessage('customer', 'One more thing: can I add gift wrap?'));
    await waitCount(7);
    const shown = await texts();
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.at(-1)).toBe('One more thing: can I add gift wrap?');
  });

  it('puts older history first when the agent scrolls up', async () => {
    const added = await demo.evaluate(() => (window as any).tactDemo.loadOlder());
    expect(added).toBe(3);
    await waitCount(10);
    // The panel shows the newest 8; the full order is checked through the background's view.
    const order = await tact.worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const all = await c.storage.session.get(null);
      const view: any = Object.values(all).find((v: any) => v?.chatId === 'calm');
      return view.recent.map((m: any) => m.text);
    });
    expect(order.slice(0, 3)).toEqual([
      'Hello, is anyone there?',
      'Hi, yes. How can I help today?',
      'I had a question about my account last week.',
    ]);
    expect(order[3]).toBe('Hi! I just placed order A-20931 and realised I used my old address.');
  });

  it('keeps both transcripts when the agent switches chats and back', async () => {
    await demo.evaluate(() => (window as any).tactDemo.switchChat('no-apology'));
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await waitCount(6);
    expect((await texts())[0]).toBe('My blender arrived cracked and leaking. Order B-7781.');
    await demo.evaluate(() => (window as any).tactDemo.switchChat('calm'));
    await waitCount(10);
    expect((await texts()).at(-1)).toBe('One more thing: can I add gift wrap?');
  });

  it('drops a message the helpdesk deleted', async () => {
    const id = await demo.evaluate(() => {
      const chat = (window as any).tactDemo.state().chats.find((c: any) => c.id === 'calm');
      return chat.messages.find((m: any) => m.text.startsWith('Perfect, thank you')).id;
    });
    await demo.evaluate((x) => (window as any).tactDemo.deleteMessage(x), id);
    await waitCount(9);
    expect(await texts()).not.toContain('Perfect, thank you so much!');
    expect(await count()).toBe(9);
  });
});
