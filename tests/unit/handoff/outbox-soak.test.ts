import { afterAll, beforeAll, expect, it } from 'vitest';
import { webhookDelivery } from '@/lib/handoff/channels/webhook';
import { createOutbox, type FetchLike, type Outbox } from '@/lib/handoff/outbox';
import { type Fault, startWebhookServer, type WebhookServer } from '../../support/webhook-server';
import { memoryStorage, sampleRequest, waitFor } from './helpers';

/**
 * Many handoffs through a receiver that fails in every way we know, with the receiver down for a
 * while and the worker killed twice. Every handoff must reach the receiver exactly once, or be
 * shown failed with a reason. The counts are printed for the report.
 */

let server: WebhookServer;
beforeAll(async () => {
  server = await startWebhookServer({ maxHangMs: 1_000 });
});
afterAll(async () => {
  await server.close();
});

/** Deterministic PRNG (mulberry32) so the fault mix is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it('delivers every handoff exactly once through 500s, timeouts, resets, slow answers, downtime and two worker kills', async () => {
  const random = seeded(6);
  const faults: Fault[] = [];
  for (let i = 0; i < 60; i++) {
    const r = random();
    if (r < 0.2) faults.push({ kind: 'status', status: 500 });
    else if (r < 0.3) faults.push({ kind: 'status', status: 503 });
    else if (r < 0.38) faults.push({ kind: 'hang' });
    else if (r < 0.46) faults.push({ kind: 'reset' });
    else if (r < 0.54) faults.push({ kind: 'slow', delayMs: 50 });
    else if (r < 0.62)
      faults.push({ kind: 'slow', delayMs: 400 }); // lands, but answers after the client gave up
    else faults.push({ kind: 'slow', delayMs: 0 });
  }
  server.failNext(...faults);

  const memory = memoryStorage();
  let requestsMade = 0;
  const countingFetch: FetchLike = (url, init) => {
    requestsMade += 1;
    return fetch(url, init);
  };
  const policy = { baseDelayMs: 15, maxDelayMs: 150, timeoutMs: 250, maxAttempts: 12, storageRetryMs: 20 };
  const instances: Outbox[] = [];
  const boot = async () => {
    const outbox = createOutbox({ storage: memory.storage, fetch: countingFetch, policy, random });
    instances.push(outbox);
    await outbox.start();
    return outbox;
  };
  const ids = Array.from({ length: 30 }, (_, i) => `ho_soak_${String(i).padStart(2, '0')}`);
  const enqueueAll = async (outbox: Outbox, batch: string[]) => {
    for (const id of batch) {
      const http = await webhookDelivery(server.url, sampleRequest(id), 'soak-test-secret-0123456789');
      await outbox.enqueue({ id, chatId: `chat-${id}`, channelId: 'ch-1', channelName: 'Ops', kind: 'webhook', title: id, http });
    }
  };

  const first = await boot();
  await enqueueAll(first, ids.slice(0, 10));
  await waitFor(() => server.requests.length >= 4, 3_000, 'first requests');
  first.dispose(); // worker killed with handoffs queued and in flight

  const second = await boot();
  await enqueueAll(second, ids.slice(10, 20));
  await server.stop(); // receiver down: connection refused
  await new Promise((r) => setTimeout(r, 200));
  await server.restart();
  await waitFor(() => second.list().some((e) => e.status === 'delivered'), 3_000, 'deliveries after downtime');
  second.dispose(); // killed again

  const third = await boot();
  await enqueueAll(third, ids.slice(20));
  // A handoff the agent clicks twice must not be queued twice.
  await enqueueAll(third, ids.slice(20, 22));
  await third.settled();

  const entries = third.list();
  const delivered = entries.filter((e) => e.status === 'delivered');
  const failed = entries.filter((e) => e.status === 'failed');
  const keys = server.deliveries().map((d) => d.headers['idempotency-key']);
  const counts = {
    handoffs: ids.length,
    requestsMade,
    retried: requestsMade - ids.length,
    receivedByReceiver: server.requests.length,
    delivered: delivered.length,
    failedWithReason: failed.filter((e) => e.lastError).length,
    uniqueAtReceiver: new Set(keys).size,
    duplicateDeliveries: keys.length - new Set(keys).size,
    repeatsDroppedByIdempotencyKey: server.duplicateRequests(),
    resumedAfterKill: instances.reduce((n, o) => n + o.stats().resumed, 0),
  };
  console.log(`handoff soak: ${JSON.stringify(counts)}`);
  for (const outbox of instances) outbox.dispose();

  expect(entries).toHaveLength(ids.length);
  expect(delivered.length + failed.length).toBe(ids.length);
  expect(failed.every((e) => (e.lastError ?? '').length > 0)).toBe(true);
  expect(counts.duplicateDeliveries).toBe(0);
  // Everything the outbox calls delivered reached the receiver, and nothing else did.
  expect(new Set(keys)).toEqual(new Set(delivered.map((e) => e.id)));
  expect(counts.delivered).toBe(ids.length);
  expect(memory.saved().filter((e) => e.status === 'delivered')).toHaveLength(ids.length);
}, 30_000);
