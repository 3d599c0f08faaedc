import type { ChannelKind } from './channel-config';
import type { HttpDelivery } from './channels/http';

/**
 * The durable outbox for HTTP handoffs (Slack, Teams, webhook).
 *
 * - Every handoff is written to storage under its unique id before the network is touched.
 * - Sending retries with exponential backoff (jitter, cap) up to `maxAttempts`, then the entry is
 *   `failed` with a reason the agent can read, and `retry(id)` puts it back in the queue.
 * - The service worker can be killed at any moment: `start()` on the next wake-up puts anything
 *   left `sending` back to `queued` and sends it again. The receiver sees the same
 *   Idempotency-Key on every attempt, so a send that landed just before the kill is dropped there.
 * - The same id is never queued twice.
 * - Storage failures (quota) never lose an entry: it stays in memory, the error is reported, the
 *   write is retried, and sending goes ahead (delivering beats waiting for disk).
 * - Timers use the injected `sleep` while the worker is alive; there is no alarm permission, so a
 *   killed worker resumes on its next start (or on any event that calls `drain()`).
 */

export type OutboxStatus = 'queued' | 'sending' | 'delivered' | 'failed';

export interface OutboxEntry {
  /** The handoff id (also the Idempotency-Key). */
  id: string;
  chatId: string;
  channelId: string;
  channelName: string;
  kind: ChannelKind;
  /** One line for the agent: who/what this handoff is about. */
  title: string;
  http: HttpDelivery;
  status: OutboxStatus;
  attempts: number;
  /** Why the last attempt did not deliver (kept after delivery for the record). */
  lastError?: string;
  /** Epoch ms of the next automatic attempt (queued only). */
  nextAttemptAt?: number;
  createdAt: number;
  updatedAt: number;
  deliveredAt?: number;
  /** HTTP status of the last answer, when there was one. */
  lastHttpStatus?: number;
}

export interface OutboxStorage {
  load(): Promise<{ entries: OutboxEntry[]; problems: string[] }>;
  save(entries: OutboxEntry[]): Promise<void>;
}

export interface RetryPolicy {
  /** First backoff delay. */
  baseDelayMs: number;
  /** Largest backoff delay. */
  maxDelayMs: number;
  /** Attempts (including the first) before an entry is marked failed. */
  maxAttempts: number;
  /** How long to wait for the receiver's answer. */
  timeoutMs: number;
  /** Delay before retrying a failed storage write. */
  storageRetryMs: number;
  /** Delivered and failed entries older than this are dropped from storage on start. */
  keepFinishedMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 8,
  timeoutMs: 15_000,
  storageRetryMs: 5_000,
  keepFinishedMs: 30 * 24 * 3_600_000,
};

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface OutboxOptions {
  storage: OutboxStorage;
  fetch: FetchLike;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  policy?: Partial<RetryPolicy>;
}

export interface EnqueueInput {
  id: string;
  chatId: string;
  channelId: string;
  channelName: string;
  kind: ChannelKind;
  title: string;
  http: HttpDelivery;
}

export interface EnqueueResult {
  entry: OutboxEntry;
  /** True when this id was already in the outbox (nothing new was queued). */
  duplicate: boolean;
}

/** Counters for this instance's lifetime (reports and tests). */
export interface OutboxStats {
  attempts: number;
  retriesScheduled: number;
  delivered: number;
  failed: number;
  resumed: number;
}

export interface Outbox {
  start(): Promise<void>;
  enqueue(input: EnqueueInput): Promise<EnqueueResult>;
  retry(id: string): Promise<OutboxEntry | undefined>;
  /** Sends everything that is due now; safe to call on any event. */
  drain(): Promise<void>;
  list(chatId?: string): OutboxEntry[];
  get(id: string): OutboxEntry | undefined;
  subscribe(listener: (entries: OutboxEntry[]) => void): () => void;
  /** The last storage problem, or null when storage is in step with memory. */
  storageError(): string | null;
  stats(): OutboxStats;
  /** Resolves when nothing is queued or sending (for tests and shutdown). */
  settled(): Promise<void>;
  /** Stops timers and ignores in-flight results (what a killed worker does). */
  dispose(): void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  // "Equal jitter": half fixed, half random, so retries from many agents do not line up.
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

type AttemptOutcome =
  | { delivered: true; status: number }
  | { delivered: false; retryable: boolean; error: string; status?: number; retryAfterMs?: number };

function describeNetworkError(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `No answer from the receiver within ${Math.round(timeoutMs / 1000)} s (timed out).`;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'Could not connect: the receiver refused the connection (is it down?).';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Could not find the receiver (DNS lookup failed); check the URL or the network.';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'The receiver closed the connection before answering.';
  const message = error instanceof Error ? error.message : String(error);
  return `Network error: ${code ? `${code} ` : ''}${cause?.message ?? message}`.trim();
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createOutbox(options: OutboxOptions): Outbox {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const entries = new Map<string, OutboxEntry>();
  const listeners = new Set<(entries: OutboxEntry[]) => void>();
  const stats: OutboxStats = { attempts: 0, retriesScheduled: 0, delivered: 0, failed: 0, resumed: 0 };
  let storageProblem: string | null = null;
  let disposed = false;
  let started: Promise<void> | null = null;
  let saveChain: Promise<void> = Promise.resolve();
  let storageRetryPending = false;
  let timerToken = 0;
  let settledWaiters: (() => void)[] = [];

  const snapshot = () => [...entries.values()].map((e) => ({ ...e, http: { ...e.http, headers: { ...e.http.headers } } }));

  function notify(): void {
    if (disposed) return;
    const list = snapshot();
    for (const listener of listeners) listener(list);
    if (![...entries.values()].some((e) => e.status === 'queued' || e.status === 'sending')) {
      const waiters = settledWaiters;
      settledWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** Writes the whole outbox; writes are chained so the last one always holds the latest state. */
  function persist(): Promise<void> {
    if (disposed) return Promise.resolve();
    saveChain = saveChain.then(async () => {
      if (disposed) return;
      try {
        await options.storage.save(snapshot());
        storageProblem = null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        storageProblem = `Could not save the handoff outbox (${message}). Handoffs are kept in memory and the save is retried; keep this browser open.`;
        if (!storageRetryPending) {
          storageRetryPending = true;
          void sleep(policy.storageRetryMs).then(() => {
            storageRetryPending = false;
            if (storageProblem && !disposed) void persist();
          });
        }
      }
    });
    return saveChain;
  }

  function schedule(): void {
    if (disposed) return;
    const queued = [...entries.values()].filter((e) => e.status === 'queued');
    if (queued.length === 0) return;
    const next = Math.min(...queued.map((e) => e.nextAttemptAt ?? 0));
    const token = ++timerToken;
    void sleep(Math.max(0, next - now())).then(() => {
      if (token === timerToken && !disposed) void drain();
    });
  }

  async function attempt(entry: OutboxEntry): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, policy.timeoutMs);
    try {
      const response = await options.fetch(entry.http.url, {
        method: 'POST',
        headers: entry.http.headers,
        body: entry.http.body,
        signal: controller.signal,
      });
      const text = await response.text().catch(() => '');
      if (response.ok) return { delivered: true, status: response.status };
      const retryable = response.status === 408 || response.status === 425 || response.status === 429 || response.status >= 500;
      const detail = text.trim().slice(0, 200);
      const error = retryable
        ? `The receiver answered HTTP ${response.status}${detail ? ` (${detail})` : ''}; it will be tried again.`
        : `The receiver rejected the handoff: HTTP ${response.status}${detail ? ` (${detail})` : ''}. Check the channel in Options → Channels, then Retry.`;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      return { delivered: false, retryable, error, status: response.status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    } catch (error) {
      return { delivered: false, retryable: true, error: describeNetworkError(error, timedOut, policy.timeoutMs) };
    } finally {
      clearTimeout(timer);
    }
  }

  async function sendOne(entry: OutboxEntry): Promise<void> {
    entry.status = 'sending';
    entry.attempts += 1;
    entry.updatedAt = now();
    delete entry.nextAttemptAt;
    stats.attempts += 1;
    // Recorded before the request: a kill from here on resumes this entry as queued.
    await persist();
    if (disposed) return;
    notify();
    const outcome = await attempt(entry);
    if (disposed) return; // a killed worker records nothing; the next instance resumes from storage
    entry.updatedAt = now();
    if (outcome.delivered) {
      entry.status = 'delivered';
      entry.deliveredAt = entry.updatedAt;
      entry.lastHttpStatus = outcome.status;
      stats.delivered += 1;
    } else {
      entry.lastError = outcome.error;
      if (outcome.status !== undefined) entry.lastHttpStatus = outcome.status;
      if (!outcome.retryable) {
        entry.status = 'failed';
        stats.failed += 1;
      } else if (entry.attempts >= policy.maxAttempts) {
        entry.status = 'failed';
        entry.lastError = `Gave up after ${entry.attempts} attempts. Last problem: ${outcome.error.replace(/; it will be tried again\.$/, '.')}`;
        stats.failed += 1;
      } else {
        const delay = Math.min(policy.maxDelayMs, Math.max(outcome.retryAfterMs ?? 0, backoffDelay(entry.attempts, policy, random)));
        entry.status = 'queued';
        entry.nextAttemptAt = entry.updatedAt + delay;
        stats.retriesScheduled += 1;
      }
    }
    await persist();
    notify();
  }

  /** Starts every due entry (each on its own, so one slow receiver does not hold up the rest). */
  function drain(): Promise<void> {
    if (disposed) return Promise.resolve();
    const due = [...entries.values()].filter((e) => e.status === 'queued' && (e.nextAttemptAt ?? 0) <= now());
    const runs = due.map((entry) => sendOne(entry).finally(() => schedule()));
    if (runs.length === 0) schedule();
    return Promise.all(runs).then(() => undefined);
  }

  async function load(): Promise<void> {
    let loaded: { entries: OutboxEntry[]; problems: string[] };
    try {
      loaded = await options.storage.load();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      storageProblem = `Could not read the handoff outbox (${message}); handoffs queued before this start are not shown.`;
      return;
    }
    if (loaded.problems.length > 0) storageProblem = loaded.problems.join(' ');
    const cutoff = now() - policy.keepFinishedMs;
    let changed = false;
    for (const stored of loaded.entries) {
      if (entries.has(stored.id)) continue;
      if ((stored.status === 'delivered' || stored.status === 'failed') && stored.updatedAt < cutoff) {
        changed = true;
        continue;
      }
      const entry = { ...stored };
      if (entry.status === 'sending') {
        // The worker stopped mid-send: we cannot know if it landed, so send again (the
        // receiver dedupes by Idempotency-Key).
        entry.status = 'queued';
        entry.nextAttemptAt = now();
        entry.lastError ??= 'Interrupted while sending (browser or worker stopped); sending again.';
        stats.resumed += 1;
        changed = true;
      }
      entries.set(entry.id, entry);
    }
    if (changed) await persist();
  }

  function start(): Promise<void> {
    started ??= (async () => {
      await load();
      notify();
      void drain();
    })();
    return started;
  }

  async function enqueue(input: EnqueueInput): Promise<EnqueueResult> {
    await start();
    const existing = entries.get(input.id);
    if (existing) return { entry: { ...existing }, duplicate: true };
    const at = now();
    const entry: OutboxEntry = {
      ...input,
      http: { ...input.http, headers: { ...input.http.headers } },
      status: 'queued',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
      nextAttemptAt: at,
    };
    entries.set(entry.id, entry);
    await persist();
    notify();
    void drain();
    return { entry: { ...entry }, duplicate: false };
  }

  async function retry(id: string): Promise<OutboxEntry | undefined> {
    await start();
    const entry = entries.get(id);
    if (!entry) return undefined;
    if (entry.status === 'failed' || entry.status === 'queued') {
      entry.status = 'queued';
      entry.attempts = 0; // a manual retry gets a fresh round of attempts
      entry.nextAttemptAt = now();
      entry.updatedAt = now();
      await persist();
      notify();
      void drain();
    }
    return { ...entry };
  }

  return {
    start,
    enqueue,
    retry,
    drain: async () => {
      await start();
      await drain();
    },
    list: (chatId) =>
      snapshot()
        .filter((e) => chatId === undefined || e.chatId === chatId)
        .sort((a, b) => a.createdAt - b.createdAt),
    get: (id) => {
      const entry = entries.get(id);
      return entry ? { ...entry } : undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    storageError: () => storageProblem,
    stats: () => ({ ...stats }),
    settled() {
      if (![...entries.values()].some((e) => e.status === 'queued' || e.status === 'sending')) return Promise.resolve();
      return new Promise((resolve) => settledWaiters.push(resolve));
    },
    dispose() {
      disposed = true;
      timerToken += 1;
      listeners.clear();
    },
  };
}
