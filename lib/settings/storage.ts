import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { SETTINGS_MIGRATIONS } from './migrations';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { type ParsedSettings, parseSettings } from './validate';

/**
 * The one storage item for the agent's own settings. Managed (team) policy is separate and read
 * by managed.ts; the effective settings are the overlay of the two.
 */

export const SETTINGS_KEY = 'local:settings' as const;

/** Stored value: whatever is there is re-validated on every read (parseSettings). */
export type StoredSettings = unknown;

export function defineSettingsItem(): WxtStorageItem<StoredSettings, Record<string, unknown>> {
  return storage.defineItem<StoredSettings>(SETTINGS_KEY, {
    version: SETTINGS_VERSION,
    fallback: defaultSettings(),
    migrations: SETTINGS_MIGRATIONS,
  });
}

let item: ReturnType<typeof defineSettingsItem> | null = null;

/**
 * The settings item, defined on first use (migrations run then). Tests call
 * `resetSettingsItemForTests()` after seeding storage so migrations run against the seed.
 */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  item ??= defineSettingsItem();
  return item;
}

export function resetSettingsItemForTests(): void {
  item = null;
}

/** The agent's settings, validated; issues say what was bad and replaced by its default. */
export async function loadUserSettings(): Promise<ParsedSettings<Settings>> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      settings: defaultSettings(),
      issues: [{ path: '(storage)', message: `could not read settings (${message}); defaults used` }],
    };
  }
}

export async function saveUserSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(settings);
}

/** Read-modify-write of the agent's settings. */
export async function updateUserSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadUserSettings();
  const next = change(structuredClone(settings));
  await saveUserSettings(next);
  return next;
}

/** Back to defaults (managed policy still applies on top). */
export async function resetUserSettings(): Promise<Settings> {
  const defaults = defaultSettings();
  await saveUserSettings(defaults);
  return defaults;
}

/** Calls back with the validated settings whenever another page changes them. */
export function watchUserSettings(callback: (parsed: ParsedSettings<Settings>) => void): () => void {
  return settingsItem().watch((value) => callback(parseSettings(value)));
}
