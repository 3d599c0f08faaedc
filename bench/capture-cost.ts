/**
 * Content-script cost per mutation batch: the capture pipeline (the same code the content script
 * runs) on the demo helpdesk in Chromium, with 1,000 messages on the page and a new message every
 * 100 ms. Reports p50/p95 of the work per batch (adapter read + diff), in ms.
 */
import { build } from 'esbuild';
import { percentile, ROOT } from '../tests/e2e/harness';
import { openFilledDemo } from './plain-demo';

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
  const { page, close } = await openFilledDemo(total);
  try {
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
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCaptureBench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
