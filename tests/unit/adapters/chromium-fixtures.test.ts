import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, fixturePages, readExpected } from './load-fixture';

/**
 * The same adapters, bundled as a page script and run inside Debian's Chromium on every fixture
 * page served at its realistic URL: proves they are pure DOM readers that work when injected
 * (real declarative shadow roots, real layout) and not only in happy-dom.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  if (!hasChromium) return;
  const result = await build({
    entryPoints: [resolve(__dirname, '../../../lib/adapters/registry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'TactAdapters',
    write: false,
    target: 'chrome120',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const pages = [...fixturePages().values()].flat();

// Skipped only where Debian's Chromium is not installed (the e2e harness needs it too).
describe.skipIf(!hasChromium)('adapters injected into Chromium', () => {
  it.each(pages)(
    '%s reads the same transcript in a real browser',
    async (page) => {
      const expected = readExpected(page);
      const html = readFileSync(join(FIXTURE_ROOT, page), 'utf8');
      const tab = await browser.newPage();
      try {
        // Serve the fixture as if it came from the helpdesk's own address; nothing reaches the network.
        await tab.route('**/*', (route) =>
          route.request().isNavigationRequest() ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
        );
        await tab.goto(expected.url);
        await tab.addScriptTag({ content: bundle });
        const reading = await tab.evaluate(() => {
          const api = (window as unknown as { TactAdapters: typeof import('../../../lib/adapters/registry') }).TactAdapters;
          const adapter = api.adapterForUrl(location.href);
          const result = adapter?.read(document);
          return {
            adapter: adapter?.name ?? null,
            chatId: result?.chatId ?? null,
            messages: (result?.messages ?? []).map((m) => ({ role: m.role, author: m.author, text: m.text })),
            composer: adapter?.findComposer(document)?.tagName ?? null,
          };
        });
        expect(reading.adapter).toBe(page.split('/')[0]);
        expect(reading.chatId).toBe(expected.chatId);
        expect(reading.messages).toEqual(expected.messages.map((m) => ({ role: m.role, author: m.author, text: m.text })));
        expect(reading.composer).not.toBeNull();
      } finally {
        await tab.close();
      }
    },
    30_000,
  );
});
