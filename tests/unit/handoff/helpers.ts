import type { OutboxEntry, OutboxStorage } from '@/lib/handoff/outbox';
import type { HandoffRequest } from '@/lib/handoff/types';

/** In-memory OutboxStorage that survives outbox instances (like extension storage survives a worker). */
export function memoryStorage() {
  let saved: OutboxEntry[] = [];
  let failuresLeft = 0;
  let saves = 0;
  const storage: OutboxStorage = {
    async load() {
      return { entries: structuredClone(saved), problems: [] };
    },
    async save(entries) {
      saves += 1;
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      saved = structuredClone(entries);
    },
  };
  return {
    storage,
    saved: () => saved,
    saves: () => saves,
    failNextWrites(n: number) {
      failuresLeft = n;
    },
  };
}

export function sampleRequest(id: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  return {
    channelId: 'ch-1',
    reason: 'threat',
    priority: 'high',
    note: 'VIP account, please call back <today> & log it.',
    ...overrides,
    summary: {
      id,
      chatId: 'chat-1',
      customer: { name: 'Dana Whitfield', id: 'C-1042' },
      issue: 'My order #48213 never arrived and you charged my card [card ••••1111] twice.',
      wants: 'I want a full refund today.',
      tried: ["I've checked the tracking and the parcel is marked as lost."],
      triggers: [
        { kind: 'threat_chargeback', quote: 'I will dispute the charge with my bank', messageId: 'm6' },
        { kind: 'repeated_escalation_request', quote: 'I asked for a supervisor twice already', messageId: 'm8' },
      ],
      risk: 82,
      level: 'high',
      riskTrend: 'rising',
      timeInChat: { ms: 840_000, text: '14 min' },
      link: 'https://help.example.test/chats/chat-1',
      agentName: 'Sam',
      createdAt: Date.UTC(2026, 10, 24, 9, 14),
      ...overrides.summary,
    },
  };
}

export async function waitFor(check: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
