/**
 * End-to-end harness: the built extension loaded in Debian's Chromium (never a downloaded
 * browser), the demo helpdesk on loopback, and helpers to reach the side panel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type DemoServer, type Mounts, startDemoServer } from '../../demo/server';
import { CHROMIUM_ARGS } from '../../lib/cli/extract';

export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_EXTENSION_DIR = resolve(ROOT, process.env.TACT_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TactBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: DemoServer;
  userDataDir: string;
  close(): Promise<void>;
}

/** The CLI's Chromium flags, plus the built extension and the test hosts mapped to loopback. */
export function chromiumArgs(extensionDir: string, headless = true): string[] {
  return [
    ...CHROMIUM_ARGS.filter((arg) => headless || arg !== '--headless=new'),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-quic',
    '--host-resolver-rules=MAP *.tact.test 127.0.0.1',
  ];
}

export async function launchTact(
  options: { extensionDir?: string; userDataDir?: string; mounts?: Mounts; headless?: boolean; server?: DemoServer } = {},
): Promise<TactBrowser> {
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tact-e2e-'));
  const server = options.server ?? (await startDemoServer(0, options.mounts));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: chromiumArgs(extensionDir, options.headless ?? true),
    viewport: { width: 1100, height: 720 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  // The helpdesk content script is registered at start-up for the granted hosts: wait for it.
  for (let i = 0; i < 50; i++) {
    const registered = await worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      return (await c.scripting.getRegisteredContentScripts()).length;
    });
    if (registered) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    context,
    extensionId,
    worker,
    server,
    userDataDir,
    async close() {
      await context.close();
      if (!options.server) await server.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the demo helpdesk; `interval` is the scripted customer's pace in ms per step. */
export async function openDemo(tact: TactBrowser, query: Record<string, string> = {}): Promise<Page> {
  const page = await tact.context.newPage();
  const params = new URLSearchParams({ autoplay: '0', ...query });
  await page.goto(`${tact.server.url}?${params}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function allTabIds(tact: TactBrowser): Promise<number[]> {
  return tact.worker.evaluate(async () => {
    const tabs: Array<{ id?: number }> = await (globalThis as any).chrome.tabs.query({});
    return tabs.map((t) => t.id ?? -1);
  });
}

/**
 * A new page and its tab id, found by difference: the extension cannot read the URL of a tab
 * on a site it has no access to, which is the point of the "not enabled" tests.
 */
export async function newPageWithTabId(tact: TactBrowser): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(tact));
  const page = await tact.context.newPage();
  for (let i = 0; i < 50; i++) {
    const added = (await allTabIds(tact)).filter((id) => !before.has(id));
    if (added.length === 1) return { page, tabId: added[0] as number };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('could not find the new tab');
}

/** The id Chromium gave a page's tab (from the extension's own view of the tabs). */
export async function tabIdOf(tact: TactBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await tact.worker.evaluate(async (u) => {
    const tabs: Array<{ url?: string; id?: number }> = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * Opens the side panel UI pinned to one tab (`?tab=`): the same page Chrome shows in its side
 * panel, as a tab Playwright can drive (Playwright cannot list the real side panel target).
 */
export async function openSidePanel(tact: TactBrowser, forPage: Page, knownTabId?: number): Promise<Page> {
  const tabId = knownTabId ?? (await tabIdOf(tact, forPage));
  const panel = await tact.context.newPage();
  await panel.setViewportSize({ width: 380, height: 720 });
  await panel.goto(`chrome-extension://${tact.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}
