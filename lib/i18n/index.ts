import en from './locales/en/messages.json';

/**
 * UI strings. Catalogues are data in Chrome's messages.json format (lib/i18n/locales/<lang>/),
 * so a new language is a new folder, not code. Placeholders are written `{name}` and filled by
 * `t`; a key missing in the agent's language falls back to English, so nothing shows blank.
 *
 * The catalogues live here rather than in public/_locales because Chrome refuses to load an
 * extension that has _locales without `default_locale` in its manifest; see README.md.
 */

export type MessageKey = keyof typeof en;
type Catalogue = Record<string, { message: string; description?: string }>;

const catalogues: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(import.meta.glob<Catalogue>('./locales/*/messages.json', { eager: true, import: 'default' })).map(([path, catalogue]) => [
    path.split('/')[2] ?? 'en',
    catalogue,
  ]),
);
catalogues.en ??= en;

function uiLanguage(): string {
  try {
    const fromBrowser = (globalThis as { browser?: { i18n?: { getUILanguage?: () => string } } }).browser?.i18n?.getUILanguage?.();
    if (fromBrowser) return fromBrowser;
  } catch {
    // The fake browser in tests does not implement i18n: fall through.
  }
  return typeof navigator !== 'undefined' ? navigator.language : 'en';
}

let active: Catalogue = en;

/** Chooses the catalogue for a language tag ("pt-BR" → pt_BR, then pt, then English). */
export function setLanguage(tag: string = uiLanguage()): string {
  const normalised = tag.replace('-', '_');
  const base = normalised.split('_')[0] ?? 'en';
  const lang = catalogues[normalised] ? normalised : catalogues[base] ? base : 'en';
  active = catalogues[lang] ?? en;
  return lang;
}
setLanguage();

/** Available catalogue codes, e.g. ['en']. */
export function availableLanguages(): string[] {
  return Object.keys(catalogues);
}

/** The UI string for `key`, with `{name}` placeholders replaced from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const template = active[key]?.message ?? en[key].message;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
