import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveChannels } from '@/lib/handoff/channel-store';
import { defineOutboxItem, wxtOutboxStorage } from '@/lib/handoff/outbox-storage';
import { createHandoffService } from '@/lib/handoff/service';
import { startWebhookServer, type WebhookServer } from '../../support/webhook-server';
import { sampleRequest } from '../../unit/handoff/helpers';

/** The outbox over extension storage (fake browser), as the background uses it. */

let server: WebhookServer;
beforeAll(async () => {
  server = await startWebhookServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  fakeBrowser.reset();
  server.requests.length = 0;
});

describe('handoff service in the background', () => {
  it('queues in local:handoff-outbox, delivers, and a new worker sees the delivered state', async () => {
    await saveChannels([{ id: 'hook', kind: 'webhook', name: 'Leads', url: server.url }], 'hook');
    const service = createHandoffService({ outbox: { policy: { baseDelayMs: 10, timeoutMs: 2_000 } } });
    await service.start();
    const result = await service.send(sampleRequest('ho_bg_1', { channelId: 'hook' }));
    expect(result).toMatchObject({ ok: true, via: 'outbox', duplicate: false });
    await service.outbox.settled();
    service.outbox.dispose();

    const stored = await defineOutboxItem().getValue();
    expect(stored.entries).toEqual([expect.objectContaining({ id: 'ho_bg_1', status: 'delivered', attempts: 1 })]);
    expect(server.deliveries()).toHaveLength(1);

    const next = createHandoffService();
    await next.start();
    expect(next.outbox.list('chat-1')).toEqual([expect.objectContaining({ id: 'ho_bg_1', status: 'delivered' })]);
    // Sending the same handoff again (a double click, a re-sent message) queues nothing.
    expect(await next.send(sampleRequest('ho_bg_1', { channelId: 'hook' }))).toMatchObject({ ok: true, duplicate: true });
    next.outbox.dispose();
    expect(server.requests).toHaveLength(1);
  });

  it('resumes a handoff left "sending" by a killed worker', async () => {
    await saveChannels([{ id: 'hook', kind: 'webhook', name: 'Leads', url: server.url }]);
    const first = createHandoffService({ outbox: { fetch: () => new Promise(() => {}) } }); // never answers, then killed
    await first.start();
    await first.send(sampleRequest('ho_bg_2', { channelId: 'hook' }));
    await new Promise((r) => setTimeout(r, 20));
    first.outbox.dispose();
    expect((await defineOutboxItem().getValue()).entries).toEqual([expect.objectContaining({ id: 'ho_bg_2', status: 'sending' })]);

    const second = createHandoffService({ outbox: { policy: { timeoutMs: 2_000 } } });
    await second.start();
    await second.outbox.settled();
    expect(second.outbox.get('ho_bg_2')).toMatchObject({ status: 'delivered', attempts: 2 });
    second.outbox.dispose();
    expect(server.deliveries()).toHaveLength(1);
  });

  it('reports damaged stored entries and keeps them in storage', async () => {
    await defineOutboxItem().setValue({ entries: [{ id: 'ho_broken', status: 'queued' }] });
    const storage = wxtOutboxStorage();
    const loaded = await storage.load();
    expect(loaded.entries).toEqual([]);
    expect(loaded.problems[0]).toMatch(/Stored handoff ho_broken is damaged/);
    await storage.save([]);
    expect((await defineOutboxItem().getValue()).entries).toEqual([{ id: 'ho_broken', status: 'queued' }]);
  });

  it('refuses a channel id that is not configured', async () => {
    const service = createHandoffService();
    expect(await service.send(sampleRequest('ho_bg_3', { channelId: 'gone' }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('no longer exists'),
    });
    service.outbox.dispose();
  });
});
