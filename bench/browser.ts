/**
 * Browser benchmarks with the built e2e extension in Chromium: DOM insertion → side panel render
 * (p50/p95), side panel render time per update on a 1,000-message chat, and the extension's
 * memory after 1,000 messages. Needs `npm run build:e2e` first (bench/run.ts does it).
 */
import { launchTact, openDemo, openSidePanel, percentile, type TactBrowser } from '../tests/e2e/harness';
import { fillDemo, openFilledDemo } from './plain-demo';

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
      await fillDemo(demo, Math.min(50, total - i), i);
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
    const memory = await workerHeapBytes(tact);
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

/**
 * JS heap of the extension's service worker after a GC, in bytes. Playwright has no CDP session
 * for a worker, so this attaches through the browser session and talks to the worker's target
 * with Target.sendMessageToTarget. null when the browser does not expose the target.
 */
async function workerHeapBytes(tact: TactBrowser): Promise<number | null> {
  const browser = tact.context.browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(tact.extensionId));
    if (!worker) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    let nextId = 0;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const id = ++nextId;
        const onMessage = (e: { message: string }) => {
          const reply = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
          if (reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize?: number };
    return usedSize ?? null;
  } finally {
    await cdp.detach();
  }
}

/** The same demo chat in a browser without Tact: the difference is what the content script costs. */
async function pageHeapWithoutTact(messages: number): Promise<number> {
  const { page, close } = await openFilledDemo(messages);
  try {
    return await pageHeapMB(page);
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runBrowserBench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
