import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { CHANNEL_KINDS } from './channel-config';
import type { OutboxEntry, OutboxStorage } from './outbox';

/**
 * The outbox in extension storage: one versioned item, `local:handoff-outbox`. Entries are
 * re-validated on read; an entry that no longer parses is reported, never silently dropped.
 */
export const OUTBOX_KEY = 'local:handoff-outbox' as const;
export const OUTBOX_VERSION = 1;

const OutboxEntrySchema = v.object({
  id: v.string(),
  chatId: v.string(),
  channelId: v.string(),
  channelName: v.string(),
  kind: v.picklist(CHANNEL_KINDS),
  title: v.string(),
  http: v.object({ url: v.string(), headers: v.record(v.string(), v.string()), body: v.string() }),
  status: v.picklist(['queued', 'sending', 'delivered', 'failed']),
  attempts: v.number(),
  lastError: v.optional(v.string()),
  nextAttemptAt: v.optional(v.number()),
  createdAt: v.number(),
  updatedAt: v.number(),
  deliveredAt: v.optional(v.number()),
  lastHttpStatus: v.optional(v.number()),
});

export interface StoredOutbox {
  entries: unknown[];
}

export function defineOutboxItem() {
  return storage.defineItem<StoredOutbox>(OUTBOX_KEY, { version: OUTBOX_VERSION, fallback: { entries: [] } });
}

export function parseStoredOutbox(value: unknown): { entries: OutboxEntry[]; problems: string[] } {
  const raw = (value as StoredOutbox | null)?.entries;
  if (!Array.isArray(raw))
    return { entries: [], problems: value == null ? [] : ['The stored handoff outbox was not readable; it was started empty.'] };
  const entries: OutboxEntry[] = [];
  const problems: string[] = [];
  raw.forEach((item, index) => {
    const parsed = v.safeParse(OutboxEntrySchema, item);
    if (parsed.success) entries.push(parsed.output as OutboxEntry);
    else {
      const id = (item as { id?: unknown })?.id;
      problems.push(
        `Stored handoff ${typeof id === 'string' ? id : `#${index + 1}`} is damaged (${parsed.issues[0]?.message ?? 'invalid'}) and cannot be sent; copy it from the browser's storage if needed.`,
      );
    }
  });
  return { entries, problems };
}

/** OutboxStorage over @wxt-dev/storage (background script). */
export function wxtOutboxStorage(item = defineOutboxItem()): OutboxStorage {
  let unreadable: unknown[] = [];
  return {
    async load() {
      const value = await item.getValue();
      const result = parseStoredOutbox(value);
      // Keep damaged entries in storage so nothing disappears without a trace.
      unreadable = ((value?.entries ?? []) as unknown[]).filter((raw) => !v.is(OutboxEntrySchema, raw));
      return result;
    },
    async save(entries) {
      await item.setValue({ entries: [...unreadable, ...entries] });
    },
  };
}

/** For the side panel: the outbox as stored, whenever the background changes it. */
export function watchOutbox(callback: (entries: OutboxEntry[]) => void, item = defineOutboxItem()): () => void {
  void item.getValue().then((value) => callback(parseStoredOutbox(value).entries));
  return item.watch((value) => callback(parseStoredOutbox(value).entries));
}
