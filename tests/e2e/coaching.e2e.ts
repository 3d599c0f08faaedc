import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../unit/coaching/parse-csv';
import { launchTact, openDemo, openSidePanel, type TactBrowser } from './harness';

/** Coaching with the built extension: finish the demo chat, see the scorecard, keep, export, clear. */
describe('post-chat coaching', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tact-coaching-'));
  let tact: TactBrowser | undefined;
  afterAll(async () => {
    await tact?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows the scorecard with tips when the agent closes the demo chat', async () => {
    tact = await launchTact({ userDataDir });
    const demo = await openDemo(tact, { chat: 'no-apology' });
    const panel = await openSidePanel(tact, demo);
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await panel.waitForFunction(() => document.querySelector('[data-testid="message-count"]')?.textContent === '6');
    await demo.click('#close-chat');
    await panel.waitForSelector('[data-testid="chat-scorecard"]', { timeout: 10000 });
    const tips = await panel.$$eval('[data-testid="scorecard-tips"] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(tips.length).toBeGreaterThanOrEqual(2);
    expect(tips.length).toBeLessThanOrEqual(3);
    // The tips quote what the agent actually said in this chat.
    expect(tips.join(' ')).toMatch(/No, we can't refund that|You should have read the returns policy/);
    expect(await panel.textContent('[data-testid="chat-scorecard"]')).toContain('To work on');
  });

  it('keeps the history across a browser restart, exports CSV and JSON, and clears everything', async () => {
    await tact?.close();
    tact = await launchTact({ userDataDir });
    const page = await tact.context.newPage();
    await page.goto(`chrome-extension://${tact.extensionId}/coaching.html`);
    await page.waitForSelector('[data-testid="scorecard"]');
    expect(await page.locator('.recent button').count()).toBe(1);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const rows = parseCsv(readFileSync((await csvDownload.path()) as string, 'utf8'));
    expect(rows).toHaveLength(2); // header + one chat
    expect(rows[1]?.[0]).toMatch(/^no-apology@\d+$/);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const json = JSON.parse(readFileSync((await jsonDownload.path()) as string, 'utf8'));
    expect(json.records).toHaveLength(1);
    expect(json.records[0].tips.length).toBeGreaterThanOrEqual(2);

    await page.getByRole('button', { name: 'Clear all…' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.waitForSelector('#empty-title');
    await page.reload();
    await page.waitForSelector('#empty-title');
  });
});
