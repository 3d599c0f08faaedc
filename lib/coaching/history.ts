import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { toCsv } from './csv';
import { checkRecord } from './record';
import { CATEGORIES, type CoachingRecord } from './types';

/**
 * Coaching history on the device (IndexedDB through `idb`). Bounded by a retention setting (max
 * chats, max days). Problems are values, never exceptions: a full disk skips the one record being
 * saved, a corrupt stored record is reported and skipped, and the other records stay readable.
 */
export interface HistoryRetention {
  maxRecords: number;
  maxDays: number;
}

export type HistoryProblemKind = 'quota' | 'corrupt' | 'invalid' | 'storage';

export interface HistoryProblem {
  kind: HistoryProblemKind;
  /** The record concerned, when there is one. */
  id?: string;
  message: string;
}

export interface AddOutcome {
  saved: boolean;
  /** Older records removed to stay within the retention setting. */
  pruned: number;
  problem?: HistoryProblem;
}

export interface ListResult {
  /** Newest first. */
  records: CoachingRecord[];
  problems: HistoryProblem[];
}

export interface CoachingHistory {
  add(record: CoachingRecord): Promise<AddOutcome>;
  list(options?: { limit?: number }): Promise<ListResult>;
  clear(): Promise<{ ok: boolean; problem?: HistoryProblem }>;
  exportJson(): Promise<string>;
  exportCsv(): Promise<string>;
  setRetention(retention: HistoryRetention): void;
  close(): void;
}

export interface OpenHistoryOptions {
  dbName?: string;
  retention?: HistoryRetention;
  now?: () => number;
  /** Called with every problem met (the page shows them; the background logs them). */
  onProblem?: (problem: HistoryProblem) => void;
}

/** Matches the settings defaults (coaching.retentionDays / maxRecords). */
export const DEFAULT_RETENTION: HistoryRetention = { maxRecords: 500, maxDays: 90 };
export const DEFAULT_DB_NAME = 'tact-coaching';
const STORE = 'records';
const DAY_MS = 86_400_000;

interface CoachingDb extends DBSchema {
  records: { key: string; value: CoachingRecord; indexes: { endedAt: number } };
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  // A transaction aborted for quota reports AbortError with the cause on the transaction.
  const cause = error && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : undefined;
  return errorName(cause) === 'QuotaExceededError';
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function openHistory(options: OpenHistoryOptions = {}): Promise<CoachingHistory> {
  const now = options.now ?? Date.now;
  let retention = options.retention ?? DEFAULT_RETENTION;
  const report = (problem: HistoryProblem) => {
    options.onProblem?.(problem);
    return problem;
  };
  const db: IDBPDatabase<CoachingDb> = await openDB<CoachingDb>(options.dbName ?? DEFAULT_DB_NAME, 1, {
    upgrade(database) {
      const store = database.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('endedAt', 'endedAt');
    },
  });

  /** Reads every stored value one by one, so one bad value cannot hide the rest. */
  async function readAll(): Promise<ListResult> {
    const records: CoachingRecord[] = [];
    const problems: HistoryProblem[] = [];
    try {
      let cursor = await db.transaction(STORE).store.openCursor();
      while (cursor) {
        const checked = checkRecord(cursor.value);
        if (checked.ok) records.push(checked.record);
        else {
          problems.push(
            report({
              kind: 'corrupt',
              id: String(cursor.key),
              message: `A saved coaching record (${String(cursor.key)}) is damaged and was skipped (${checked.message}). Your other chats are unaffected; "Clear all" removes it.`,
            }),
          );
        }
        cursor = await cursor.continue();
      }
    } catch (error) {
      problems.push(
        report({ kind: 'storage', message: `Could not read all of the coaching history: ${describe(error)}. Showing what could be read.` }),
      );
    }
    records.sort((a, b) => b.endedAt - a.endedAt);
    return { records, problems };
  }

  /** Drops records past the retention window, then the oldest beyond the record cap. */
  async function prune(): Promise<number> {
    let removed = 0;
    const tx = db.transaction(STORE, 'readwrite');
    const index = tx.store.index('endedAt');
    const cutoff = now() - retention.maxDays * DAY_MS;
    let old = await index.openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (old) {
      await old.delete();
      removed++;
      old = await old.continue();
    }
    const excess = (await index.count()) - retention.maxRecords;
    if (excess > 0) {
      let oldest = await index.openCursor();
      for (let i = 0; i < excess && oldest; i++) {
        await oldest.delete();
        removed++;
        oldest = await oldest.continue();
      }
    }
    await tx.done;
    return removed;
  }

  return {
    async add(record) {
      const checked = checkRecord(record);
      if (!checked.ok) {
        return {
          saved: false,
          pruned: 0,
          problem: report({ kind: 'invalid', id: record?.id, message: `This chat's scorecard was not saved: ${checked.message}.` }),
        };
      }
      try {
        await db.put(STORE, checked.record);
      } catch (error) {
        const problem: HistoryProblem = isQuotaError(error)
          ? {
              kind: 'quota',
              id: checked.record.id,
              message:
                "Browser storage is full, so this chat's scorecard was not saved. Export your history and clear it, or keep fewer days of coaching history in settings.",
            }
          : { kind: 'storage', id: checked.record.id, message: `This chat's scorecard was not saved: ${describe(error)}.` };
        return { saved: false, pruned: 0, problem: report(problem) };
      }
      try {
        return { saved: true, pruned: await prune() };
      } catch (error) {
        // The record is saved; trimming old ones can wait for the next chat.
        return {
          saved: true,
          pruned: 0,
          problem: report({ kind: 'storage', message: `Old coaching records could not be trimmed: ${describe(error)}.` }),
        };
      }
    },
    async list({ limit } = {}) {
      const all = await readAll();
      return limit === undefined ? all : { records: all.records.slice(0, Math.max(0, limit)), problems: all.problems };
    },
    async clear() {
      try {
        await db.clear(STORE);
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: report({ kind: 'storage', message: `Could not clear the coaching history: ${describe(error)}.` }) };
      }
    },
    async exportJson() {
      const { records } = await readAll();
      return JSON.stringify({ format: 'tact-coaching-history', version: 1, exportedAt: new Date(now()).toISOString(), records }, null, 2);
    },
    async exportCsv() {
      const { records } = await readAll();
      return historyCsv(records);
    },
    setRetention(next) {
      retention = next;
    },
    close() {
      db.close();
    },
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** One row per chat, one score and verdict column per category. No quotes: the file is for trends. */
export function historyCsv(records: CoachingRecord[]): string {
  const header = [
    'id',
    'chat_id',
    'started_at',
    'ended_at',
    'overall',
    ...CATEGORIES.flatMap((c) => [`${c}_score`, `${c}_verdict`]),
    'peak_risk',
    'final_risk',
    'triggers',
    'escalated',
    'time_to_escalate_s',
    'tips',
    'feedback_helpful',
    'feedback_not_right',
  ];
  const rows = records.map((r) => {
    const byCategory = new Map(r.categories.map((c) => [c.category, c]));
    return [
      r.id,
      r.chatId,
      iso(r.startedAt),
      iso(r.endedAt),
      r.overall,
      ...CATEGORIES.flatMap((c) => [byCategory.get(c)?.score ?? null, byCategory.get(c)?.verdict ?? 'n/a']),
      r.peakRisk,
      r.finalRisk,
      r.triggers.map((t) => `${t.kind}×${t.count}`).join('; '),
      r.escalation.escalatedAt !== null,
      r.escalation.timeToEscalateMs === null ? null : Math.round(r.escalation.timeToEscalateMs / 1000),
      r.tips.map((t) => t.title).join(' | '),
      r.feedback.filter((f) => f.verdict === 'helpful').length,
      r.feedback.filter((f) => f.verdict === 'not_right').length,
    ];
  });
  return toCsv(header, rows);
}
