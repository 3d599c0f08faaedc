/**
 * End to end in Debian's Chromium, without the extension: the draft coach and the composer insert,
 * bundled by esbuild into an IIFE and injected into fixture pages whose composers behave like
 * ProseMirror, CKEditor 5, Draft.js, Slate, Froala, a plain contenteditable and a React-controlled
 * textarea (tests/fixtures/composers/). Also measures keystroke-to-paint with and without the coach.
 *
 * Plain script for the lead's runner: `run()` returns {passed, failed, failures}. Run directly:
 *   node --import tsx tests/e2e/composers.test.ts
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures/composers');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every fixture; the brief requires the first four, the rest are the other editors Tact supports. */
const KINDS = ['prosemirror', 'ckeditor5', 'draftjs', 'textarea', 'slate', 'froala', 'contenteditable'] as const;
type Kind = (typeof KINDS)[number];

export interface E2EResult {
  passed: number;
  failed: number;
  failures: string[];
  /** Keystroke → next animation frame, ms, on the ProseMirror fixture. */
  keystrokeToPaint?: Record<string, { p50: number; p95: number; n: number }>;
}

/** The page-side bundle: composer + draft coach, exposed as window.TactDraft. */
async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        export { mountDraftCoach } from './lib/draft/hint';
        export { draftChatContext } from './lib/draft/context';
        export { readComposerText, insertAtCursor, replaceRange, detectEditorKind } from './lib/composer';
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'TactDraft',
    target: 'chrome120',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

/** The model's text as the page's editor sees it (what it would send). */
function modelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const c = document.getElementById('composer') as HTMLElement & { __miniEditor?: { text(): string } };
    const w = window as unknown as { __reactState?: () => string };
    if (c.__miniEditor) return c.__miniEditor.text();
    if (w.__reactState) return w.__reactState();
    // innerText, not textContent: the line breaks a plain contenteditable shows are part of the text.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    return (c as HTMLElement).innerText.replace(/\n+$/, '');
  });
}
const sendDisabled = (page: Page) => page.$eval('#send', (b) => (b as HTMLButtonElement).disabled);

async function open(browser: Browser, kind: Kind, code: string, withCoach: boolean): Promise<Page> {
  const page = await browser.newPage();
  // tsx compiles this file with keepNames: functions passed to page.evaluate call __name().
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(pathToFileURL(resolve(FIXTURES, `${kind}.html`)).href);
  await page.addScriptTag({ content: code });
  if (withCoach) {
    await page.evaluate(() => {
      const T = (window as unknown as { TactDraft: typeof import('../../lib/draft/hint') & typeof import('../../lib/draft/context') })
        .TactDraft;
      // The chat as an adapter would read it from this page.
      const messages = [...document.querySelectorAll<HTMLElement>('.msg')].map((m, i) => ({
        id: `m${i + 1}`,
        role: m.dataset.role as 'customer' | 'agent',
        text: m.textContent ?? '',
        author: m.dataset.role === 'customer' ? 'Dana Reyes' : 'Sam Ortiz',
      }));
      const ctx = T.draftChatContext(messages);
      const w = window as unknown as { __coachFindings: string[][] };
      w.__coachFindings = [];
      T.mountDraftCoach({
        doc: document,
        getComposer: () => document.getElementById('composer'),
        getContext: () => ctx,
        signal: new AbortController().signal,
        onFindings: (f) => w.__coachFindings.push(f.map((x) => x.kind)),
      });
    });
  }
  return page;
}

async function typeAndReplace(browser: Browser, kind: Kind, code: string, check: (name: string, ok: boolean, detail?: string) => void) {
  const page = await open(browser, kind, code, true);
  try {
    check(`${kind}: send disabled while the composer is empty`, await sendDisabled(page));
    await page.click('#composer');
    await page.keyboard.type("Thanks for waiting. No, we can't do that. Have a good day.", { delay: 5 });
    check(
      `${kind}: typing registers in the editor's model`,
      (await modelText(page)) === "Thanks for waiting. No, we can't do that. Have a good day.",
      await modelText(page),
    );
    const hint = page.locator('tact-draft-hint .hint');
    await hint.waitFor({ state: 'visible', timeout: 3000 });
    // An earlier check (mid-typing) may show another finding first; the bare no outranks it.
    await page
      .waitForFunction(() => document.querySelector('tact-draft-hint')?.shadowRoot?.textContent?.includes('A bare “no”'), null, {
        timeout: 3000,
      })
      .catch(() => undefined);
    const text = (await hint.textContent()) ?? '';
    check(
      `${kind}: hint shows the bare-refusal reason and suggestion`,
      text.includes('A bare “no”') && text.includes('what I can do'),
      text,
    );
    await page.locator('tact-draft-hint [data-action="replace"]').click();
    const expected = "Thanks for waiting. I can't do that one, because [reason] — but what I can do is [alternative]. Have a good day.";
    const model = await modelText(page);
    check(`${kind}: Replace swaps only the flagged sentence in the model`, model === expected, model);
    check(`${kind}: send button follows the model after Replace`, !(await sendDisabled(page)));
    // The caret sits right after the replacement: typing continues there.
    await page.keyboard.type(' OK?');
    const after = await modelText(page);
    check(`${kind}: caret lands after the replaced sentence`, after.includes('[alternative]. OK? Have a good day.'), after);

    // From empty: an insert the model must register, or the send button stays disabled.
    await page.evaluate(() => {
      const c = document.getElementById('composer') as HTMLElement;
      const T = (window as unknown as { TactDraft: typeof import('../../lib/composer') }).TactDraft;
      T.replaceRange(c, 0, T.readComposerText(c).length, '');
    });
    const cleared = await modelText(page);
    check(
      `${kind}: clearing through replaceRange empties the model and disables send`,
      cleared.trim() === '' && (await sendDisabled(page)),
      cleared,
    );
    const res = await page.evaluate(() => {
      const c = document.getElementById('composer') as HTMLElement;
      const T = (window as unknown as { TactDraft: typeof import('../../lib/composer') }).TactDraft;
      return T.insertAtCursor(c, "I'm sorry about this, Dana.");
    });
    check(
      `${kind}: insertAtCursor into an empty composer reaches the model`,
      res.ok && (await modelText(page)) === "I'm sorry about this, Dana." && !(await sendDisabled(page)),
      JSON.stringify(res) + (await modelText(page)),
    );
  } catch (e) {
    check(`${kind}: flow completed`, false, (e as Error).message.split('\n')[0]);
  } finally {
    await page.close();
  }
}

/** Keyboard only: Esc dismisses the hint, Alt+Enter replaces, and the editor's model follows. */
async function keyboardFlow(browser: Browser, kind: Kind, code: string, check: (name: string, ok: boolean, detail?: string) => void) {
  const page = await open(browser, kind, code, true);
  const hintText = () => page.evaluate(() => document.querySelector('tact-draft-hint')?.shadowRoot?.textContent ?? '');
  try {
    await page.click('#composer');
    await page.keyboard.type("I'm sorry, Dana. I guess it ships Friday.", { delay: 5 });
    await page.waitForFunction(() => document.querySelector('tact-draft-hint')?.shadowRoot?.textContent?.includes('Sounds unsure'), null, {
      timeout: 3000,
    });
    await page.keyboard.press('Escape');
    check(`${kind}: Esc dismisses the hint`, !(await hintText()).includes('Sounds unsure'));
    await page.keyboard.type(" No, we can't do that.", { delay: 5 });
    await page.waitForFunction(() => document.querySelector('tact-draft-hint')?.shadowRoot?.textContent?.includes('A bare “no”'), null, {
      timeout: 3000,
    });
    await page.keyboard.press('Alt+Enter');
    const model = await modelText(page);
    check(
      `${kind}: Alt+Enter replaces the flagged sentence in the model, nothing is sent`,
      model === "I'm sorry, Dana. I guess it ships Friday. I can't do that one, because [reason] — but what I can do is [alternative]." &&
        !(await sendDisabled(page)),
      model,
    );
  } catch (e) {
    check(`${kind}: keyboard flow completed`, false, (e as Error).message.split('\n')[0]);
  } finally {
    await page.close();
  }
}

/** The fixtures are only a fair test if their editors really ignore DOM edits made behind their back. */
async function fixtureFidelity(browser: Browser, code: string, check: (name: string, ok: boolean, detail?: string) => void) {
  for (const kind of ['prosemirror', 'ckeditor5', 'draftjs', 'slate'] as const) {
    const page = await open(browser, kind, code, false);
    await page.click('#composer');
    await page.keyboard.type('Hello');
    await page.evaluate(() => {
      const c = document.getElementById('composer') as HTMLElement;
      const p = c.querySelector('p, [data-text="true"], [data-slate-string="true"]') as HTMLElement;
      p.textContent = 'Changed behind its back';
    });
    check(`${kind} fixture: a plain DOM edit does not reach the model`, (await modelText(page)) === 'Hello');
    await page.close();
  }
}

async function keystrokeToPaintSamples(browser: Browser, code: string, withCoach: boolean, delay: number): Promise<number[]> {
  const page = await open(browser, 'prosemirror', code, withCoach);
  await page.evaluate(() => {
    const w = window as unknown as { __k2p: number[] };
    w.__k2p = [];
    document.addEventListener(
      'keydown',
      () => {
        const t = performance.now();
        requestAnimationFrame(() => w.__k2p.push(performance.now() - t));
      },
      { capture: true },
    );
  });
  await page.click('#composer');
  await page.keyboard.type("Thanks for waiting, Dana. No, we can't do that. I guess it ships Friday. ", { delay });
  await page.waitForTimeout(300);
  const samples = await page.evaluate(() => (window as unknown as { __k2p: number[] }).__k2p);
  await page.close();
  return samples;
}

function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 100) / 100;
  return { p50: pct(50), p95: pct(95), n: sorted.length };
}

/** Runs alternate with and without the coach, several times, so machine load hits both alike. */
const K2P_REPS = Number(process.env.TACT_K2P_REPS ?? 3);

export async function run(): Promise<E2EResult> {
  const failures: string[] = [];
  let passed = 0;
  const check = (name: string, ok: boolean, detail?: string) => {
    if (ok) passed++;
    else failures.push(detail ? `${name} — got: ${detail}` : name);
  };
  if (!existsSync(CHROMIUM)) {
    return { passed: 0, failed: 1, failures: [`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`] };
  }
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const keystrokeToPaintResult: NonNullable<E2EResult['keystrokeToPaint']> = {};
  try {
    await fixtureFidelity(browser, code, check);
    for (const kind of KINDS) await typeAndReplace(browser, kind, code, check);
    for (const kind of ['prosemirror', 'draftjs', 'textarea'] as const) await keyboardFlow(browser, kind, code, check);
    // Typing fast (checks wait for idle) and slowly (a check runs between keystrokes).
    for (const delay of [40, 200]) {
      const without: number[] = [];
      const withCoach: number[] = [];
      for (let rep = 0; rep < K2P_REPS; rep++) {
        without.push(...(await keystrokeToPaintSamples(browser, code, false, delay)));
        withCoach.push(...(await keystrokeToPaintSamples(browser, code, true, delay)));
      }
      keystrokeToPaintResult[`without coach, ${delay} ms/key`] = summarise(without);
      keystrokeToPaintResult[`with coach, ${delay} ms/key`] = summarise(withCoach);
    }
  } finally {
    await browser.close();
  }
  return { passed, failed: failures.length, failures, keystrokeToPaint: keystrokeToPaintResult };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    (r) => {
      for (const f of r.failures) console.log(`FAIL ${f}`);
      console.log(JSON.stringify(r.keystrokeToPaint, null, 2));
      console.log(`${r.passed} passed, ${r.failed} failed`);
      process.exitCode = r.failed ? 1 : 0;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
