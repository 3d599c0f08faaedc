import { type FormEvent, useEffect, useId, useState } from 'react';
import { CHANNEL_KINDS, type ChannelConfig, type ChannelIssue, type ChannelKind, validateChannel } from '@/lib/handoff/channel-config';
import { requestChannelAccess } from '@/lib/handoff/channel-permissions';
import { loadChannels, saveChannels, watchChannels } from '@/lib/handoff/channel-store';
import { sendTestHandoff, type TestSendResult } from '@/lib/handoff/test-send';
import { t } from '@/lib/i18n';
import './handoff.css';

/**
 * Options → Channels: list, add, edit and remove handoff channels, with validation messages
 * next to the field at fault, and "Send test" showing the real result.
 * `ChannelSettingsView` is props-driven; `ChannelSettings` (mounted by the options page with no
 * props) wires it to extension storage and sends tests straight from the options page.
 */

export interface ChannelSettingsViewProps {
  channels: ChannelConfig[];
  defaultChannelId?: string;
  onSave(channels: ChannelConfig[], defaultChannelId?: string): Promise<void> | void;
  onTestSend(channel: ChannelConfig): Promise<TestSendResult>;
  /** Makes ids for new channels (injectable for tests). */
  newId?: () => string;
}

type Draft = { id: string; kind: ChannelKind; name: string; url: string; secret: string; to: string };

const emptyDraft = (id: string): Draft => ({ id, kind: 'slack', name: '', url: '', secret: '', to: '' });

function toDraft(channel: ChannelConfig): Draft {
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    url: channel.url ?? '',
    secret: channel.secret ?? '',
    to: channel.to ?? '',
  };
}

/** Only the fields the kind uses, so a Slack channel never carries a stale e-mail address. */
function fromDraft(draft: Draft): Record<string, unknown> {
  const base = { id: draft.id, kind: draft.kind, name: draft.name };
  if (draft.kind === 'slack' || draft.kind === 'teams') return { ...base, url: draft.url.trim() };
  if (draft.kind === 'webhook') return { ...base, url: draft.url.trim(), ...(draft.secret ? { secret: draft.secret } : {}) };
  if (draft.kind === 'email') return { ...base, to: draft.to.trim() };
  return base;
}

const URL_HINT: Partial<Record<ChannelKind, () => string>> = {
  slack: () => t('channel_url_hint_slack'),
  teams: () => t('channel_url_hint_teams'),
  webhook: () => t('channel_url_hint_webhook'),
};

export function ChannelSettingsView(props: ChannelSettingsViewProps) {
  const formId = useId();
  const newId = props.newId ?? (() => `ch_${globalThis.crypto.randomUUID().slice(0, 8)}`);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [issues, setIssues] = useState<ChannelIssue[]>([]);
  const [warnings, setWarnings] = useState<ChannelIssue[]>([]);
  const [results, setResults] = useState<Record<string, TestSendResult | 'sending'>>({});
  const [announcement, setAnnouncement] = useState('');
  const editing = draft ? props.channels.some((c) => c.id === draft.id) : false;

  const fieldError = (field: ChannelIssue['field']) =>
    issues
      .filter((i) => i.field === field)
      .map((i) => i.message)
      .join(' ');
  const fieldWarning = (field: ChannelIssue['field']) =>
    warnings
      .filter((i) => i.field === field)
      .map((i) => i.message)
      .join(' ');

  function startEditing(next: Draft | null) {
    setDraft(next);
    setIssues([]);
    setWarnings([]);
  }

  function update(change: Partial<Draft>) {
    setDraft((current) => (current ? { ...current, ...change } : current));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const checked = validateChannel(fromDraft(draft));
    if (!checked.ok) {
      setIssues(checked.issues);
      setWarnings([]);
      setAnnouncement(t('channel_not_saved', { problems: checked.issues.map((i) => i.message).join(' ') }));
      return;
    }
    const next = editing ? props.channels.map((c) => (c.id === draft.id ? checked.channel : c)) : [...props.channels, checked.channel];
    await props.onSave(next, props.defaultChannelId ?? checked.channel.id);
    setIssues([]);
    setWarnings(checked.warnings);
    setAnnouncement([t('channel_saved', { name: checked.channel.name }), ...checked.warnings.map((w) => w.message)].join(' '));
    setDraft(null);
  }

  async function remove(channel: ChannelConfig) {
    const next = props.channels.filter((c) => c.id !== channel.id);
    const nextDefault = props.defaultChannelId === channel.id ? next[0]?.id : props.defaultChannelId;
    await props.onSave(next, nextDefault);
    setAnnouncement(t('channel_removed', { name: channel.name }));
  }

  async function test(channel: ChannelConfig) {
    setResults((r) => ({ ...r, [channel.id]: 'sending' }));
    let result: TestSendResult;
    try {
      result = await props.onTestSend(channel);
    } catch (error) {
      result = { ok: false, message: t('channel_test_failed', { error: error instanceof Error ? error.message : String(error) }) };
    }
    setResults((r) => ({ ...r, [channel.id]: result }));
  }

  const f = (name: string) => `${formId}-${name}`;
  const describedBy = (name: ChannelIssue['field']) =>
    fieldError(name) ? f(`${name}-error`) : fieldWarning(name) ? f(`${name}-warning`) : undefined;

  return (
    <div className="channel-settings">
      {props.channels.length === 0 ? <p className="muted">{t('channel_none')}</p> : null}
      <ul className="channel-list" aria-label={t('channel_list_label')}>
        {props.channels.map((channel) => {
          const result = results[channel.id];
          return (
            <li key={channel.id} data-testid="channel-row">
              <strong>{channel.name}</strong> <span className="muted">{t(`channel_kind_${channel.kind}`)}</span>
              {props.defaultChannelId === channel.id ? <span className="muted"> {t('channel_is_default')}</span> : null}{' '}
              <button
                type="button"
                onClick={() => startEditing(toDraft(channel))}
                aria-label={t('channel_edit_label', { name: channel.name })}
              >
                {t('options_edit')}
              </button>{' '}
              <button
                type="button"
                onClick={() => void test(channel)}
                disabled={result === 'sending'}
                aria-label={t('channel_test_label', { name: channel.name })}
              >
                {result === 'sending' ? t('channel_testing') : t('channel_test')}
              </button>{' '}
              {props.defaultChannelId !== channel.id ? (
                <button
                  type="button"
                  onClick={() => void props.onSave(props.channels, channel.id)}
                  aria-label={t('channel_make_default_label', { name: channel.name })}
                >
                  {t('channel_make_default')}
                </button>
              ) : null}{' '}
              <button type="button" onClick={() => void remove(channel)} aria-label={t('channel_remove_label', { name: channel.name })}>
                {t('options_remove')}
              </button>
              {result && result !== 'sending' ? (
                <p role="status" className={result.ok ? 'handoff-status ok' : 'handoff-status error'}>
                  {result.ok ? '✓ ' : '✗ '}
                  {result.message}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>

      {draft ? (
        <form
          className="channel-form"
          onSubmit={(e) => void submit(e)}
          aria-label={
            editing ? (draft.name ? t('channel_form_edit', { name: draft.name }) : t('channel_form_edit_unnamed')) : t('channel_form_new')
          }
          noValidate
        >
          <label htmlFor={f('kind')}>{t('channel_type')}</label>
          <select id={f('kind')} value={draft.kind} onChange={(e) => update({ kind: e.currentTarget.value as ChannelKind })}>
            {CHANNEL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`channel_kind_${kind}`)}
              </option>
            ))}
          </select>

          <label htmlFor={f('name')}>{t('channel_name')}</label>
          <input
            id={f('name')}
            value={draft.name}
            aria-invalid={!!fieldError('name')}
            aria-describedby={describedBy('name')}
            onChange={(e) => update({ name: e.currentTarget.value })}
          />
          {fieldError('name') ? (
            <p id={f('name-error')} className="field-error">
              {fieldError('name')}
            </p>
          ) : null}

          {draft.kind === 'slack' || draft.kind === 'teams' || draft.kind === 'webhook' ? (
            <>
              <label htmlFor={f('url')}>{t('channel_url')}</label>
              <input
                id={f('url')}
                type="url"
                value={draft.url}
                placeholder={URL_HINT[draft.kind]?.()}
                aria-invalid={!!fieldError('url')}
                aria-describedby={describedBy('url')}
                onChange={(e) => update({ url: e.currentTarget.value })}
              />
              {fieldError('url') ? (
                <p id={f('url-error')} className="field-error">
                  {fieldError('url')}
                </p>
              ) : null}
              {!fieldError('url') && fieldWarning('url') ? (
                <p id={f('url-warning')} className="field-warning">
                  {fieldWarning('url')}
                </p>
              ) : null}
            </>
          ) : null}

          {draft.kind === 'webhook' ? (
            <>
              <label htmlFor={f('secret')}>{t('channel_secret')}</label>
              <input
                id={f('secret')}
                type="password"
                autoComplete="off"
                value={draft.secret}
                aria-invalid={!!fieldError('secret')}
                aria-describedby={describedBy('secret')}
                onChange={(e) => update({ secret: e.currentTarget.value })}
              />
              {fieldError('secret') ? (
                <p id={f('secret-error')} className="field-error">
                  {fieldError('secret')}
                </p>
              ) : null}
            </>
          ) : null}

          {draft.kind === 'email' ? (
            <>
              <label htmlFor={f('to')}>{t('channel_to')}</label>
              <input
                id={f('to')}
                type="email"
                multiple
                value={draft.to}
                aria-invalid={!!fieldError('to')}
                aria-describedby={describedBy('to')}
                onChange={(e) => update({ to: e.currentTarget.value })}
              />
              {fieldError('to') ? (
                <p id={f('to-error')} className="field-error">
                  {fieldError('to')}
                </p>
              ) : null}
            </>
          ) : null}

          <div className="handoff-actions">
            <button type="submit" className="primary">
              {editing ? t('channel_save') : t('channel_add')}
            </button>
            <button type="button" onClick={() => startEditing(null)}>
              {t('options_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => startEditing(emptyDraft(newId()))}>
          {t('channel_add')}
        </button>
      )}
      <p role="status" aria-live="polite" className="visually-hidden-status">
        {announcement}
      </p>
    </div>
  );
}

/** The options page's channel settings, backed by `local:handoff-channels`. */
export function ChannelSettings() {
  const [channels, setChannels] = useState<ChannelConfig[]>([]);
  const [defaultChannelId, setDefaultChannelId] = useState<string | undefined>();
  const [invalidCount, setInvalidCount] = useState(0);
  const [loadError, setLoadError] = useState('');
  const [accessWarning, setAccessWarning] = useState('');

  useEffect(() => {
    const apply = (loaded: Awaited<ReturnType<typeof loadChannels>>) => {
      setChannels(loaded.channels);
      setDefaultChannelId(loaded.defaultChannelId);
      setInvalidCount(loaded.invalid.length);
    };
    loadChannels()
      .then(apply)
      .catch((error: unknown) => setLoadError(t('channel_load_failed', { error: error instanceof Error ? error.message : String(error) })));
    return watchChannels(apply);
  }, []);

  return (
    <>
      {loadError ? (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      ) : null}
      {accessWarning ? (
        <p className="field-warning" role="alert">
          {accessWarning}
        </p>
      ) : null}
      {invalidCount > 0 ? (
        <p className="field-warning" role="alert">
          {t('channel_invalid_stored', { count: invalidCount })}
        </p>
      ) : null}
      <ChannelSettingsView
        channels={channels}
        {...(defaultChannelId ? { defaultChannelId } : {})}
        onSave={async (next, nextDefault) => {
          // Ask for host access to every HTTP channel's origin while the click still counts as a gesture.
          const access = Promise.all(next.map((c) => requestChannelAccess(c)));
          await saveChannels(next, nextDefault);
          setAccessWarning((await access).find((a) => !a.granted)?.message ?? '');
          setChannels(next);
          setDefaultChannelId(nextDefault);
        }}
        onTestSend={async (channel) => {
          const access = await requestChannelAccess(channel);
          if (!access.granted) return { ok: false, message: access.message ?? t('channel_no_access') };
          return sendTestHandoff(channel, (url, init) => fetch(url, init));
        }}
      />
    </>
  );
}
