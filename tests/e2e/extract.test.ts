import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractWithBrowser, launchChromium } from '../../lib/cli/extract';

/**
 * `extract` in real Chromium over every fixture page: the ten generic layouts (forced with
 * `--adapter generic`) and, when present, each named adapter's pages loaded at their realistic
 * `url` so the registry chooses the adapter by URL pattern. One browser for all pages.
 * A plain node script: `node --import tsx tests/e2e/extract.test.ts` prints the counts.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, '../fixtures');

interface Expected {
  url?: string;
  chatId?: string | null;
  messages: Array<{ role: string; text: string; author?: string }>;
}

interface Case {
  name: string;
  file: string;
  expected: Expected;
  adapter?: string;
  url?: string;
}

function cases(): Case[] {
  const list: Case[] = [];
  const generic = join(FIXTURES, 'generic');
  for (const f of readdirSync(generic)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(generic, f.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
    list.push({
      name: `generic/${f}`,
      file: join(generic, f),
      expected,
      adapter: 'generic',
      url: 'https://support.example.test/conversations/4821',
    });
  }
  const helpdesks = join(FIXTURES, 'helpdesks');
  let products: string[] = [];
  try {
    products = readdirSync(helpdesks).sort();
  } catch {
    // Named adapter fixtures not there yet: only the generic layouts run.
  }
  for (const product of products) {
    for (const f of readdirSync(join(helpdesks, product))
      .filter((n) => n.endsWith('.html'))
      .sort()) {
      const jsonPath = join(helpdesks, product, f.replace(/\.html$/, '.expected.json'));
      let expected: Expected;
      try {
        expected = JSON.parse(readFileSync(jsonPath, 'utf8')) as Expected;
      } catch {
        continue;
      }
      if (!expected.url) continue;
      list.push({ name: `helpdesks/${product}/${f}`, file: join(helpdesks, product, f), expected, url: expected.url });
    }
  }
  return list;
}

function describeMismatch(got: Array<{ role: string; text: string }>, want: Expected['messages']): string | null {
  if (got.length !== want.length)
    return `${got.length} messages, expected ${want.length}: ${got.map((m) => `${m.role}:${m.text.slice(0, 30)}`).join(' | ')}`;
  for (let i = 0; i < want.length; i++) {
    const g = got[i];
    const w = want[i];
    if (!g || !w) continue;
    if (g.role !== w.role || g.text !== w.text) return `message ${i + 1}: got ${g.role} "${g.text}", expected ${w.role} "${w.text}"`;
  }
  return null;
}

export async function run(): Promise<{ passed: number; failed: number; failures: string[] }> {
  const failures: string[] = [];
  let passed = 0;
  const browser = await launchChromium();
  try {
    for (const c of cases()) {
      try {
        const { output } = await extractWithBrowser(browser, { page: c.file, url: c.url, adapter: c.adapter });
        const mismatch = describeMismatch(output.messages, c.expected.messages);
        if (mismatch) failures.push(`extract ${c.name} (${output.adapter}): ${mismatch}`);
        else passed++;
      } catch (error) {
        failures.push(`extract ${c.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await browser.close();
  }
  return { passed, failed: failures.length, failures };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  run().then((result) => {
    for (const f of result.failures) console.log(`FAIL ${f}`);
    console.log(`extract e2e: ${result.passed} passed, ${result.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(result.failed > 0 ? 1 : 0);
  });
}
