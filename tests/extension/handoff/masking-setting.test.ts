import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundContext } from '@/lib/background/context';
import { handoffFeature } from '@/lib/background/features/handoff';
import { SessionManager } from '@/lib/background/sessions';
import { saveChannels } from '@/lib/handoff/channel-store';
import type { HandoffRequest } from '@/lib/handoff/types';
import { type PreparedHandoff, sendMessage } from '@/lib/messaging/protocol';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { startWebhookServer, type WebhookServer } from '../../support/webhook-server';
import { ESCALATING_CHAT } from '../../unit/handoff/fixtures';
import { waitFor } from '../../unit/handoff/helpers';

/**
 * The background handoff feature over the fake browser's messaging: what the side panel gets to
 * preview (prepareHandoff) and what reaches the channel (sendHandoff) follow the agent's
 * handoffMasking setting in the same way.
 *
 * The feature is registered once: @webext-core/messaging keeps one listener per message type for
 * the whole JS context, and fakeBrowser.reset() would remove it from runtime.onMessage without the
 * messenger knowing. So the fake browser is reset once, before the feature starts.
 */

const TAB = 7;
let server: WebhookServer;
let settings: Settings;

beforeAll(async () => {
  fakeBrowser.reset();
  server = await startWebhookServer();
  await saveChannels([{ id: 'hook', kind: 'webhook', name: 'Leads', url: server.url }], 'hook');
  const sessions = new SessionManager();
  sessions.applyDelta(TAB, {
    chatId: 'chat-1',
    url: 'https://help.example.test/chats/chat-1',
    adapter: 'demo',
    confidence: 'high',
    upserts: ESCALATING_CHAT,
    removed: [],
    order: ESCALATING_CHAT.map((m) => m.id),
    observedAt: Date.now(),
    seq: 1,
    full: true,
  });
  const ctx: BackgroundContext = {
    sessions,
    settings: () => settings,
    publish: async () => {},
    decorateView: () => {},
    onTranscriptChange: () => {},
    ready: Promise.resolve(),
    waitFor: () => {},
  };
  handoffFeature(ctx);
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  settings = defaultSettings();
  server.requests.length = 0;
});

async function prepare(): Promise<PreparedHandoff> {
  const reply = await sendMessage('prepareHandoff', { tabId: TAB });
  if ('error' in reply) throw new Error(reply.error);
  return reply;
}

/** Sends the prepared summary as the card would, with a note the agent typed. */
async function sendAndReceive(prepared: PreparedHandoff, note: string) {
  const request: HandoffRequest = { summary: prepared.summary, reason: 'threat', priority: 'high', note, channelId: 'hook' };
  const result = await sendMessage('sendHandoff', { tabId: TAB, request });
  expect(result).toMatchObject({ ok: true, via: 'outbox' });
  await waitFor(() => server.deliveries().length === 1, 5_000, 'the webhook delivery');
  return JSON.parse(server.deliveries()[0]?.body ?? '{}') as { note: string; summary: { issue: string } };
}

const NOTE = 'Call her back: dana.w@example.com or +44 20 7946 0958.';

describe('handoff masking setting in the background', () => {
  it('masks everything by default, in the preview and in what the channel receives', async () => {
    const prepared = await prepare();
    expect(prepared.masking).toEqual({ cards: true, ibans: true, emails: true, phones: true });
    expect(prepared.summary.issue).toContain('[card ••••1111]');
    expect(prepared.summary.issue).not.toContain('4111');
    const received = await sendAndReceive(prepared, NOTE);
    expect(received.summary.issue).toBe(prepared.summary.issue);
    expect(received.note).toBe('Call her back: [email hidden] or [phone hidden].');
  });

  it('sends a kind the agent turned off as typed and keeps masking the others', async () => {
    settings.handoffMasking = { ...settings.handoffMasking, emails: false };
    const prepared = await prepare();
    expect(prepared.masking).toMatchObject({ emails: false, cards: true, phones: true });
    const received = await sendAndReceive(prepared, NOTE);
    expect(received.note).toBe('Call her back: dana.w@example.com or [phone hidden].');
    expect(received.summary.issue).toContain('[card ••••1111]');
  });

  it('shows an unmasked card number in the preview exactly as the supervisor will get it', async () => {
    settings.handoffMasking = { ...settings.handoffMasking, cards: false };
    const prepared = await prepare();
    expect(prepared.summary.issue).toContain('4111 1111 1111 1111');
    const received = await sendAndReceive(prepared, NOTE);
    expect(received.summary.issue).toBe(prepared.summary.issue);
    expect(received.note).toBe('Call her back: [email hidden] or [phone hidden].');
  });
});
