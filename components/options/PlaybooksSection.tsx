import { useEffect, useState } from 'react';
import * as v from 'valibot';
import { t } from '@/lib/i18n';
import { isLocked } from '@/lib/settings/managed';
import type { PlaybookPack } from '@/lib/settings/schema';
import { useSettingsStore } from '@/lib/settings/store';
import { parseField, type SettingsIssue } from '@/lib/settings/validate';
import { Section } from './controls';

/**
 * The playbooks module's own, stricter pack schema (step conditions and all), used when that module
 * is in the build; import.meta.glob resolves to nothing otherwise.
 */
const playbookModules = import.meta.glob<{ PlaybookPackSchema?: v.GenericSchema }>('../../lib/playbooks/schema.ts', { eager: true });
const StrictPackSchema = Object.values(playbookModules)[0]?.PlaybookPackSchema;

type Check = { ok: true; packs: PlaybookPack[] } | { ok: false; problems: SettingsIssue[] };

/** Validates the editor's JSON: every problem is listed; nothing is saved until there is none. */
export function checkPlaybookJson(text: string): Check {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '(json)', message: e instanceof Error ? e.message : String(e) }] };
  }
  const { value, issues } = parseField('playbookPacks', data, []);
  if (issues.length > 0) return { ok: false, problems: issues };
  if (StrictPackSchema) {
    const strict: SettingsIssue[] = [];
    value.forEach((pack, i) => {
      const result = v.safeParse(StrictPackSchema, pack);
      if (!result.success) {
        strict.push(
          ...result.issues.map((issue) => ({ path: `playbookPacks[${i}].${v.getDotPath(issue) ?? ''}`, message: issue.message })),
        );
      }
    });
    if (strict.length > 0) return { ok: false, problems: strict };
  }
  return { ok: true, packs: value };
}

const EXAMPLE: PlaybookPack[] = [
  {
    id: 'acme-billing',
    name: 'Acme billing',
    steps: [
      {
        id: 'acme-refund-window',
        trigger: 'threat_chargeback',
        text: 'I can refund this to your card today; it shows within 3–5 working days, no need to contact your bank.',
      },
    ],
  },
];

export function PlaybooksSection() {
  const packs = useSettingsStore((s) => s.settings.playbookPacks);
  const locked = useSettingsStore((s) => s.locked);
  const update = useSettingsStore((s) => s.update);
  const teamPacks = packs.filter((p) => isLocked(locked, `playbookPacks.${p.id}`));
  const ownPacks = packs.filter((p) => !isLocked(locked, `playbookPacks.${p.id}`));
  const [text, setText] = useState(() => JSON.stringify(ownPacks, null, 2));
  const [saved, setSaved] = useState(false);
  const ownJson = JSON.stringify(ownPacks, null, 2);
  // Follow changes made elsewhere (import, reset) unless the agent is mid-edit.
  const [lastSynced, setLastSynced] = useState(ownJson);
  useEffect(() => {
    if (ownJson !== lastSynced) {
      if (text === lastSynced) setText(ownJson);
      setLastSynced(ownJson);
    }
  }, [ownJson, lastSynced, text]);
  const check = checkPlaybookJson(text);

  return (
    <Section id="playbooks" title={t('options_playbooks_title')} description={t('options_playbooks_help')}>
      {teamPacks.length > 0 ? (
        <p>
          {t('options_playbooks_team', { names: teamPacks.map((p) => p.name).join(', ') })}{' '}
          <span className="locked-note">{t('options_locked')}</span>
        </p>
      ) : null}
      <label htmlFor="playbooks-json">{t('options_playbooks_editor')}</label>
      <textarea
        id="playbooks-json"
        className="code"
        rows={10}
        spellCheck={false}
        value={text}
        aria-invalid={!check.ok}
        aria-describedby="playbooks-status"
        onChange={(e) => {
          setText(e.currentTarget.value);
          setSaved(false);
        }}
      />
      <div id="playbooks-status" role="status">
        {check.ok ? (
          <p className="ok">{saved ? t('options_saved') : t('options_playbooks_valid', { count: check.packs.length })}</p>
        ) : (
          <ul className="problems">
            {check.problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!check.ok}
          onClick={() => {
            if (!check.ok) return;
            void update((d) => {
              d.playbookPacks = check.packs;
            }).then(() => setSaved(true));
          }}
        >
          {t('options_save')}
        </button>
        <button type="button" onClick={() => setText(JSON.stringify(EXAMPLE, null, 2))}>
          {t('options_playbooks_example')}
        </button>
      </div>
    </Section>
  );
}
