import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

/**
 * `npm run --silent extract -- PAGE [--url URL] [--adapter NAME] [--sites FILE]`
 *
 * Runs the same adapter code as the extension (registry, generic, site definitions), bundled at
 * run time into one IIFE, inside headless Chromium on a saved page or a loopback URL, and prints
 * one JSON reading. Exit 0: messages read; 2: missing file, bad arguments or crash; 3: no
 * conversation (reason on stderr).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const ADAPTERS = resolve(HERE, '../adapters');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ExtractOptions {
  /** A saved .html file, or an http(s) URL on loopback. */
  page: string;
  /** Load the file as if served from this address (URL patterns choose the adapter). */
  url?: string;
  /** Force an adapter: a named one, 'generic', or 'site:<host>'. */
  adapter?: string;
  /** Site definitions JSON (one, an array, or {"siteDefinitions": [...]}). */
  sitesJson?: string;
}

export interface ExtractOutput {
  adapter: string;
  chatId: string | null;
  confidence: string;
  messages: Array<{ id: string; role: string; author?: string; text: string; at?: number }>;
}

export interface ExtractResult {
  output: ExtractOutput;
  /** Why nothing was read, or why Tact is unsure. */
  reason?: string;
}

export class ExtractError extends Error {}

let bundlePromise: Promise<string> | null = null;

/** The in-page entry: registry when present (another engineer's file), generic, site definitions. */
function entrySource(): string {
  const hasRegistry = existsSync(join(ADAPTERS, 'registry.ts'));
  const registryImport = hasRegistry
    ? `import { adapterForUrl, namedAdapter } from ${JSON.stringify(join(ADAPTERS, 'registry.ts'))};`
    : 'const adapterForUrl = () => null; const namedAdapter = () => null;';
  return `
${registryImport}
import { genericAdapter } from ${JSON.stringify(join(ADAPTERS, 'generic.ts'))};
import { adapterFromSiteDefinition, parseSiteDefinitions, siteDefinitionFor } from ${JSON.stringify(join(ADAPTERS, 'site-definition.ts'))};
globalThis.__tactExtract = (options) => {
  let sites = [];
  if (options.sitesJson) {
    const parsed = parseSiteDefinitions(options.sitesJson);
    if (!parsed.ok) return { error: 'site definitions: ' + parsed.errors.join('; ') };
    sites = parsed.definitions;
  }
  let adapter = null;
  if (options.adapter) {
    if (options.adapter === 'generic') adapter = genericAdapter;
    else if (options.adapter.startsWith('site:')) {
      const def = sites.find((d) => 'site:' + d.host === options.adapter);
      adapter = def ? adapterFromSiteDefinition(def) : null;
    } else adapter = namedAdapter(options.adapter);
    if (!adapter) return { error: 'unknown adapter "' + options.adapter + '"' };
  } else {
    adapter = adapterForUrl(location.href);
    if (!adapter) {
      const def = siteDefinitionFor(sites, location.hostname);
      if (def) adapter = adapterFromSiteDefinition(def);
    }
    if (!adapter) adapter = genericAdapter;
  }
  return { reading: adapter.read(document) };
};
`;
}

/** Bundles the adapter code once per process (in memory, esbuild from wxt/vite's dependencies). */
export function adapterBundle(): Promise<string> {
  bundlePromise ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: entrySource(), resolveDir: ADAPTERS, loader: 'ts', sourcefile: 'extract-entry.ts' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'silent',
    });
    const file = result.outputFiles[0];
    if (!file) throw new ExtractError('esbuild produced no bundle');
    return file.text;
  })();
  return bundlePromise;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new ExtractError(`Chromium is not installed at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function isLoopbackUrl(page: string): boolean {
  try {
    const url = new URL(page);
    return /^https?:$/.test(url.protocol) && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Reads one page in an open browser (the e2e test shares one browser across pages). */
export async function extractWithBrowser(browser: Browser, options: ExtractOptions): Promise<ExtractResult> {
  let address: string;
  let html: string | null = null;
  if (isLoopbackUrl(options.page)) {
    address = options.page;
  } else {
    const file = resolve(options.page);
    if (!existsSync(file)) throw new ExtractError(`No such file: ${options.page}`);
    html = readFileSync(file, 'utf8');
    address = options.url ?? pathToFileURL(file).href;
  }
  const bundle = await adapterBundle();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // The page is the agent's: no request leaves loopback. The saved file is served at --url.
    await page.route('**/*', async (route) => {
      const requestUrl = route.request().url();
      if (html !== null && route.request().isNavigationRequest() && requestUrl.split('#')[0] === address.split('#')[0]) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (isLoopbackUrl(requestUrl) || requestUrl.startsWith('file:') || requestUrl.startsWith('data:')) {
        await route.continue();
      } else {
        await route.abort();
      }
    });
    await page.goto(address, { waitUntil: 'load', timeout: 15000 });
    await page.addScriptTag({ content: bundle });
    const answer = (await page.evaluate(
      (opts) => (globalThis as unknown as { __tactExtract: (o: unknown) => unknown }).__tactExtract(opts),
      { adapter: options.adapter, sitesJson: options.sitesJson },
    )) as { error?: string; reading?: import('../adapters/types').PageReading };
    if (answer.error || !answer.reading) throw new ExtractError(answer.error ?? 'the page returned no reading');
    const r = answer.reading;
    const output: ExtractOutput = {
      adapter: r.adapter,
      chatId: r.chatId,
      confidence: r.confidence,
      messages: r.messages.map((m) => ({
        id: m.id,
        role: m.role,
        ...(m.author ? { author: collapse(m.author) } : {}),
        text: collapse(m.text),
        ...(m.at !== undefined && m.at !== null ? { at: m.at } : {}),
      })),
    };
    return r.reason ? { output, reason: r.reason } : { output };
  } finally {
    await context.close();
  }
}

const USAGE = 'usage: npm run --silent extract -- PAGE [--url URL] [--adapter NAME] [--sites FILE]';

export function parseArgs(argv: string[]): ExtractOptions {
  const options: Partial<ExtractOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new ExtractError(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--url') options.url = value();
    else if (arg === '--adapter') options.adapter = value();
    else if (arg === '--sites') {
      const file = value();
      if (!existsSync(file)) throw new ExtractError(`No such site definitions file: ${file}`);
      options.sitesJson = readFileSync(file, 'utf8');
    } else if (arg === '--help' || arg === '-h') throw new ExtractError(USAGE);
    else if (arg.startsWith('--')) throw new ExtractError(`unknown option ${arg}. ${USAGE}`);
    else if (!options.page) options.page = arg;
    else throw new ExtractError(`only one PAGE is read at a time (got ${options.page} and ${arg})`);
  }
  if (!options.page) throw new ExtractError(`PAGE is missing. ${USAGE}`);
  if (options.url) {
    try {
      new URL(options.url);
    } catch {
      throw new ExtractError(`--url is not a URL: ${options.url}`);
    }
  }
  return options as ExtractOptions;
}

async function main(): Promise<number> {
  let browser: Browser | null = null;
  try {
    const options = parseArgs(process.argv.slice(2));
    browser = await launchChromium();
    const { output, reason } = await extractWithBrowser(browser, options);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    if (output.messages.length === 0) {
      process.stderr.write(`extract: ${reason ?? 'no conversation found on this page'}\n`);
      return 3;
    }
    if (reason) process.stderr.write(`extract: ${reason}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`extract: ${message}\n`);
    return 2;
  } finally {
    await browser?.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code));
}
