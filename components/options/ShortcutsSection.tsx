import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { Section } from './controls';

interface CommandRow {
  name: string;
  description: string;
  shortcut: string;
}

/** Shortcuts are managed by the browser; this shows them and links to where they are changed. */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<CommandRow[] | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) =>
        setCommands(
          all
            .filter((c) => c.name && c.name !== '_execute_action')
            .map((c) => ({ name: c.name ?? '', description: c.description ?? c.name ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => setCommands([]));
  }, []);
  const isFirefox = import.meta.env.FIREFOX;
  return (
    <Section id="shortcuts" title={t('options_shortcuts_title')}>
      {commands === null ? <p className="muted">{t('options_loading')}</p> : null}
      <table className="table">
        <tbody>
          {(commands ?? []).map((c) => (
            <tr key={c.name}>
              <td>{c.description}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span className="muted">{t('options_shortcuts_unset')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {isFirefox ? (
          t('options_shortcuts_firefox')
        ) : (
          <button type="button" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
            {t('options_shortcuts_change')}
          </button>
        )}
      </p>
    </Section>
  );
}
