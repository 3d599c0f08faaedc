/** The demo helpdesk in a plain headless Chromium (no extension), filled with `messages` lines. */
import { chromium, type Page } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { CHROMIUM } from '../tests/e2e/harness';

export async function openFilledDemo(messages: number): Promise<{ page: Page; close(): Promise<void> }> {
  const server = await startDemoServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(`${server.url}?chat=calm&autoplay=0`);
  await page.waitForSelector('body[data-ready="true"]');
  await fillDemo(page, messages);
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Adds `count` alternating customer/agent lines to the open demo chat. */
export async function fillDemo(page: Page, count: number, start = 0): Promise<void> {
  await page.evaluate(
    ([from, n]) => {
      for (let k = from; k < from + n; k++)
        (window as any).tactDemo.addMessage(
          k % 2 ? 'agent' : 'customer',
          `Message ${k}: checking on order A-${2000 + k}, thanks for waiting.`,
        );
    },
    [start, count] as const,
  );
}
