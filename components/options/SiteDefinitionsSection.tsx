import { useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { exportSiteDefinitionsJson, mergeSiteDefinitions, parseSiteDefinitionsImport } from '@/lib/settings/export-import';
import { isLocked } from '@/lib/settings/managed';
import { useSettingsStore } from '@/lib/settings/store';
import { downloadText, LockedNote, Section } from './controls';

/** Pages taught with "Teach Tact this page": list, share (export/import) and delete. */
export function SiteDefinitionsSection() {
  const definitions = useSettingsStore((s) => s.settings.siteDefinitions);
  const locked = useSettingsStore((s) => s.locked);
  const update = useSettingsStore((s) => s.update);
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function importFile(file: File) {
    const result = parseSiteDefinitionsImport(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    await update((d) => {
      d.siteDefinitions = mergeSiteDefinitions(d.siteDefinitions, result.definitions);
    });
    const skipped = result.issues.length > 0 ? ` ${t('options_import_skipped', { count: result.issues.length })}` : '';
    setMessage({ kind: 'ok', text: `${t('options_sitedefs_imported', { count: result.definitions.length })}${skipped}` });
  }

  return (
    <Section id="site-definitions" title={t('options_sitedefs_title')} description={t('options_sitedefs_help')}>
      {definitions.length === 0 ? <p className="muted">{t('options_sitedefs_empty')}</p> : null}
      <ul className="list">
        {definitions.map((def) => {
          const defLocked = isLocked(locked, `siteDefinitions.${def.id}`);
          return (
            <li key={def.id} className="row">
              <strong>{def.label || def.id}</strong>
              <code>{def.origin}</code>
              <span className="muted">{t('options_sitedefs_selectors', { count: Object.keys(def.selectors).length })}</span>
              <LockedNote locked={defLocked} />
              <button type="button" onClick={() => downloadText(`tact-site-${def.id}.json`, exportSiteDefinitionsJson([def]))}>
                {t('options_export')}
              </button>
              <button
                type="button"
                disabled={defLocked}
                aria-label={t('options_sitedefs_delete_label', { name: def.label || def.id })}
                onClick={() =>
                  void update((d) => {
                    d.siteDefinitions = d.siteDefinitions.filter((x) => x.id !== def.id);
                  })
                }
              >
                {t('options_delete')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <button
          type="button"
          disabled={definitions.length === 0}
          onClick={() => downloadText('tact-site-definitions.json', exportSiteDefinitionsJson(definitions))}
        >
          {t('options_sitedefs_export_all')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('options_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message ? (
        <p className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </Section>
  );
}
