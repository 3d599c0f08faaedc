import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CoachingHistory, type HistoryProblem, openHistory } from '../../../lib/coaching/history';
import { toRecord } from '../../../lib/coaching/record';
import { buildScorecard } from '../../../lib/coaching/scorecard';
import type { CoachingRecord } from '../../../lib/coaching/types';
import { loadChat } from './fixtures';
import { parseCsv } from './parse-csv';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);
let dbCounter = 0;
const opened: CoachingHistory[] = [];

/** A record for one of the fixture chats, ended `daysAgo` before NOW. */
function record(name: 'recovers' | 'escalates-well' | 'bare-no', chatId: string, daysAgo = 0): CoachingRecord {
  const chat = loadChat(name);
  return toRecord(buildScorecard({ ...chat, chatId, endedAt: NOW - daysAgo * DAY }), [{ kind: 'frustration', verdict: 'helpful' }]);
}

async function fresh(options: Parameters<typeof openHistory>[0] = {}) {
  const dbName = options.dbName ?? `coaching-test-${++dbCounter}`;
  const problems: HistoryProblem[] = [];
  const history = await openHistory({ now: () => NOW, onProblem: (p) => problems.push(p), ...options, dbName });
  opened.push(history);
  return { history, problems, dbName };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const h of opened.splice(0)) h.close();
});

describe('coaching history', () => {
  it('keeps chats newest first and they are still there after reopening', async () => {
    const { history, dbName } = await fresh();
    await history.add(record('bare-no', 'old', 3));
    await history.add(record('recovers', 'new', 0));
    await history.add(record('escalates-well', 'mid', 1));
    history.close();
    const reopened = (await fresh({ dbName })).history;
    const { records, problems } = await reopened.list();
    expect(records.map((r) => r.chatId)).toEqual(['new', 'mid', 'old']);
    expect(problems).toEqual([]);
    expect((await reopened.list({ limit: 2 })).records.map((r) => r.chatId)).toEqual(['new', 'mid']);
  });

  it('never stores draft text or any field that is not part of the record', async () => {
    const { history, dbName } = await fresh();
    const withDraft = { ...record('recovers', 'c1'), draft: 'I think maybe we could…', composer: { text: 'unsent' } } as CoachingRecord;
    expect((await history.add(withDraft)).saved).toBe(true);
    const raw = await openDB(dbName);
    const stored = await raw.get('records', withDraft.id);
    raw.close();
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain('I think maybe we could');
    expect(JSON.stringify(stored)).not.toContain('unsent');
  });

  it('keeps at most maxRecords, dropping the oldest', async () => {
    const { history } = await fresh({ retention: { maxRecords: 3, maxDays: 365 } });
    const outcomes = [];
    for (let i = 5; i >= 1; i--) outcomes.push(await history.add(record('recovers', `chat-${i}`, i)));
    expect(outcomes.map((o) => o.pruned)).toEqual([0, 0, 0, 1, 1]);
    expect((await history.list()).records.map((r) => r.chatId)).toEqual(['chat-1', 'chat-2', 'chat-3']);
  });

  it('drops chats older than maxDays', async () => {
    const { history } = await fresh({ retention: { maxRecords: 100, maxDays: 30 } });
    await history.add(record('recovers', 'ancient', 45));
    await history.add(record('recovers', 'recent', 2));
    expect((await history.list()).records.map((r) => r.chatId)).toEqual(['recent']);
  });

  it('a full disk skips this chat with a message, keeps the others, and the next chat saves', async () => {
    const { history, problems } = await fresh();
    await history.add(record('recovers', 'kept-1', 2));
    await history.add(record('escalates-well', 'kept-2', 1));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await history.add(record('bare-no', 'too-big'));
    expect(put).toHaveBeenCalled();
    expect(outcome.saved).toBe(false);
    expect(outcome.problem).toMatchObject({ kind: 'quota', id: `too-big@${NOW}` });
    expect(outcome.problem?.message).toContain('Browser storage is full');
    expect(problems.map((p) => p.kind)).toEqual(['quota']);
    expect((await history.list()).records.map((r) => r.chatId)).toEqual(['kept-2', 'kept-1']);
    expect((await history.add(record('bare-no', 'after'))).saved).toBe(true);
    expect((await history.list()).records).toHaveLength(3);
  });

  it('a corrupt stored record is reported and skipped; the rest list and export', async () => {
    const { history, problems, dbName } = await fresh();
    await history.add(record('recovers', 'good-1', 1));
    await history.add(record('bare-no', 'good-2', 0));
    const raw = await openDB(dbName);
    await raw.put('records', { id: 'broken@1', version: 1, chatId: 'broken', endedAt: NOW - DAY / 2, categories: 'garbled' });
    await raw.put('records', { id: 'half@2', chatId: 'half' });
    raw.close();

    const { records, problems: listed } = await history.list();
    expect(records.map((r) => r.chatId)).toEqual(['good-2', 'good-1']);
    expect(listed.map((p) => [p.kind, p.id])).toEqual([
      ['corrupt', 'broken@1'],
      ['corrupt', 'half@2'],
    ]);
    expect(listed[0]?.message).toContain('(startedAt: missing)');
    expect(listed[0]?.message).toContain('Your other chats are unaffected');

    const json = JSON.parse(await history.exportJson());
    expect(json.records.map((r: CoachingRecord) => r.chatId)).toEqual(['good-2', 'good-1']);
    const csv = parseCsv(await history.exportCsv());
    expect(csv.map((row) => row[1])).toEqual(['chat_id', 'good-2', 'good-1']);
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a record that is not a scorecard, with the field named', async () => {
    const { history } = await fresh();
    const outcome = await history.add({ ...record('recovers', 'x'), overall: 'great' } as unknown as CoachingRecord);
    expect(outcome.saved).toBe(false);
    expect(outcome.problem).toMatchObject({ kind: 'invalid' });
    expect(outcome.problem?.message).toContain('overall');
    expect((await history.list()).records).toEqual([]);
  });

  it('exports valid JSON and CSV: one row per chat, every category, quoted where needed', async () => {
    const { history } = await fresh();
    await history.add(record('bare-no', 'chat-a', 1));
    await history.add(record('escalates-well', 'chat-b', 0));
    const json = JSON.parse(await history.exportJson());
    expect(json).toMatchObject({ format: 'tact-coaching-history', version: 1, exportedAt: new Date(NOW).toISOString() });
    expect(json.records).toHaveLength(2);

    const text = await history.exportCsv();
    const rows = parseCsv(text);
    const header = rows[0] ?? [];
    expect(header.slice(0, 5)).toEqual(['id', 'chat_id', 'started_at', 'ended_at', 'overall']);
    expect(header).toContain('manager_access_verdict');
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const byChat = new Map(rows.slice(1).map((r) => [r[1], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    expect(byChat.get('chat-a')).toMatchObject({ manager_access_verdict: 'improve', escalated: 'no', feedback_helpful: '1' });
    expect(byChat.get('chat-b')).toMatchObject({
      escalation_verdict: 'good',
      escalation_score: '100',
      escalated: 'yes',
      time_to_escalate_s: '30',
    });
    // Tip titles contain double quotes ('Never stop at "no"…'): they survive the round trip.
    expect(byChat.get('chat-a')?.tips).toContain('Never stop at "no"');
  });

  it('clear removes everything', async () => {
    const { history, dbName } = await fresh();
    await history.add(record('recovers', 'a'));
    await history.add(record('bare-no', 'b', 1));
    expect(await history.clear()).toEqual({ ok: true });
    expect((await history.list()).records).toEqual([]);
    const raw = await openDB(dbName);
    expect(await raw.count('records')).toBe(0);
    raw.close();
  });
});
