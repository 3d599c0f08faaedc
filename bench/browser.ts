/**
 * Browser benchmarks with the built e2e extension in Chromium: DOM insertion → side panel render
 * (p50/p95), side panel render time per update on a 1,000-message chat, and the extension's
 * memory after 1,000 messages. Needs `npm run build:e2e` first (bench/run.ts does it).
 */
import { CHROMIUM, launchTact, openDemo, openSidePanel, percentile } from '../tests/e2e/harness';

export async function runBrowserBench(options: { messages?: number; probes?: number } = {}) {
  const total = options.messages ?? 1000;
  const probes = options.probes ?? 40;
  const tact = await launchTact();
  try {
    const demo = await openDemo(tact, { chat: 'calm' });
    const panel = await openSidePanel(tact, demo);
    await panel.waitForSelector('main.panel');

    // Fill the chat to `total` messages in batches, as a long chat would grow.
    for (let i = 0; i < total; i += 50) {
      await demo.evaluate(
        ([start, n]) => {
          for (let k = start; k < start + n; k++)
            (window as any).tactDemo.addMessage(
              k % 2 ? 'agent' : 'customer',
              `Message ${k}: checking on order A-${2000 + k}, thanks for waiting.`,
            );
        },
        [i, Math.min(50, total - i)] as const,
      );
      await demo.waitForTimeout(20);
    }
    await panel.waitForFunction((n) => Number(document.querySelector('[data-testid="message-count"]')?.textContent) >= n, total, {
      timeout: 30000,
    });
    await panel.evaluate(() => ((window as any).__tactRenderTimes = []));

    const latencies: number[] = [];
    for (let i = 0; i < probes; i++) {
      const text = `Probe ${i}: any news on my refund?`;
      await panel.evaluate((t) => {
        (window as any).__seen = new Promise<number>((resolve) => {
          const obs = new MutationObserver(() => {
            if ([...document.querySelectorAll('[data-testid="recent-messages"] .text')].some((el) => el.textContent === t)) {
              obs.disconnect();
              resolve(Date.now());
            }
          });
          obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      }, text);
      const insertedAt = await demo.evaluate((t) => {
        (window as any).tactDemo.addMessage('customer', t);
        return Date.now();
      }, text);
      latencies.push((await panel.evaluate(() => (window as any).__seen)) - insertedAt);
      await demo.waitForTimeout(100);
    }
    const renders: number[] = await panel.evaluate(() => (window as any).__tactRenderTimes);
    const pageHeapWithTact = await pageHeapMB(demo);
    const memory = await tact.worker.evaluate(() => (performance as any).memory?.usedJSHeapSize ?? null);
    const panelMemory = await panel.evaluate(() => (performance as any).memory?.usedJSHeapSize ?? null);
    return {
      messages: total + probes,
      domToPanel: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), n: latencies.length },
      panelRenderPerUpdate: { p50: percentile(renders, 50), p95: percentile(renders, 95), n: renders.length },
      memoryMB: {
        background: memory === null ? null : +(memory / 1048576).toFixed(1),
        sidePanel: panelMemory === null ? null : +(panelMemory / 1048576).toFixed(1),
        helpdeskPageWithTact: pageHeapWithTact,
        helpdeskPageWithoutTact: await pageHeapWithoutTact(total + probes),
      },
    };
  } finally {
    await tact.close();
  }
}

/** JS heap of a page after a GC (content scripts share the page's heap), in MB. */
async function pageHeapMB(page: import('playwright-core').Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return +(usedSize / 1048576).toFixed(1);
}

/** The same demo chat in a browser without Tact: the difference is what the content script costs. */
async function pageHeapWithoutTact(messages: number): Promise<number> {
  const { chromium } = await import('playwright-core');
  const { startDemoServer } = await import('../demo/server');
  const server = await startDemoServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?chat=calm&autoplay=0`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate((n) => {
      for (let k = 0; k < n; k++)
        (window as any).tactDemo.addMessage(
          k % 2 ? 'agent' : 'customer',
          `Message ${k}: checking on order A-${2000 + k}, thanks for waiting.`,
        );
    }, messages);
    return await pageHeapMB(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runBrowserBench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
