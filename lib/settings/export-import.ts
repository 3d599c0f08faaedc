import * as v from 'valibot';
import { SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_FIELD_NAMES, SETTINGS_VERSION, type Settings, type SiteDefinition, SiteDefinitionSchema } from './schema';
import { saveUserSettings } from './storage';
import { parseSettings, type SettingsIssue } from './validate';

/**
 * Settings as a file: export everything the agent set, import it back on another machine.
 * A file that cannot be read is an error value with a sentence for the agent, and nothing is
 * written; a readable file with some bad values imports the rest and lists what was skipped.
 */

export const SETTINGS_FILE_FORMAT = 'tact-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type ImportResult = { ok: true; settings: Settings; issues: SettingsIssue[] } | { ok: false; error: string };

export function exportSettingsJson(settings: Settings, now = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(now = new Date()): string {
  return `tact-settings-${now.toISOString().slice(0, 10)}.json`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KEEP = 'Your current settings were not changed.';

/** Reads an exported file (any older version is migrated). Writes nothing. */
export function parseSettingsImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file is not valid JSON (${detail}). ${KEEP}` };
  }
  if (!isPlainObject(data)) {
    return { ok: false, error: `This file does not contain Tact settings (expected an object). ${KEEP}` };
  }
  let raw: unknown;
  let version: number;
  if (data.format === SETTINGS_FILE_FORMAT) {
    version = typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : Number.NaN;
    if (!(version >= 1)) return { ok: false, error: `The file has no valid settings version. ${KEEP}` };
    if (version > SETTINGS_VERSION) {
      return {
        ok: false,
        error: `The file was exported by a newer Tact (settings version ${version}; this one reads up to ${SETTINGS_VERSION}). Update Tact, then import again. ${KEEP}`,
      };
    }
    raw = data.settings;
    if (!isPlainObject(raw)) return { ok: false, error: `The file has no "settings" object. ${KEEP}` };
  } else if (SETTINGS_FIELD_NAMES.some((field) => field in data)) {
    // A bare settings object (hand-written or copied from a policy): read as the current version.
    raw = data;
    version = SETTINGS_VERSION;
  } else {
    return { ok: false, error: `This is not a Tact settings file (no "format": "${SETTINGS_FILE_FORMAT}" and no known settings). ${KEEP}` };
  }
  for (let next = version + 1; next <= SETTINGS_VERSION; next += 1) {
    const migrate = SETTINGS_MIGRATIONS[next];
    if (migrate) raw = migrate(raw);
  }
  const { settings, issues } = parseSettings(raw);
  return { ok: true, settings, issues };
}

/** Parses and, only when readable, saves. Returns what happened for the options page. */
export async function importSettingsFile(text: string): Promise<ImportResult> {
  const result = parseSettingsImport(text);
  if (result.ok) await saveUserSettings(result.settings);
  return result;
}

/** Site definitions alone ("Teach Tact this page" results), for sharing one site with a team. */
export function exportSiteDefinitionsJson(definitions: readonly SiteDefinition[]): string {
  return `${JSON.stringify({ format: 'tact-site-definitions', siteDefinitions: definitions }, null, 2)}\n`;
}

export function parseSiteDefinitionsImport(
  text: string,
): { ok: true; definitions: SiteDefinition[]; issues: SettingsIssue[] } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file is not valid JSON (${detail}). Nothing was imported.` };
  }
  const list = isPlainObject(data) ? data.siteDefinitions : Array.isArray(data) ? data : undefined;
  if (!Array.isArray(list)) {
    return { ok: false, error: 'This file has no list of site definitions ("siteDefinitions": [...]). Nothing was imported.' };
  }
  const definitions: SiteDefinition[] = [];
  const issues: SettingsIssue[] = [];
  list.forEach((entry, i) => {
    const result = v.safeParse(SiteDefinitionSchema, entry);
    if (result.success) definitions.push(result.output);
    else
      issues.push(
        ...result.issues.map((issue) => ({ path: `siteDefinitions[${i}].${v.getDotPath(issue) ?? ''}`, message: issue.message })),
      );
  });
  return { ok: true, definitions, issues };
}

/** Merge imported definitions into a list: same id replaces, new ids are appended. */
export function mergeSiteDefinitions(current: readonly SiteDefinition[], incoming: readonly SiteDefinition[]): SiteDefinition[] {
  const ids = new Set(incoming.map((d) => d.id));
  return [...current.filter((d) => !ids.has(d.id)), ...incoming];
}
