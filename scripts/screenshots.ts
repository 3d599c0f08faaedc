/**
 * `node --import tsx scripts/screenshots.ts`: the README's pictures, taken from the built e2e
 * extension on the demo helpdesk (run `npm run build:e2e` first). Writes docs/*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchTact, newPageWithTabId, openDemo, openSidePanel, ROOT, type TactBrowser } from '../tests/e2e/harness';
import { startWebhookServer } from '../tests/support/webhook-server';

const out = join(ROOT, 'docs');

async function sideBySide(tact: TactBrowser, left: Page, right: Page, name: string) {
  const a = await left.screenshot();
  const b = await right.screenshot();
  const page = await tact.context.newPage();
  await page.setViewportSize({ width: 1100 + 380, height: 720 });
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;display:flex;background:#888"><img src="${src(a)}" width="1100"><img src="${src(b)}" width="380" style="border-left:2px solid #444"></body>`,
  );
  await page.screenshot({ path: join(out, name) });
  await page.close();
}

async function main() {
  mkdirSync(out, { recursive: true });
  const receiver = await startWebhookServer();
  const tact = await launchTact();
  try {
    // Not enabled yet.
    const { page: other, tabId } = await newPageWithTabId(tact);
    await other.goto(`http://other.tact.test:${tact.server.port}/`);
    const gate = await openSidePanel(tact, other, tabId);
    await gate.waitForSelector('[data-testid="state-unknown"]');
    await gate.screenshot({ path: join(out, 'state-not-enabled.png') });

    // No chat on the page.
    const reports = await tact.context.newPage();
    await reports.goto(`${tact.server.url}no-chat.html`);
    const noChat = await openSidePanel(tact, reports);
    await noChat.waitForSelector('[data-testid="state-no-chat"]');
    await noChat.screenshot({ path: join(out, 'state-no-chat.png') });

    // The escalating chat, live, with the nudge on the page.
    const demo = await openDemo(tact, { chat: 'escalating' });
    const panel = await openSidePanel(tact, demo);
    // Line by line, as it happens: a chat opened with its history already there does not nudge.
    while (await demo.evaluate(() => (window as any).tactDemo.stepOnce())) await demo.waitForTimeout(150);
    await demo.locator('tact-nudge').waitFor({ state: 'attached' });
    await panel.waitForSelector('.trigger[data-kind="threat_legal"]');
    await sideBySide(tact, demo, panel, 'tact-demo.png');

    // The draft coach catching a bare "no".
    await demo.locator('tact-nudge button.close').click();
    await demo.locator('[data-tact-demo="composer"]').click();
    await demo.locator('[data-tact-demo="composer"]').pressSequentially("No, we can't do that.", { delay: 10 });
    await demo.locator('tact-draft-hint').waitFor({ state: 'attached' });
    await panel.waitForSelector('[data-testid="draft-findings"]');
    await sideBySide(tact, demo, panel, 'draft-coach.png');
    await demo.locator('[data-tact-demo="composer"]').fill('');

    // The handoff card, filled in.
    const options = await tact.context.newPage();
    await options.goto(`chrome-extension://${tact.extensionId}/options.html#channels`);
    await options.getByRole('button', { name: 'Add channel' }).click();
    const form = options.locator('form.channel-form');
    await form.getByLabel('Type').selectOption('webhook');
    await form.getByLabel('Name').fill('Team leads webhook');
    await form.getByLabel('Webhook URL').fill(`${receiver.url}/leads`);
    await form.getByRole('button', { name: 'Add channel' }).click();
    await options.getByRole('button', { name: 'Send test to Team leads webhook' }).waitFor();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.screenshot({ path: join(out, 'options.png') });
    await options.close();
    await panel.click('[data-testid="open-handoff"]');
    await panel.getByRole('button', { name: 'Send handoff' }).waitFor();
    await panel.setViewportSize({ width: 380, height: 1100 });
    await panel.screenshot({ path: join(out, 'handoff-card.png'), fullPage: true });

    // After the chat: the scorecard.
    const coachDemo = await openDemo(tact, { chat: 'no-apology' });
    const coachPanel = await openSidePanel(tact, coachDemo);
    await coachDemo.evaluate(() => (window as any).tactDemo.playAll());
    await coachPanel.waitForFunction(() => document.querySelector('[data-testid="message-count"]')?.textContent === '6');
    await coachDemo.click('#close-chat');
    await coachPanel.waitForSelector('[data-testid="chat-scorecard"]');
    await coachPanel.setViewportSize({ width: 380, height: 1400 });
    await coachPanel.locator('[data-testid="chat-scorecard"]').screenshot({ path: join(out, 'scorecard.png') });
    console.log(`Screenshots written to ${out}: ${readFileSync(join(out, 'tact-demo.png')).length} bytes for the main one`);
  } finally {
    await tact.close();
    await receiver.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
