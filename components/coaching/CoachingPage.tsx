import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryProblem, ListResult } from '../../lib/coaching/history';
import { buildTeamExport, type TeamExportOptions } from '../../lib/coaching/team-export';
import { categoryTrends, commonTriggers, feedbackSummary } from '../../lib/coaching/trends';
import type { CoachingRecord } from '../../lib/coaching/types';
import { triggerLabel } from '../../lib/ui/trigger-labels';
import { downloadText } from './download';
import { formatDateTime } from './labels';
import { Scorecard } from './Scorecard';
import { TrendChart } from './TrendChart';

/** What the page needs from history (the real one is `openHistory()`; tests pass their own). */
export interface CoachingSource {
  list(options?: { limit?: number }): Promise<ListResult>;
  clear(): Promise<{ ok: boolean; problem?: HistoryProblem }>;
  exportJson(): Promise<string>;
  exportCsv(): Promise<string>;
}

export interface CoachingPageProps {
  /** Null when history could not be opened at all; `openError` says why. */
  source: CoachingSource | null;
  openError?: string;
  /** Show this chat's scorecard first (the page is opened with ?chat=… when a chat ends). */
  initialChatId?: string | null;
  /** Team-lead export settings; the export button shows only when sharing is on. */
  teamSharing?: TeamExportOptions | null;
  download?: (filename: string, text: string, mime: string) => void;
  /** How many chats the "Last chats" list shows. */
  recentLimit?: number;
  now?: () => number;
}

type Status = 'loading' | 'ready';

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function CoachingPage({
  source,
  openError,
  initialChatId,
  teamSharing,
  download = downloadText,
  recentLimit = 20,
  now = Date.now,
}: CoachingPageProps) {
  const [status, setStatus] = useState<Status>(source ? 'loading' : 'ready');
  const [records, setRecords] = useState<CoachingRecord[]>([]);
  const [problems, setProblems] = useState<string[]>(openError ? [openError] : []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    if (!source) return;
    try {
      const result = await source.list();
      setRecords(result.records);
      setProblems(result.problems.map((p) => p.message));
    } catch (error) {
      setProblems([`Could not load your coaching history: ${error instanceof Error ? error.message : String(error)}.`]);
    }
    setStatus('ready');
  }, [source]);

  useEffect(() => {
    void load();
    // A chat that ends while this page is open shows up when the agent comes back to it.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const selected = useMemo(() => {
    if (records.length === 0) return null;
    const wanted = selectedId ?? initialChatId ?? null;
    return records.find((r) => r.id === wanted) ?? records.find((r) => r.chatId === wanted) ?? records[0] ?? null;
  }, [records, selectedId, initialChatId]);
  const trends = useMemo(() => categoryTrends(records).filter((t) => t.points.length > 0), [records]);
  const topTriggers = useMemo(() => commonTriggers(records, 5), [records]);
  const feedback = useMemo(() => feedbackSummary(records), [records]);

  async function exportAs(kind: 'csv' | 'json') {
    if (!source) return;
    try {
      const text = kind === 'csv' ? await source.exportCsv() : await source.exportJson();
      download(`tact-coaching-${stamp(now())}.${kind}`, text, kind === 'csv' ? 'text/csv' : 'application/json');
      setNotice(`Exported ${records.length} ${records.length === 1 ? 'chat' : 'chats'} as ${kind.toUpperCase()}.`);
    } catch (error) {
      setProblems((p) => [...p, `Export failed: ${error instanceof Error ? error.message : String(error)}.`]);
    }
  }

  function exportForLead() {
    if (!teamSharing) return;
    const result = buildTeamExport(records, { ...teamSharing, now });
    if (!result.ok) {
      setNotice(result.reason);
      return;
    }
    download(`tact-escalations-${stamp(now())}.csv`, result.csv, 'text/csv');
    setNotice(
      `Exported ${result.escalations.length} escalation ${result.escalations.length === 1 ? 'record' : 'records'} for your team lead.`,
    );
  }

  async function clearAll() {
    if (!source) return;
    const result = await source.clear();
    setConfirming(false);
    if (!result.ok) {
      setProblems((p) => [...p, result.problem?.message ?? 'Could not clear the history.']);
      return;
    }
    setRecords([]);
    setSelectedId(null);
    setProblems([]);
    setNotice('Your coaching history was deleted from this device.');
    clearRef.current?.focus();
  }

  const sharingOn = teamSharing ? (teamSharing.policyEnabled ?? teamSharing.agentOptedIn) : false;

  return (
    <main className="coaching" aria-busy={status === 'loading'}>
      <header className="coaching-header">
        <h1>Your coaching</h1>
        <p className="muted">
          Private to you: kept on this device{sharingOn ? ', with escalation records shareable with your team lead' : ''}.
        </p>
      </header>

      {problems.length > 0 ? (
        <div className="problems" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="notice" role="status">
        {notice}
      </p>

      {status === 'loading' ? (
        <p>Loading your coaching history…</p>
      ) : records.length === 0 ? (
        <section aria-labelledby="empty-title" className="empty">
          <h2 id="empty-title">No chats yet</h2>
          <p>When you finish a chat, its scorecard appears here: what went well, what to try next time, and the lines that show it.</p>
        </section>
      ) : (
        <div className="coaching-layout">
          <nav aria-labelledby="recent-title" className="recent">
            <h2 id="recent-title">Last chats</h2>
            <ul>
              {records.slice(0, recentLimit).map((r) => (
                <li key={r.id}>
                  <button type="button" aria-pressed={selected?.id === r.id} onClick={() => setSelectedId(r.id)}>
                    <span className="recent-chat">Chat {r.chatId}</span>
                    <span className="recent-meta">
                      {formatDateTime(r.endedAt)} · {r.overall === null ? 'no score' : `${r.overall}/100`}
                      {r.escalation.escalatedAt !== null ? ' · escalated' : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>

          <div className="detail">{selected ? <Scorecard card={selected} /> : null}</div>

          <section aria-labelledby="trends-title" className="trends">
            <h2 id="trends-title">Trends over your last {records.length === 1 ? 'chat' : `${records.length} chats`}</h2>
            <div className="trend-grid">
              {trends.map((t) => (
                <TrendChart key={t.category} trend={t} />
              ))}
            </div>
          </section>

          <section aria-labelledby="triggers-title" className="triggers">
            <h2 id="triggers-title">Most common triggers</h2>
            <ol>
              {topTriggers.map((t) => (
                <li key={t.kind} data-kind={t.kind}>
                  {triggerLabel(t.kind)} — in {t.chats} {t.chats === 1 ? 'chat' : 'chats'}
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="feedback-title" className="feedback">
            <h2 id="feedback-title">Your feedback on triggers</h2>
            {feedback.length === 0 ? (
              <p className="muted">You have not rated any triggers yet. Mark them "helpful" or "not right" in the side panel.</p>
            ) : (
              <table>
                <caption className="visually-hidden">How you rated each trigger</caption>
                <thead>
                  <tr>
                    <th scope="col">Trigger</th>
                    <th scope="col">Helpful</th>
                    <th scope="col">Not right</th>
                  </tr>
                </thead>
                <tbody>
                  {feedback.map((f) => (
                    <tr key={f.kind}>
                      <th scope="row">{triggerLabel(f.kind)}</th>
                      <td>{f.helpful}</td>
                      <td>{f.notRight}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      )}

      <section aria-labelledby="data-title" className="data">
        <h2 id="data-title">Your data</h2>
        <div className="actions">
          <button type="button" onClick={() => void exportAs('csv')} disabled={!source || records.length === 0}>
            Export CSV
          </button>
          <button type="button" onClick={() => void exportAs('json')} disabled={!source || records.length === 0}>
            Export JSON
          </button>
          {sharingOn ? (
            <button type="button" onClick={exportForLead} disabled={records.length === 0}>
              Export escalations for team lead
            </button>
          ) : null}
          <button
            type="button"
            ref={clearRef}
            className="danger"
            onClick={() => setConfirming(true)}
            disabled={!source}
            aria-expanded={confirming}
          >
            Clear all…
          </button>
        </div>
        {confirming ? (
          <div
            className="confirm"
            role="alertdialog"
            aria-labelledby="confirm-title"
            aria-describedby="confirm-desc"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setConfirming(false);
                clearRef.current?.focus();
              }
            }}
          >
            <h3 id="confirm-title">Delete all coaching history?</h3>
            <p id="confirm-desc">
              This removes {records.length} {records.length === 1 ? 'chat' : 'chats'} from this device for good. Export first if you want a
              copy.
            </p>
            <button type="button" className="danger" onClick={() => void clearAll()}>
              Delete everything
            </button>
            <button
              type="button"
              ref={cancelRef}
              onClick={() => {
                setConfirming(false);
                clearRef.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        ) : null}
      </section>
    </main>
  );
}
