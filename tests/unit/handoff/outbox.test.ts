import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookDelivery } from '@/lib/handoff/channels/webhook';
import { backoffDelay, createOutbox, type FetchLike, type Outbox, type RetryPolicy } from '@/lib/handoff/outbox';
import { startWebhookServer, type WebhookServer } from '../../support/webhook-server';
import { memoryStorage, sampleRequest, waitFor } from './helpers';

/** Real HTTP on 127.0.0.1 against the recording receiver, with faults injected. */

const POLICY: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 200, timeoutMs: 1_000, maxAttempts: 6, storageRetryMs: 20 };
const realFetch: FetchLike = (url, init) => fetch(url, init);

let server: WebhookServer;
const outboxes: Outbox[] = [];

function makeOutbox(storage = memoryStorage().storage, policy: Partial<RetryPolicy> = POLICY, fetchImpl: FetchLike = realFetch): Outbox {
  const outbox = createOutbox({ storage, fetch: fetchImpl, policy });
  outboxes.push(outbox);
  return outbox;
}

async function enqueue(outbox: Outbox, id: string, url = server.url) {
  const http = await webhookDelivery(url, sampleRequest(id));
  return outbox.enqueue({
    id,
    chatId: 'chat-1',
    channelId: 'ch-1',
    channelName: 'Ops webhook',
    kind: 'webhook',
    title: 'Dana Whitfield — Threat',
    http,
  });
}

beforeAll(async () => {
  server = await startWebhookServer({ maxHangMs: 2_000 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await server.restart();
  server.requests.length = 0;
});
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.dispose();
});

describe('outbox against a faulty receiver', () => {
  it('retries through 500s and 503s and delivers once', async () => {
    server.failNext({ kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'status', status: 500 });
    const outbox = makeOutbox();
    await enqueue(outbox, 'ho_500');
    await outbox.settled();
    expect(outbox.get('ho_500')).toMatchObject({ status: 'delivered', attempts: 4, lastHttpStatus: 200 });
    expect(server.deliveries().map((d) => d.headers['idempotency-key'])).toEqual(['ho_500']);
    expect(server.requests).toHaveLength(4);
    expect(outbox.stats()).toMatchObject({ attempts: 4, retriesScheduled: 3, delivered: 1 });
  });

  it('times out on a receiver that never answers, then delivers', async () => {
    server.failNext({ kind: 'hang' });
    const outbox = makeOutbox();
    await enqueue(outbox, 'ho_hang');
    await waitFor(() => (outbox.get('ho_hang')?.lastError ?? '').includes('timed out'), 4_000, 'timeout error');
    await outbox.settled();
    expect(outbox.get('ho_hang')).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(server.deliveries()).toHaveLength(1);
  });

  it('keeps trying while the receiver is down (connection refused) and delivers when it is back', async () => {
    await server.stop();
    const outbox = makeOutbox(undefined, { ...POLICY, maxAttempts: 20 });
    await enqueue(outbox, 'ho_down');
    // (The first attempt may instead hit a pooled keep-alive socket the shutdown closed.)
    await waitFor(() => /refused the connection/.test(outbox.get('ho_down')?.lastError ?? ''), 3_000, 'a refused attempt');
    const whileDown = outbox.get('ho_down');
    expect(whileDown?.status).not.toBe('delivered');
    expect(whileDown?.lastError).toMatch(/refused the connection/);
    await server.restart();
    await outbox.settled();
    expect(outbox.get('ho_down')?.status).toBe('delivered');
    expect(server.deliveries()).toHaveLength(1);
  });

  it('waits for a slow receiver that answers within the timeout', async () => {
    server.failNext({ kind: 'slow', delayMs: 150 });
    const outbox = makeOutbox();
    await enqueue(outbox, 'ho_slow');
    await outbox.settled();
    expect(outbox.get('ho_slow')).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('sends again when a slow receiver answers too late; the receiver drops the repeat by Idempotency-Key', async () => {
    server.failNext({ kind: 'slow', delayMs: 1_300 });
    const outbox = makeOutbox();
    await enqueue(outbox, 'ho_late');
    await outbox.settled();
    expect(outbox.get('ho_late')).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(server.deliveries()).toHaveLength(1);
    expect(server.duplicateRequests()).toBe(1);
  });

  it('fails at once with the reason when the receiver rejects the handoff (4xx), and Retry sends it', async () => {
    server.failNext({ kind: 'status', status: 400, body: 'invalid_payload' });
    const outbox = makeOutbox();
    await enqueue(outbox, 'ho_400');
    await outbox.settled();
    const failed = outbox.get('ho_400');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastHttpStatus: 400 });
    expect(failed?.lastError).toMatch(/rejected the handoff: HTTP 400 \(invalid_payload\)/);
    await outbox.retry('ho_400');
    await outbox.settled();
    expect(outbox.get('ho_400')?.status).toBe('delivered');
    expect(server.deliveries()).toHaveLength(1);
  });

  it('gives up after the last attempt and says why', async () => {
    await server.stop();
    const outbox = makeOutbox(undefined, { ...POLICY, maxAttempts: 3 });
    await enqueue(outbox, 'ho_giveup');
    await outbox.settled();
    const entry = outbox.get('ho_giveup');
    expect(entry).toMatchObject({ status: 'failed', attempts: 3 });
    expect(entry?.lastError).toMatch(/^Gave up after 3 attempts\. Last problem: Could not connect/);
  });

  it('honours Retry-After on 429', async () => {
    server.failNext({ kind: 'status', status: 429, retryAfter: '1' });
    const outbox = makeOutbox(undefined, { ...POLICY, maxDelayMs: 5_000 });
    await enqueue(outbox, 'ho_429');
    await waitFor(() => outbox.get('ho_429')?.status === 'queued' && outbox.get('ho_429')?.attempts === 1, 2_000, 'first 429');
    const entry = outbox.get('ho_429');
    expect((entry?.nextAttemptAt ?? 0) - (entry?.updatedAt ?? 0)).toBeGreaterThanOrEqual(1_000);
    await outbox.settled();
    expect(server.deliveries()).toHaveLength(1);
  });
});

describe('outbox durability', () => {
  it('writes the handoff to storage before the network is touched', async () => {
    const memory = memoryStorage();
    let storedAtFetch: string[] = [];
    const spyFetch: FetchLike = (url, init) => {
      storedAtFetch = memory.saved().map((e) => `${e.id}:${e.status}`);
      return realFetch(url, init);
    };
    const outbox = makeOutbox(memory.storage, POLICY, spyFetch);
    await enqueue(outbox, 'ho_first');
    await outbox.settled();
    expect(storedAtFetch).toEqual(['ho_first:sending']);
    expect(memory.saved()[0]).toMatchObject({ id: 'ho_first', status: 'delivered' });
  });

  it('resumes after the worker is killed between queueing and sending', async () => {
    const memory = memoryStorage();
    const first = makeOutbox(memory.storage);
    await enqueue(first, 'ho_kill_q');
    first.dispose(); // killed before the request went out
    expect(server.requests).toHaveLength(0);
    // Storage holds it as queued, or as sending if the kill came after that write but before the request.
    expect(memory.saved()[0]?.id).toBe('ho_kill_q');
    expect(['queued', 'sending']).toContain(memory.saved()[0]?.status);

    const second = makeOutbox(memory.storage);
    await second.start();
    await second.settled();
    expect(second.get('ho_kill_q')?.status).toBe('delivered');
    expect(server.deliveries()).toHaveLength(1);
    expect(server.duplicateRequests()).toBe(0);
  });

  it('resumes after the worker is killed mid-send; the receiver gets it exactly once', async () => {
    const memory = memoryStorage();
    server.failNext({ kind: 'slow', delayMs: 250 });
    const first = makeOutbox(memory.storage, { ...POLICY, timeoutMs: 2_000 });
    await enqueue(first, 'ho_kill_s');
    await waitFor(() => server.requests.length === 1, 2_000, 'request at the receiver');
    first.dispose(); // killed while waiting for the answer
    expect(memory.saved()[0]).toMatchObject({ id: 'ho_kill_s', status: 'sending', attempts: 1 });

    const second = makeOutbox(memory.storage);
    await second.start();
    await second.settled();
    expect(second.get('ho_kill_s')).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(second.stats().resumed).toBe(1);
    expect(server.deliveries()).toHaveLength(1);
    expect(memory.saved()[0]?.status).toBe('delivered');
  });

  it('never queues the same handoff id twice', async () => {
    const outbox = makeOutbox();
    const a = await enqueue(outbox, 'ho_dup');
    const b = await enqueue(outbox, 'ho_dup');
    await outbox.settled();
    expect([a.duplicate, b.duplicate]).toEqual([false, true]);
    expect(outbox.list()).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a full storage, keeps the handoff in memory, delivers it and saves it once storage works', async () => {
    const memory = memoryStorage();
    memory.failNextWrites(2);
    server.failNext({ kind: 'status', status: 500 });
    const outbox = makeOutbox(memory.storage);
    await enqueue(outbox, 'ho_quota');
    expect(outbox.storageError()).toMatch(/quota exceeded.*kept in memory/);
    expect(outbox.list().map((e) => e.id)).toEqual(['ho_quota']);
    await outbox.settled();
    await waitFor(() => memory.saved()[0]?.status === 'delivered', 2_000, 'storage catching up');
    expect(outbox.storageError()).toBeNull();
    expect(server.deliveries()).toHaveLength(1);
  });

  it('shows each chat only its own handoffs', async () => {
    const outbox = makeOutbox();
    await enqueue(outbox, 'ho_a');
    const http = await webhookDelivery(server.url, sampleRequest('ho_b'));
    await outbox.enqueue({ id: 'ho_b', chatId: 'chat-2', channelId: 'ch-1', channelName: 'Ops', kind: 'webhook', title: 'x', http });
    await outbox.settled();
    expect(outbox.list('chat-2').map((e) => e.id)).toEqual(['ho_b']);
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt, is capped, and jitters within the upper half', () => {
    const policy = { baseDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    expect(backoffDelay(3, policy, () => 0)).toBe(2_000);
  });
});
