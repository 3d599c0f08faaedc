import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookServer, type WebhookServer } from '../support/webhook-server';
import { launchTact, openDemo, openSidePanel, type TactBrowser } from './harness';

/** One-click handoff from the escalating demo chat to a local webhook receiver. */
describe('supervisor handoff', () => {
  let tact: TactBrowser;
  let receiver: WebhookServer;
  let demo: Page;
  let panel: Page;

  beforeAll(async () => {
    receiver = await startWebhookServer();
    tact = await launchTact();
    demo = await openDemo(tact, { chat: 'escalating' });
    panel = await openSidePanel(tact, demo);
    await demo.evaluate(() => (window as any).tactDemo.playAll());
    await demo.evaluate(() =>
      (window as any).tactDemo.addMessage(
        'customer',
        'Call me on +44 7700 900123 or write to dana.whitfield@example.com. Card was 4242 4242 4242 4242.',
      ),
    );
    await panel.waitForFunction(() => document.querySelector('[data-testid="message-count"]')?.textContent === '10');
  });
  afterAll(async () => {
    await tact?.close();
    await receiver?.close();
  });

  it('rejects a bad channel in options and saves a good one', async () => {
    const options = await tact.context.newPage();
    await options.goto(`chrome-extension://${tact.extensionId}/options.html#channels`);
    await options.getByRole('button', { name: 'Add channel' }).click();
    const form = options.locator('form.channel-form');
    await form.getByLabel('Type').selectOption('webhook');
    await form.getByLabel('Name').fill('Team leads webhook');
    await form.getByLabel('Webhook URL').fill('not a url');
    await form.getByRole('button', { name: 'Add channel' }).click();
    expect(await form.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await form.getByLabel('Webhook URL').fill(`${receiver.url}/leads`);
    await form.getByRole('button', { name: 'Add channel' }).click();
    await options.getByRole('button', { name: 'Send test to Team leads webhook' }).waitFor();
    await options.close();
  });

  it('sends the handoff with the expected fields, quotes and masked personal data', async () => {
    await panel.click('[data-testid="open-handoff"]');
    await panel.getByRole('button', { name: 'Send handoff' }).waitFor();
    await panel.getByRole('button', { name: 'Send handoff' }).click();
    await panel.waitForFunction(
      () => document.querySelector('[data-testid="outbox-entry"]')?.getAttribute('data-status') === 'delivered',
      null,
      {
        timeout: 15000,
      },
    );
    const deliveries = receiver.deliveries();
    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0]!;
    expect(delivery.path).toBe(new URL(`${receiver.url}/leads`).pathname);
    const payload = JSON.parse(delivery.body);
    expect(delivery.headers['idempotency-key']).toBe(payload.id);
    expect(payload.type).toBe('tact.handoff');
    expect(payload.summary.customer).toMatchObject({ name: 'Dana Whitfield' });
    expect(payload.summary.issue).toMatch(/charged twice/i);
    const kinds = payload.summary.triggers.map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual(expect.arrayContaining(['repeated_escalation_request', 'threat_legal']));
    expect(JSON.stringify(payload.summary.triggers)).toMatch(/lawyer/);
    expect(delivery.body).not.toContain('dana.whitfield@example.com');
    expect(delivery.body).not.toContain('4242 4242 4242 4242');
    expect(delivery.body).not.toContain('7700 900123');
    expect(receiver.duplicateRequests()).toBe(0);
  });

  it('marks the chat as escalated and keeps helping', async () => {
    await panel.waitForSelector('[data-testid="escalated"]');
    expect(await panel.textContent('[data-testid="escalated"]')).toContain('Team leads webhook');
    expect(await panel.locator('.trigger').count()).toBeGreaterThan(0);
  });
});
