import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { isLocked } from '@/lib/settings/managed';
import { useSettingsStore } from '@/lib/settings/store';
import { LockedNote, Section } from './controls';

/** `https://acme.zendesk.com` → the match pattern Tact asks host access for. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Reads what the agent typed as an origin, or null ("acme.zendesk.com" is read as https). */
export function normaliseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function useGranted(origins: readonly string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      origins.map(async (origin) => {
        try {
          return [origin, await browser.permissions.contains({ origins: [originPattern(origin)] })] as const;
        } catch {
          return [origin, false] as const;
        }
      }),
    ).then((entries) => {
      if (!cancelled) setGranted(Object.fromEntries(entries));
    });
    return () => {
      cancelled = true;
    };
  }, [origins]);
  return granted;
}

export function SitesSection() {
  const sites = useSettingsStore((s) => s.settings.enabledSites);
  const locked = useSettingsStore((s) => s.locked);
  const update = useSettingsStore((s) => s.update);
  const granted = useGranted(sites);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add() {
    const origin = normaliseOrigin(input);
    if (!origin) {
      setError(t('options_sites_invalid', { input }));
      return;
    }
    setError(null);
    try {
      // Must run inside the click (a user gesture) or Chrome refuses to show the prompt.
      const ok = await browser.permissions.request({ origins: [originPattern(origin)] });
      if (!ok) {
        setError(t('options_sites_denied', { origin }));
        return;
      }
    } catch (e) {
      setError(t('options_sites_error', { message: e instanceof Error ? e.message : String(e) }));
      return;
    }
    await update((d) => {
      if (!d.enabledSites.includes(origin)) d.enabledSites.push(origin);
    });
    setInput('');
  }

  async function remove(origin: string) {
    await update((d) => {
      d.enabledSites = d.enabledSites.filter((s) => s !== origin);
    });
    try {
      await browser.permissions.remove({ origins: [originPattern(origin)] });
    } catch {
      // Access granted by policy or at install cannot be removed here; the list entry is gone.
    }
  }

  return (
    <Section id="sites" title={t('options_sites_title')} description={t('options_sites_help')}>
      {sites.length === 0 ? <p className="muted">{t('options_sites_empty')}</p> : null}
      <ul className="list">
        {sites.map((origin) => {
          const siteLocked = isLocked(locked, `enabledSites.${origin}`);
          return (
            <li key={origin} className="row">
              <code>{origin}</code>
              <span className={granted[origin] ? 'ok' : 'warn'}>
                {granted[origin] ? t('options_sites_granted') : t('options_sites_not_granted')}
              </span>
              <LockedNote locked={siteLocked} />
              <button
                type="button"
                disabled={siteLocked}
                onClick={() => void remove(origin)}
                aria-label={t('options_sites_remove_label', { origin })}
              >
                {t('options_remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="site-origin">{t('options_sites_add_label')}</label>
        <input
          id="site-origin"
          type="text"
          placeholder="https://acme.zendesk.com"
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{t('options_sites_add')}</button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </Section>
  );
}
