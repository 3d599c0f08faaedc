import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ChannelConfig } from '@/lib/handoff/channel-config';
import { triggerLabel } from '@/lib/handoff/channels/text';
import { CUSTOMER_HANDOFF_LINE } from '@/lib/handoff/customer-line';
import type { OutboxEntry } from '@/lib/handoff/outbox';
import { HANDOFF_REASONS, type HandoffPriority, type HandoffReason, PRIORITIES, type ReasonSuggestion } from '@/lib/handoff/reasons';
import type { RedactOptions } from '@/lib/handoff/redact';
import type { HandoffRequest, HandoffSummary } from '@/lib/handoff/types';
import { type MessageKey, t } from '@/lib/i18n';
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
  /**
   * Which personal data is masked (the handoffMasking setting the summary was built with and the
   * send path uses), so the agent knows what the supervisor will see. Not shown when absent.
   */
  masking?: RedactOptions;
}

const MASK_KINDS = ['cards', 'ibans', 'emails', 'phones'] as const satisfies ReadonlyArray<keyof RedactOptions>;

/** One line saying what is masked and what goes out as typed. */
export function maskingNotice(masking: RedactOptions): string {
  const masked = MASK_KINDS.filter((kind) => masking[kind]);
  const unmasked = MASK_KINDS.filter((kind) => !masking[kind]);
  if (unmasked.length === 0) return t('handoff_masking_all');
  if (masked.length === 0) return t('handoff_masking_none');
  const list = (kinds: readonly string[]) =>
    kinds.map((kind) => t(`handoff_mask_kind_${kind}` as MessageKey)).join(t('handoff_masking_list_separator'));
  return t('handoff_masking_some', { masked: list(masked), unmasked: list(unmasked) });
}

function formatClock(ms: number | undefined): string {
  if (!ms) return '';
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function OutboxStatusList({ entries, onRetry }: { entries: OutboxEntry[]; onRetry: HandoffCardProps['onRetry'] }) {
  if (entries.length === 0) return null;
  return (
    <section className="handoff-outbox" aria-label={t('handoff_outbox_label')}>
      <h3>{t('handoff_outbox_title')}</h3>
      <ul>
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={`handoff-outbox-entry status-${entry.status}`}
            data-testid="outbox-entry"
            data-status={entry.status}
          >
            <span className="handoff-outbox-status">{t(`handoff_status_${entry.status}`)}</span>{' '}
            {t('handoff_outbox_to', { channel: entry.channelName })}
            {entry.status === 'delivered' ? (
              <span className="muted"> {t('handoff_outbox_at', { time: formatClock(entry.deliveredAt) })}</span>
            ) : null}
            {entry.attempts > 1 && entry.status !== 'failed' ? (
              <span className="muted"> {t('handoff_outbox_attempt', { count: entry.attempts })}</span>
            ) : null}
            {entry.status === 'queued' && entry.nextAttemptAt && entry.attempts > 0 ? (
              <span className="muted"> {t('handoff_outbox_next_try', { time: formatClock(entry.nextAttemptAt) })}</span>
            ) : null}
            {entry.lastError && entry.status !== 'delivered' ? <p className="handoff-outbox-error">{entry.lastError}</p> : null}
            {entry.status === 'failed' || (entry.status === 'queued' && entry.attempts > 0) ? (
              <button type="button" onClick={() => void onRetry(entry.id)}>
                {entry.status === 'failed' ? t('handoff_retry') : t('handoff_retry_now')}
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
      setStatus({ ok: false, message: t('handoff_pick_channel') });
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
      setStatus({ ok: false, message: t('handoff_send_failed', { error: error instanceof Error ? error.message : String(error) }) });
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
        <h2 id={field('title')}>{t('handoff_title')}</h2>
        {props.onClose ? (
          <button type="button" className="handoff-close" aria-label={t('handoff_close')} onClick={props.onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p className="handoff-facts">
        <span>{summary.customer.name ?? summary.customer.id ?? t('handoff_customer')}</span>
        <span>
          {summary.riskTrend === 'unknown'
            ? t('handoff_risk', { risk: summary.risk, level: t(`level_${summary.level}`) })
            : t('handoff_risk_trend', {
                risk: summary.risk,
                level: t(`level_${summary.level}`),
                trend: t(`handoff_trend_${summary.riskTrend}`),
              })}
        </span>
        <span>{t('handoff_in_chat', { time: summary.timeInChat.text })}</span>
      </p>
      {props.masking ? (
        <p className="muted handoff-masking" data-testid="handoff-masking">
          {maskingNotice(props.masking)}
        </p>
      ) : null}

      <form onSubmit={onSubmit} onKeyDown={onKeyDown} aria-describedby={field('shortcut')}>
        <label htmlFor={field('issue')}>{t('handoff_issue')}</label>
        <input id={field('issue')} ref={firstField} value={issue} onChange={(e) => setIssue(e.currentTarget.value)} />

        <label htmlFor={field('wants')}>{t('handoff_wants')}</label>
        <input id={field('wants')} value={wants} onChange={(e) => setWants(e.currentTarget.value)} />

        <label htmlFor={field('tried')}>{t('handoff_tried')}</label>
        <textarea id={field('tried')} rows={3} value={tried} onChange={(e) => setTried(e.currentTarget.value)} />

        {summary.triggers.length > 0 ? (
          <div className="handoff-triggers">
            <span className="handoff-label" id={field('triggers')}>
              {t('handoff_why')}
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
            <label htmlFor={field('reason')}>{t('handoff_reason')}</label>
            <select id={field('reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value as HandoffReason)}>
              {HANDOFF_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`handoff_reason_${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={field('priority')}>{t('handoff_priority')}</label>
            <select id={field('priority')} value={priority} onChange={(e) => setPriority(e.currentTarget.value as HandoffPriority)}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`handoff_priority_${p}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <label htmlFor={field('note')}>{t('handoff_note')}</label>
        <textarea id={field('note')} rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />

        <label htmlFor={field('channel')}>{t('handoff_send_to')}</label>
        {channels.length > 0 ? (
          <select id={field('channel')} value={channelId} onChange={(e) => setChannelId(e.currentTarget.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({t(`channel_kind_${c.kind}`)})
              </option>
            ))}
          </select>
        ) : (
          <p className="muted" id={field('channel')}>
            {t('handoff_no_channel')}{' '}
            {props.onOpenChannelSettings ? (
              <button type="button" className="link" onClick={props.onOpenChannelSettings}>
                {t('handoff_set_up_channel')}
              </button>
            ) : (
              t('handoff_set_up_channel_where')
            )}
          </p>
        )}

        <div className="handoff-actions">
          <button type="submit" className="primary" disabled={busy || !channel} aria-keyshortcuts="Control+Enter">
            {busy ? t('handoff_sending') : t('handoff_send')}
          </button>
          <span className="muted" id={field('shortcut')}>
            {t('handoff_shortcut')}
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
          {t('handoff_for_customer')} <q>{props.customerLine ?? CUSTOMER_HANDOFF_LINE}</q>
        </p>
        <button type="button" onClick={() => void insertLine()}>
          {t('handoff_insert_customer_line')}
        </button>
      </div>

      <OutboxStatusList entries={props.outboxEntries} onRetry={props.onRetry} />
    </section>
  );
}
