import { useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { exportSettingsJson, settingsFileName } from '@/lib/settings/export-import';
import { useSettingsStore } from '@/lib/settings/store';
import { downloadText, Section } from './controls';

/** Export all settings to a file, import them back, or reset to defaults. */
export function BackupSection() {
  const user = useSettingsStore((s) => s.user);
  const importFile = useSettingsStore((s) => s.importFile);
  const reset = useSettingsStore((s) => s.reset);
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; details?: string[] } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  async function onFile(file: File) {
    const result = await importFile(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    setMessage({
      kind: 'ok',
      text: result.issues.length > 0 ? t('options_import_partial', { count: result.issues.length }) : t('options_import_done'),
      details: result.issues.map((i) => `${i.path}: ${i.message}`),
    });
  }

  return (
    <Section id="backup" title={t('options_backup_title')} description={t('options_backup_help')}>
      <div className="row">
        {/* The export holds the agent's own settings; team policy is not theirs to carry. */}
        <button type="button" onClick={() => downloadText(settingsFileName(), exportSettingsJson(user))}>
          {t('options_backup_export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('options_backup_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('options_backup_import')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onFile(file);
          }}
        />
        {confirmReset ? (
          <span className="row">
            <span>{t('options_reset_confirm')}</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirmReset(false);
                void reset().then(() => setMessage({ kind: 'ok', text: t('options_reset_done') }));
              }}
            >
              {t('options_reset_yes')}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t('options_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t('options_reset')}
          </button>
        )}
      </div>
      {message ? (
        <div className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
          {message.details && message.details.length > 0 ? (
            <ul className="problems">
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
