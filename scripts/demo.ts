/**
 * `npm run demo`: builds the extension, serves the demo helpdesk and opens Chromium with Tact
 * loaded. With a display it stays open for you to play with (the panel opens in a tab pinned to
 * the demo chat; the toolbar button opens the real side panel). Without one (a headless
 * machine) it plays the escalating script, prints what the side panel showed at each step and
 * saves screenshots to .tmp/demo/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchTact, openDemo, openSidePanel, ROOT } from '../tests/e2e/harness';

const outDir = join(ROOT, '.tmp', 'demo');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}. Install Debian's build first: apt-get install -y chromium`);
    process.exit(2);
  }
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension (wxt build --mode e2e)…');
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  }
  const tact = await launchTact({ headless });
  const demo = await openDemo(tact, { chat: 'escalating' });
  const panel = await openSidePanel(tact, demo);
  await panel.waitForSelector('main.panel', { timeout: 15000 });
  console.log(`Demo helpdesk: ${tact.server.url}?chat=escalating   extension id: ${tact.extensionId}`);

  if (!headless) {
    await demo.bringToFront();
    await demo.evaluate(() => (window as any).tactDemo.play());
    console.log('Chromium is open. The scripted customer is writing; close the browser to stop.');
    await new Promise((resolve) => tact.context.on('close', resolve));
    await tact.server.close();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const total: number = await demo.evaluate(() => (window as any).tactDemo.scriptLength());
  for (let step = 1; step <= total; step++) {
    // One scripted line at a time, as the customer and agent would write them.
    await demo.evaluate(() => (window as any).tactDemo.stepOnce());
    await panel.waitForFunction((n) => Number(document.querySelector('[data-testid="message-count"]')?.textContent) >= n, step, {
      timeout: 10000,
    });
    await panel.waitForTimeout(50);
    const shown = await panel.evaluate(() => ({
      count: document.querySelector('[data-testid="message-count"]')?.textContent,
      level: document.querySelector('[data-testid="risk-level"]')?.textContent ?? '-',
      score: document.querySelector('.risk-score')?.textContent ?? '-',
      triggers: [...document.querySelectorAll('[data-testid="triggers"] > li h3')].map((h) => h.textContent),
      agent: [...document.querySelectorAll('[data-testid="agent-triggers"] > li h3')].map((h) => h.textContent),
      last: [...document.querySelectorAll('[data-testid="recent-messages"] li')].at(-1)?.textContent,
    }));
    console.log(
      `step ${step}: ${shown.count} messages · risk ${shown.level} ${shown.score} · triggers: ${shown.triggers.join(', ') || 'none'} · your replies: ${shown.agent.join(', ') || 'fine'}\n   last: ${shown.last}`,
    );
    await panel.screenshot({ path: join(outDir, `sidepanel-step-${String(step).padStart(2, '0')}.png`) });
  }
  await demo.screenshot({ path: join(outDir, 'helpdesk.png') });
  await composeSideBySide(tact, join(outDir, 'helpdesk.png'), join(outDir, `sidepanel-step-${String(total).padStart(2, '0')}.png`));
  console.log(`Screenshots in ${outDir}`);
  await tact.close();
}

/** The README's picture: the helpdesk and the side panel next to each other, as the agent sees them. */
async function composeSideBySide(tact: Awaited<ReturnType<typeof launchTact>>, left: string, right: string) {
  const { readFileSync } = await import('node:fs');
  const b64 = (p: string) => `data:image/png;base64,${readFileSync(p).toString('base64')}`;
  const page = await tact.context.newPage();
  await page.setViewportSize({ width: 1100 + 380, height: 720 });
  const html = `<body style="margin:0;display:flex;background:#888"><img src="${b64(left)}" width="1100"><img src="${b64(right)}" width="380" style="border-left:2px solid #444"></body>`;
  await page.setContent(html);
  await page.screenshot({ path: join(outDir, 'tact-demo.png') });
  writeFileSync(join(outDir, 'README.txt'), 'tact-demo.png: demo helpdesk (left) with the Tact side panel (right).\n');
}

main().catch((error) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
