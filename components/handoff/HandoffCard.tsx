import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ChannelConfig } from '@/lib/handoff/channel-config';
import { CHANNEL_KIND_LABELS } from '@/lib/handoff/channel-config';
import { triggerLabel } from '@/lib/handoff/channels/text';
import { CUSTOMER_HANDOFF_LINE } from '@/lib/handoff/customer-line';
import type { OutboxEntry } from '@/lib/handoff/outbox';
import {
  HANDOFF_REASONS,
  type HandoffPriority,
  type HandoffReason,
  PRIORITIES,
  PRIORITY_LABELS,
  REASON_LABELS,
  type ReasonSuggestion,
} from '@/lib/handoff/reasons';
import type { HandoffRequest, HandoffSummary } from '@/lib/handoff/types';
import './handoff.css';

/**
 * The handoff card in the side panel: the summary pre-filled and editable, reason, priority,
 * channel, Send (button or Ctrl/⌘+Enter), this chat's outbox with Retry, and the line for the
 * customer. Props in, callbacks out: the side panel wires it to the background.
 */

export interface ActionOutcome {
  ok: boolean;
  /** Shown to the agent as is ("Queued for Slack #leads", "Copied", the error…). */
  message: string;
}

export interface HandoffCardProps {
  summary: HandoffSummary;
  suggestion: ReasonSuggestion;
  channels: ChannelConfig[];
  defaultChannelId?: string;
  /** This chat's handoffs in the outbox (watch `local:handoff-outbox`, filter by chatId). */
  outboxEntries: OutboxEntry[];
  onSend(request: HandoffRequest): Promise<ActionOutcome>;
  onRetry(id: string): Promise<ActionOutcome | undefined> | undefined;
  onInsertCustomerLine(text: string): Promise<ActionOutcome | undefined> | undefined;
  customerLine?: string;
  onClose?(): void;
  /** Where channels are configured, for the "no channel yet" hint. */
  onOpenChannelSettings?(): void;
}

const STATUS_TEXT: Record<OutboxEntry['status'], string> = {
  queued: 'Queued',
  sending: 'Sending…',
  delivered: 'Delivered',
  failed: 'Failed',
};

function formatClock(ms: number | undefined): string {
  if (!ms) return '';
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function OutboxStatusList({ entries, onRetry }: { entries: OutboxEntry[]; onRetry: HandoffCardProps['onRetry'] }) {
  if (entries.length === 0) return null;
  return (
    <section className="handoff-outbox" aria-label="Handoffs sent from this chat">
      <h3>Sent from this chat</h3>
      <ul>
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={`handoff-outbox-entry status-${entry.status}`}
            data-testid="outbox-entry"
            data-status={entry.status}
          >
            <span className="handoff-outbox-status">{STATUS_TEXT[entry.status]}</span> to {entry.channelName}
            {entry.status === 'delivered' ? <span className="muted"> at {formatClock(entry.deliveredAt)}</span> : null}
            {entry.attempts > 1 && entry.status !== 'failed' ? <span className="muted"> · attempt {entry.attempts}</span> : null}
            {entry.status === 'queued' && entry.nextAttemptAt && entry.attempts > 0 ? (
              <span className="muted"> · next try at {formatClock(entry.nextAttemptAt)}</span>
            ) : null}
            {entry.lastError && entry.status !== 'delivered' ? <p className="handoff-outbox-error">{entry.lastError}</p> : null}
            {entry.status === 'failed' || (entry.status === 'queued' && entry.attempts > 0) ? (
              <button type="button" onClick={() => void onRetry(entry.id)}>
                {entry.status === 'failed' ? 'Retry' : 'Retry now'}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HandoffCard(props: HandoffCardProps) {
  const { summary, suggestion, channels } = props;
  const id = useId();
  const firstField = useRef<HTMLInputElement>(null);
  const [issue, setIssue] = useState(summary.issue);
  const [wants, setWants] = useState(summary.wants);
  const [tried, setTried] = useState(summary.tried.join('\n'));
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<HandoffReason>(suggestion.reason);
  const [priority, setPriority] = useState<HandoffPriority>(suggestion.priority);
  const initialChannel = channels.find((c) => c.id === props.defaultChannelId)?.id ?? channels[0]?.id ?? '';
  const [channelId, setChannelId] = useState(initialChannel);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ActionOutcome | null>(null);

  // A new handoff (another chat, or a fresh summary id) resets the form; a re-render with an
  // equal summary must not wipe the agent's edits, hence the id as the dependency.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the handoff changes
  useEffect(() => {
    setIssue(summary.issue);
    setWants(summary.wants);
    setTried(summary.tried.join('\n'));
    setNote('');
    setStatus(null);
  }, [summary.id]);
  useEffect(() => {
    setReason(suggestion.reason);
    setPriority(suggestion.priority);
  }, [suggestion.reason, suggestion.priority]);
  useEffect(() => {
    if (!channels.some((c) => c.id === channelId))
      setChannelId(channels.find((c) => c.id === props.defaultChannelId)?.id ?? channels[0]?.id ?? '');
  }, [channels, channelId, props.defaultChannelId]);
  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const channel = channels.find((c) => c.id === channelId);

  async function send() {
    if (busy) return;
    if (!channel) {
      setStatus({ ok: false, message: 'Pick a channel first (set channels up in Options → Channels).' });
      return;
    }
    setBusy(true);
    const request: HandoffRequest = {
      summary: {
        ...summary,
        issue: issue.trim(),
        wants: wants.trim(),
        tried: tried
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
      reason,
      priority,
      note: note.trim(),
      channelId: channel.id,
    };
    try {
      setStatus(await props.onSend(request));
    } catch (error) {
      setStatus({ ok: false, message: `Could not send: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function insertLine() {
    const outcome = await props.onInsertCustomerLine(props.customerLine ?? CUSTOMER_HANDOFF_LINE);
    if (outcome) setStatus(outcome);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  }

  const field = (name: string) => `${id}-${name}`;

  return (
    <section className="handoff-card" aria-labelledby={field('title')}>
      <header className="handoff-card-header">
        <h2 id={field('title')}>Hand off to a supervisor</h2>
        {props.onClose ? (
          <button type="button" className="handoff-close" aria-label="Close the handoff card" onClick={props.onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p className="handoff-facts">
        <span>{summary.customer.name ?? summary.customer.id ?? 'Customer'}</span>
        <span>
          Risk {summary.risk} ({summary.level}
          {summary.riskTrend === 'unknown' ? '' : `, ${summary.riskTrend}`})
        </span>
        <span>In chat {summary.timeInChat.text}</span>
      </p>

      <form onSubmit={onSubmit} onKeyDown={onKeyDown} aria-describedby={field('shortcut')}>
        <label htmlFor={field('issue')}>Issue</label>
        <input id={field('issue')} ref={firstField} value={issue} onChange={(e) => setIssue(e.currentTarget.value)} />

        <label htmlFor={field('wants')}>Customer wants</label>
        <input id={field('wants')} value={wants} onChange={(e) => setWants(e.currentTarget.value)} />

        <label htmlFor={field('tried')}>Already tried (one per line)</label>
        <textarea id={field('tried')} rows={3} value={tried} onChange={(e) => setTried(e.currentTarget.value)} />

        {summary.triggers.length > 0 ? (
          <div className="handoff-triggers">
            <span className="handoff-label" id={field('triggers')}>
              Why (from the chat)
            </span>
            <ul aria-labelledby={field('triggers')}>
              {summary.triggers.map((t) => (
                <li key={`${t.kind}-${t.messageId}`}>
                  <strong>{triggerLabel(t.kind)}</strong>: “{t.quote}”
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <div className="handoff-row">
          <div>
            <label htmlFor={field('reason')}>Reason</label>
            <select id={field('reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value as HandoffReason)}>
              {HANDOFF_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REASON_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={field('priority')}>Priority</label>
            <select id={field('priority')} value={priority} onChange={(e) => setPriority(e.currentTarget.value as HandoffPriority)}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
        </div>

        <label htmlFor={field('note')}>Note for the supervisor (optional)</label>
        <textarea id={field('note')} rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />

        <label htmlFor={field('channel')}>Send to</label>
        {channels.length > 0 ? (
          <select id={field('channel')} value={channelId} onChange={(e) => setChannelId(e.currentTarget.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({CHANNEL_KIND_LABELS[c.kind]})
              </option>
            ))}
          </select>
        ) : (
          <p className="muted" id={field('channel')}>
            No channel is set up yet.{' '}
            {props.onOpenChannelSettings ? (
              <button type="button" className="link" onClick={props.onOpenChannelSettings}>
                Set one up in Options
              </button>
            ) : (
              'Set one up in Options → Channels.'
            )}
          </p>
        )}

        <div className="handoff-actions">
          <button type="submit" className="primary" disabled={busy || !channel} aria-keyshortcuts="Control+Enter">
            {busy ? 'Sending…' : 'Send handoff'}
          </button>
          <span className="muted" id={field('shortcut')}>
            Ctrl+Enter sends
          </span>
        </div>
      </form>

      <div
        role="status"
        aria-live="polite"
        className={status ? (status.ok ? 'handoff-status ok' : 'handoff-status error') : 'handoff-status'}
      >
        {status?.message ?? ''}
      </div>

      <div className="handoff-customer-line">
        <p>
          For the customer: <q>{props.customerLine ?? CUSTOMER_HANDOFF_LINE}</q>
        </p>
        <button type="button" onClick={() => void insertLine()}>
          Insert line for customer
        </button>
      </div>

      <OutboxStatusList entries={props.outboxEntries} onRetry={props.onRetry} />
    </section>
  );
}
