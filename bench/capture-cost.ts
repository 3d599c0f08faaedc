/**
 * Content-script cost per mutation batch: the capture pipeline (the same code the content script
 * runs) on the demo helpdesk in Chromium, with 1,000 messages on the page and a new message every
 * 100 ms. Reports p50/p95 of the work per batch (adapter read + diff), in ms.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { CHROMIUM, percentile, ROOT } from '../tests/e2e/harness';

export async function runCaptureBench(options: { messages?: number; arrivals?: number } = {}) {
  const total = options.messages ?? 1000;
  const arrivals = options.arrivals ?? 60;
  const bundle = await build({
    stdin: {
      contents: `import { startCapture } from './lib/capture/capture'; import { demoAdapter } from './lib/adapters/demo';
        window.__tactBench = { costs: [], sizes: [] };
        startCapture({ doc: document, adapter: demoAdapter, signal: new AbortController().signal,
          onDelta: () => false, onStatus: () => {},
          onReadCost: (ms, n) => { window.__tactBench.costs.push(ms); window.__tactBench.sizes.push(n); } });`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const server = await startDemoServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?chat=calm&autoplay=0`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate((n) => {
      for (let i = 0; i < n; i++)
        (window as any).tactDemo.addMessage(
          i % 2 ? 'agent' : 'customer',
          `Message number ${i} about order A-${1000 + i}, still checking the delivery window.`,
        );
    }, total);
    await page.evaluate(bundle.outputFiles[0]?.text ?? '');
    await page.evaluate(() => ((window as any).__tactBench.costs.length = 0));
    for (let i = 0; i < arrivals; i++) {
      await page.evaluate((k) => (window as any).tactDemo.addMessage('customer', `New message ${k}: any update?`), i);
      await page.waitForTimeout(100);
    }
    const { costs, sizes } = await page.evaluate(() => (window as any).__tactBench);
    return {
      messagesOnPage: Math.max(...sizes),
      batches: costs.length,
      p50: percentile(costs, 50),
      p95: percentile(costs, 95),
      max: Math.max(...costs),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCaptureBench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
