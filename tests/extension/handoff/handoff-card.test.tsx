// @vitest-environment happy-dom
import { request as httpRequest } from 'node:http';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ActionOutcome, HandoffCard, type HandoffCardProps } from '@/components/handoff/HandoffCard';
import type { ChannelConfig } from '@/lib/handoff/channel-config';
import { createOutbox, type FetchLike, type OutboxEntry } from '@/lib/handoff/outbox';
import { suggestReason } from '@/lib/handoff/reasons';
import { submitHandoff } from '@/lib/handoff/submit';
import type { HandoffRequest } from '@/lib/handoff/types';
import { startWebhookServer, type WebhookServer } from '../../support/webhook-server';
import { CHAT_NOW, ESCALATING_DETECTION, escalatingSummary } from '../../unit/handoff/fixtures';
import { memoryStorage } from '../../unit/handoff/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Node's own HTTP (happy-dom replaces fetch with a browser-like one that applies CORS). */
const nodeFetch: FetchLike = (url, init) =>
  new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method, headers: init.headers, signal: init.signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          headers: { get: (n) => (res.headers[n.toLowerCase()] as string | undefined) ?? null },
          text: async () => body,
        });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });

const summary = escalatingSummary('ho_card_1');
const suggestion = suggestReason(ESCALATING_DETECTION.triggers, ESCALATING_DETECTION.level);

let server: WebhookServer;
beforeAll(async () => {
  server = await startWebhookServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

async function render(overrides: Partial<HandoffCardProps> = {}) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = createRoot(host);
  const props: HandoffCardProps = {
    summary,
    suggestion,
    channels: [{ id: 'hook', kind: 'webhook', name: 'Leads webhook', url: 'http://127.0.0.1:1/unused' }],
    outboxEntries: [],
    onSend: vi.fn(async () => ({ ok: true, message: 'Queued' })),
    onRetry: vi.fn(async () => undefined),
    onInsertCustomerLine: vi.fn(async () => ({ ok: true, message: 'Inserted into the reply box.' })),
    ...overrides,
  };
  await act(async () => root.render(<HandoffCard {...props} />));
  const rerender = (next: Partial<HandoffCardProps>) => act(async () => root.render(<HandoffCard {...props} {...next} />));
  return { host, props, rerender, unmount: () => act(async () => root.unmount()) };
}

const byLabel = (host: HTMLElement, text: string) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
  return host.querySelector(`#${CSS.escape(label?.htmlFor ?? '')}`) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
};
const button = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(element: HTMLSelectElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('HandoffCard', () => {
  it('opens pre-filled from the chat, with the suggested reason and priority, focus on the issue', async () => {
    const { host, unmount } = await render();
    expect(byLabel(host, 'Issue').value).toBe('My order #48213 never arrived and you charged my card [card ••••1111] twice.');
    expect(byLabel(host, 'Customer wants').value).toBe('I want a full refund today.');
    expect(byLabel(host, 'Already tried').value.split('\n')).toHaveLength(3);
    expect((byLabel(host, 'Reason') as HTMLSelectElement).value).toBe('threat');
    expect((byLabel(host, 'Priority') as HTMLSelectElement).value).toBe('high');
    expect(document.activeElement).toBe(byLabel(host, 'Issue'));
    expect(host.textContent).toContain('Chargeback threat: “I will dispute the charge with my bank”');
    await unmount();
  });

  it("sends the agent's edits, reason, priority and note", async () => {
    const onSend = vi.fn(async (_: HandoffRequest): Promise<ActionOutcome> => ({ ok: true, message: 'Queued for Leads webhook' }));
    const { host, unmount } = await render({ onSend });
    await type(byLabel(host, 'Issue') as HTMLInputElement, 'Parcel lost, double charge');
    await type(byLabel(host, 'Already tried') as HTMLTextAreaElement, 'Checked tracking\n\n Refunded one charge ');
    await type(byLabel(host, 'Note for the supervisor') as HTMLTextAreaElement, 'She is a long-time customer');
    await choose(byLabel(host, 'Reason') as HTMLSelectElement, 'policy_exception');
    await choose(byLabel(host, 'Priority') as HTMLSelectElement, 'urgent');
    await act(async () => button(host, 'Send handoff').click());
    expect(onSend).toHaveBeenCalledTimes(1);
    const sent = onSend.mock.calls[0]?.[0];
    expect(sent).toMatchObject({ reason: 'policy_exception', priority: 'urgent', note: 'She is a long-time customer', channelId: 'hook' });
    expect(sent?.summary).toMatchObject({
      id: 'ho_card_1',
      issue: 'Parcel lost, double charge',
      tried: ['Checked tracking', 'Refunded one charge'],
    });
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Queued for Leads webhook');
    await unmount();
  });

  it('sends with Ctrl+Enter from any field', async () => {
    const onSend = vi.fn(async () => ({ ok: true, message: 'Queued' }));
    const { host, unmount } = await render({ onSend });
    await act(async () => {
      byLabel(host, 'Customer wants').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(onSend).toHaveBeenCalledTimes(1);
    await unmount();
  });

  it('keeps the edits when the panel re-renders with the same handoff', async () => {
    const { host, rerender, unmount } = await render();
    await type(byLabel(host, 'Issue') as HTMLInputElement, 'Edited issue');
    await rerender({ summary: { ...summary } });
    expect(byLabel(host, 'Issue').value).toBe('Edited issue');
    await unmount();
  });

  it('shows each handoff state with its reason, and Retry on a failed one', async () => {
    const base = {
      chatId: 'chat-1',
      channelId: 'hook',
      channelName: 'Leads webhook',
      kind: 'webhook' as const,
      title: 't',
      http: { url: '', headers: {}, body: '' },
      createdAt: 1,
      updatedAt: 1,
    };
    const entries: OutboxEntry[] = [
      { ...base, id: 'a', status: 'delivered', attempts: 1, deliveredAt: CHAT_NOW },
      { ...base, id: 'b', status: 'failed', attempts: 8, lastError: 'Gave up after 8 attempts. Last problem: HTTP 500.' },
    ];
    const onRetry = vi.fn(async () => undefined);
    const { host, unmount } = await render({ outboxEntries: entries, onRetry });
    const rows = [...host.querySelectorAll('[data-testid="outbox-entry"]')];
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['delivered', 'failed']);
    expect(rows[1]?.textContent).toContain('Gave up after 8 attempts. Last problem: HTTP 500.');
    await act(async () => button(host, 'Retry').click());
    expect(onRetry).toHaveBeenCalledWith('b');
    await unmount();
  });

  it('inserts the customer-facing line', async () => {
    const onInsertCustomerLine = vi.fn(async () => ({ ok: true, message: 'Inserted into the reply box.' }));
    const { host, unmount } = await render({ onInsertCustomerLine });
    await act(async () => button(host, 'Insert line for customer').click());
    expect(onInsertCustomerLine).toHaveBeenCalledWith(expect.stringContaining("I'm bringing in my supervisor now and I'll stay with you"));
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Inserted into the reply box.');
    await unmount();
  });

  it('says what to do when no channel is set up, and does not send', async () => {
    const onSend = vi.fn(async () => ({ ok: true, message: '' }));
    const { host, unmount } = await render({ channels: [], onSend });
    expect(host.textContent).toContain('No channel is set up yet.');
    expect(button(host, 'Send handoff').disabled).toBe(true);
    await unmount();
  });

  it('has no accessibility violations axe can find', async () => {
    const { host, unmount } = await render();
    const result = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await unmount();
  });

  it('one click: the receiver gets the handoff with masked PII and the quotes', async () => {
    const outbox = createOutbox({ storage: memoryStorage().storage, fetch: nodeFetch, policy: { baseDelayMs: 10, timeoutMs: 2_000 } });
    const channel: ChannelConfig = {
      id: 'hook',
      kind: 'webhook',
      name: 'Leads webhook',
      url: server.url,
      secret: 'card-test-secret-123456',
    };
    const onSend = async (request: HandoffRequest): Promise<ActionOutcome> => {
      const result = await submitHandoff(request, channel, outbox);
      return result.ok ? { ok: true, message: `Queued for ${channel.name}` } : { ok: false, message: result.error };
    };
    const { host, unmount } = await render({ channels: [channel], onSend });
    await type(byLabel(host, 'Note for the supervisor') as HTMLTextAreaElement, 'Her number is +44 20 7946 0958');
    await act(async () => button(host, 'Send handoff').click());
    // The click resolves before the (async) send has queued anything: wait for the card to say so.
    for (let i = 0; i < 300 && host.querySelector('[role="status"]')?.textContent !== 'Queued for Leads webhook'; i++) {
      await act(async () => new Promise((r) => setTimeout(r, 10)));
    }
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Queued for Leads webhook');
    expect(outbox.list()).toHaveLength(1);
    await outbox.settled();
    outbox.dispose();
    const [received] = server.deliveries();
    const payload = JSON.parse(received?.body ?? '{}');
    expect(payload.summary.issue).toContain('[card ••••1111]');
    expect(received?.body).not.toMatch(/4111 1111|dana\.w@example\.com|7946 0958/);
    expect(payload.note).toBe('Her number is [phone hidden]');
    expect(payload.summary.triggers.map((t: { quote: string }) => t.quote)).toContain('Get me your manager now');
    expect(received?.headers['idempotency-key']).toBe('ho_card_1');
    await unmount();
  });
});
