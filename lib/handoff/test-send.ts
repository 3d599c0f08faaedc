import { type ChannelConfig, validateChannel } from './channel-config';
import { createOutbox, type FetchLike, type OutboxEntry } from './outbox';
import { submitHandoff } from './submit';
import type { HandoffRequest } from './types';

/**
 * "Send test" in options: one real attempt to the channel with a sample handoff marked as a test,
 * classified exactly as the outbox would, so the result the admin sees is the real one.
 */
export interface TestSendResult {
  ok: boolean;
  message: string;
  /** For local channels: what would be opened / inserted / copied. */
  preview?: string;
}

export function sampleHandoffRequest(channelId: string, now: number): HandoffRequest {
  return {
    channelId,
    reason: 'customer_insisted',
    priority: 'normal',
    note: 'This is a test handoff sent from Tact options. No action needed.',
    summary: {
      id: `test_${globalThis.crypto.randomUUID()}`,
      chatId: 'test-chat',
      customer: { name: 'Test Customer' },
      issue: 'Test: the parcel has not arrived.',
      wants: 'Test: a refund.',
      tried: ["Test: I've checked the tracking."],
      triggers: [{ kind: 'escalation_request', quote: 'can I speak to a manager', messageId: 'test-1' }],
      risk: 50,
      level: 'elevated',
      riskTrend: 'steady',
      timeInChat: { ms: 300_000, text: '5 min' },
      link: 'https://example.com/tact-test',
      createdAt: now,
    },
  };
}

export async function sendTestHandoff(
  channel: ChannelConfig,
  fetchImpl: FetchLike,
  options: { timeoutMs?: number; now?: () => number } = {},
): Promise<TestSendResult> {
  const checked = validateChannel(channel);
  if (!checked.ok) return { ok: false, message: checked.issues.map((i) => i.message).join(' ') };
  const now = options.now ?? Date.now;
  let stored: OutboxEntry[] = [];
  const outbox = createOutbox({
    storage: {
      load: async () => ({ entries: [], problems: [] }),
      save: async (entries) => {
        stored = entries;
      },
    },
    fetch: fetchImpl,
    now,
    policy: { maxAttempts: 1, timeoutMs: options.timeoutMs ?? 10_000 },
  });
  try {
    const result = await submitHandoff(sampleHandoffRequest(channel.id, now()), checked.channel, outbox);
    if (!result.ok) return { ok: false, message: result.error };
    if (result.via === 'mailto') return { ok: true, message: 'Your mail program will open with the handoff.', preview: result.url };
    if (result.via !== 'outbox') {
      const message =
        result.via === 'note' ? 'The handoff is inserted as an internal note in the helpdesk.' : 'The handoff is copied as text.';
      return { ok: true, message, preview: result.text };
    }
    await outbox.settled();
    const entry = outbox.get(result.entry.id) ?? stored.find((e) => e.id === result.entry.id);
    if (entry?.status === 'delivered')
      return { ok: true, message: `Delivered: the receiver answered HTTP ${entry.lastHttpStatus ?? 200}.` };
    return {
      ok: false,
      message: (entry?.lastError ?? 'The test handoff was not delivered.').replace(/^Gave up after 1 attempts\. Last problem: /, ''),
    };
  } finally {
    outbox.dispose();
  }
}
