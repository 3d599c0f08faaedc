import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelConfig } from '@/lib/handoff/channel-config';
import { escapeSlack } from '@/lib/handoff/channels/slack';
import { createOutbox, type FetchLike, type Outbox } from '@/lib/handoff/outbox';
import { submitHandoff } from '@/lib/handoff/submit';
import { sendTestHandoff } from '@/lib/handoff/test-send';
import { startWebhookServer, type WebhookServer } from '../../support/webhook-server';
import { memoryStorage, sampleRequest } from './helpers';

/** Each channel's format, as the recording receiver got it over real HTTP. */

const realFetch: FetchLike = (url, init) => fetch(url, init);
let server: WebhookServer;
let outbox: Outbox;

beforeAll(async () => {
  server = await startWebhookServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  outbox = createOutbox({ storage: memoryStorage().storage, fetch: realFetch, policy: { baseDelayMs: 10, timeoutMs: 2_000 } });
});
afterEach(() => outbox.dispose());

async function sendVia(channel: ChannelConfig, id: string, note = 'Card on file 4111-1111-1111-1111, call her back') {
  const result = await submitHandoff(sampleRequest(id, { note }), channel, outbox);
  expect(result.ok).toBe(true);
  await outbox.settled();
  expect(outbox.get(id)?.status).toBe('delivered');
  const [received] = server.deliveries();
  if (!received) throw new Error('nothing received');
  return { received, payload: JSON.parse(received.body) as Record<string, any> };
}

describe('HTTP channels against the recording receiver', () => {
  it('Slack: a Block Kit message with header, facts, quotes, link button and a text fallback', async () => {
    const { received, payload } = await sendVia({ id: 's', kind: 'slack', name: 'Slack #support-leads', url: server.url }, 'ho_slack');
    expect(received.headers['content-type']).toBe('application/json');
    expect(received.headers['idempotency-key']).toBe('ho_slack');
    expect(payload.text).toContain('Supervisor needed: Dana Whitfield (C-1042)');
    const types = payload.blocks.map((b: { type: string }) => b.type);
    expect(types[0]).toBe('header');
    expect(types).toEqual(expect.arrayContaining(['section', 'actions', 'context']));
    expect(payload.blocks[0].text.text).toBe('[High] Supervisor needed: Dana Whitfield (C-1042) — Threat');
    const all = JSON.stringify(payload.blocks);
    expect(all).toContain('I will dispute the charge with my bank');
    expect(all).toContain('https://help.example.test/chats/chat-1');
    // The note the agent typed is masked, and Slack's control characters are escaped.
    expect(all).toContain('[card ••••1111]');
    expect(all).not.toContain('4111-1111');
  });

  it('Slack escaping keeps user text from becoming links or mentions', () => {
    expect(escapeSlack('<!channel> & <http://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;http://x|y&gt;');
  });

  it('Teams: an Adaptive Card inside the message/attachments envelope with an Open action', async () => {
    const { received, payload } = await sendVia({ id: 't', kind: 'teams', name: 'Teams leads', url: server.url }, 'ho_teams');
    expect(received.headers['idempotency-key']).toBe('ho_teams');
    expect(payload.type).toBe('message');
    const [attachment] = payload.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(attachment.content.actions[0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Open the chat',
      url: 'https://help.example.test/chats/chat-1',
    });
    const facts = attachment.content.body.find((b: { type: string }) => b.type === 'FactSet').facts;
    expect(facts).toContainEqual({ title: 'Risk', value: '82/100 (high, rising)' });
    expect(JSON.stringify(attachment.content.body)).toContain('Chargeback threat: \\"I will dispute the charge with my bank\\"');
  });

  it('Webhook: the documented JSON payload, signed with HMAC-SHA256 over the raw body', async () => {
    const secret = 'a-long-shared-secret-123';
    const { received, payload } = await sendVia({ id: 'w', kind: 'webhook', name: 'Ops', url: server.url, secret }, 'ho_hook');
    expect(payload).toMatchObject({ type: 'tact.handoff', version: 1, id: 'ho_hook', reason: 'threat', priority: 'high' });
    expect(payload.summary).toMatchObject({ id: 'ho_hook', chatId: 'chat-1', risk: 82, customer: { name: 'Dana Whitfield' } });
    expect(payload.note).toBe('Card on file [card ••••1111], call her back');
    const expected = createHmac('sha256', secret).update(received.body).digest('hex');
    expect(received.headers['x-tact-signature']).toBe(`sha256=${expected}`);
  });

  it('Webhook without a secret sends no signature header', async () => {
    const { received } = await sendVia({ id: 'w2', kind: 'webhook', name: 'Ops', url: server.url }, 'ho_hook2');
    expect(received.headers['x-tact-signature']).toBeUndefined();
    expect(received.headers['idempotency-key']).toBe('ho_hook2');
  });
});

describe('local channels', () => {
  it('E-mail: a mailto URL with recipients, subject and the plain-text body', async () => {
    const result = await submitHandoff(
      sampleRequest('ho_mail'),
      { id: 'e', kind: 'email', name: 'Leads', to: 'leads@example.com, duty@example.com' },
      outbox,
    );
    if (!result.ok || result.via !== 'mailto') throw new Error('expected mailto');
    const url = new URL(result.url);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('leads@example.com,duty@example.com');
    expect(url.searchParams.get('subject')).toBe('[High] Supervisor needed: Dana Whitfield (C-1042) — Threat');
    expect(url.searchParams.get('body')).toContain('Issue: My order #48213 never arrived');
    expect(result.url.length).toBeLessThanOrEqual(1900);
    expect(outbox.list()).toHaveLength(0);
  });

  it('Internal note and clipboard: the plain text, the note marked as coming from Tact', async () => {
    const note = await submitHandoff(sampleRequest('ho_note'), { id: 'n', kind: 'note', name: 'Note' }, outbox);
    const clip = await submitHandoff(sampleRequest('ho_clip'), { id: 'c', kind: 'clipboard', name: 'Copy' }, outbox);
    if (!note.ok || note.via !== 'note' || !clip.ok || clip.via !== 'clipboard') throw new Error('unexpected result');
    expect(note.text.startsWith('[Tact handoff]\n')).toBe(true);
    expect(clip.text).toContain('Triggers:\n- Chargeback threat: "I will dispute the charge with my bank"');
    expect(clip.text).toContain('Chat: https://help.example.test/chats/chat-1');
  });

  it('refuses to send through a channel that is not set up', async () => {
    const result = await submitHandoff(
      sampleRequest('ho_bad'),
      { id: 's', kind: 'slack', name: 'Slack', url: 'http://hooks.slack.com/services/T1/B1/x' },
      outbox,
    );
    expect(result).toEqual({ ok: false, error: expect.stringContaining('must start with https://') });
  });
});

describe('Send test', () => {
  it('reports a real delivery', async () => {
    const result = await sendTestHandoff({ id: 'w', kind: 'webhook', name: 'Ops', url: server.url }, realFetch);
    expect(result).toEqual({ ok: true, message: 'Delivered: the receiver answered HTTP 200.' });
    expect(JSON.parse(server.deliveries()[0]?.body ?? '{}').summary.customer.name).toBe('Test Customer');
  });

  it('reports the real failure: a 500, or a receiver that is down', async () => {
    server.failNext({ kind: 'status', status: 500, body: 'boom' });
    const failed = await sendTestHandoff({ id: 'w', kind: 'webhook', name: 'Ops', url: server.url }, realFetch);
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('HTTP 500 (boom)');
    const gone = await startWebhookServer();
    const goneUrl = gone.url;
    await gone.close();
    const down = await sendTestHandoff({ id: 'w', kind: 'webhook', name: 'Ops', url: goneUrl }, realFetch);
    expect(down).toEqual({ ok: false, message: expect.stringContaining('refused the connection') });
  });

  it('reports configuration problems without sending', async () => {
    const result = await sendTestHandoff({ id: 'e', kind: 'email', name: 'Mail', to: 'not-an-address' }, realFetch);
    expect(result).toEqual({ ok: false, message: 'Not an e-mail address: not-an-address.' });
  });
});
