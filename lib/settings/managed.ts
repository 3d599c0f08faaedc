import { browser } from 'wxt/browser';
import { defaultSettings, SETTINGS_FIELD_NAMES, type Settings, type SettingsField } from './schema';
import { parseField, type SettingsIssue } from './validate';

/**
 * Team policy pushed through enterprise policy (`chrome.storage.managed`, schema in
 * public/managed-schema.json). Its keys mirror the settings fields. Managed values override the
 * agent's own and are reported as locked paths, which the options page shows disabled.
 *
 * Lists merge instead of replacing: the team's entries (rules, playbook packs, channels, site
 * definitions, sites) are added and locked by id; the agent's own entries with other ids stay.
 */

/** What the policy holds, as read: unknown until validated. */
export type ManagedPolicy = Record<string, unknown>;

export interface EffectiveSettings {
  settings: Settings;
  /**
   * Locked paths: a field ("theme"), a sub-field ("coaching.shareWithLead", "sensitivity.abuse"),
   * or a list entry by id ("customRules.gdpr-request", "enabledSites.https://acme.zendesk.com").
   */
  locked: Set<string>;
  /** Policy values that were invalid and therefore ignored (the agent's value is used). */
  issues: SettingsIssue[];
}

/** Lists whose entries are merged by id (strings are their own id). */
const LIST_FIELDS = new Set<SettingsField>(['enabledSites', 'playbookPacks', 'handoffChannels', 'customRules', 'siteDefinitions']);

function entryId(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'object' && entry !== null && 'id' in entry) return String((entry as { id: unknown }).id);
  return JSON.stringify(entry);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The policy, or null when there is none. Firefox without a policy, Chrome without
 * `managed_schema`, or a browser without managed storage all mean "no overlay", never an error.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy | null> {
  try {
    const area = browser.storage?.managed;
    if (!area) return null;
    const policy = await area.get();
    return isPlainObject(policy) && Object.keys(policy).length > 0 ? policy : null;
  } catch {
    // "Managed storage manifest not found" (Firefox) and similar: no policy is installed.
    return null;
  }
}

/** Calls back when an admin changes the policy while the browser runs. */
export function watchManagedPolicy(callback: (policy: ManagedPolicy | null) => void): () => void {
  const onChanged = browser.storage?.onChanged;
  if (!onChanged) return () => {};
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') void readManagedPolicy().then(callback);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

function overlayList<K extends SettingsField>(
  field: K,
  userValue: Settings[K],
  policyValue: unknown,
  locked: Set<string>,
  issues: SettingsIssue[],
): Settings[K] {
  const parsed = parseField(field, policyValue, [] as unknown as Settings[K]);
  issues.push(...parsed.issues);
  const teamEntries = parsed.value as unknown as unknown[];
  const teamIds = new Set(teamEntries.map(entryId));
  for (const id of teamIds) locked.add(`${field}.${id}`);
  const ownEntries = (userValue as unknown as unknown[]).filter((entry) => !teamIds.has(entryId(entry)));
  return [...teamEntries, ...ownEntries] as unknown as Settings[K];
}

/**
 * The settings Tact runs with: the agent's settings with the team policy on top. Invalid policy
 * values are reported and ignored, so a typo in a policy never breaks the extension.
 */
export function effectiveSettings(user: Settings, managed: ManagedPolicy | null): EffectiveSettings {
  const locked = new Set<string>();
  const issues: SettingsIssue[] = [];
  if (!managed) return { settings: user, locked, issues };
  const settings = structuredClone(user);
  const out = settings as unknown as Record<SettingsField, unknown>;
  const defaults = defaultSettings();

  for (const field of SETTINGS_FIELD_NAMES) {
    const policyValue = managed[field];
    if (policyValue === undefined) continue;
    if (LIST_FIELDS.has(field)) {
      out[field] = overlayList(field, settings[field], policyValue, locked, issues);
      continue;
    }
    const parsed = parseField(field, policyValue, settings[field]);
    const badPaths = new Set(parsed.issues.map((issue) => issue.path.split(/[.[]/).slice(0, 2).join('.')));
    issues.push(...parsed.issues);
    out[field] = parsed.value;
    if (isPlainObject(defaults[field])) {
      // Lock only the sub-fields the policy actually set (and set validly).
      if (!isPlainObject(policyValue)) continue;
      for (const key of Object.keys(policyValue)) {
        const path = `${field}.${key}`;
        if (!badPaths.has(path)) locked.add(path);
      }
    } else if (parsed.issues.length === 0) {
      locked.add(field);
    }
  }
  return { settings, locked, issues };
}

/** True when the path or any parent of it is locked ("coaching" locks "coaching.shareWithLead"). */
export function isLocked(locked: ReadonlySet<string>, path: string): boolean {
  if (locked.has(path)) return true;
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i += 1) {
    if (locked.has(parts.slice(0, i).join('.'))) return true;
  }
  return false;
}

/**
 * When the agent saves, locked values must not be written over with the team's: keep the agent's
 * own stored value for every locked path, and drop team list entries (they come from policy).
 */
export function stripManagedValues(edited: Settings, previousUser: Settings, locked: ReadonlySet<string>): Settings {
  if (locked.size === 0) return edited;
  const out = structuredClone(edited) as unknown as Record<string, unknown>;
  const prev = previousUser as unknown as Record<string, unknown>;
  for (const field of SETTINGS_FIELD_NAMES) {
    if (LIST_FIELDS.has(field)) {
      const list = out[field] as unknown[];
      out[field] = list.filter((entry) => !locked.has(`${field}.${entryId(entry)}`));
      continue;
    }
    if (locked.has(field)) {
      out[field] = prev[field];
      continue;
    }
    const sub = out[field];
    const prevSub = prev[field];
    if (isPlainObject(sub) && isPlainObject(prevSub)) {
      for (const key of Object.keys(sub)) {
        if (!locked.has(`${field}.${key}`)) continue;
        if (key in prevSub) sub[key] = prevSub[key];
        else delete sub[key];
      }
    }
  }
  return out as unknown as Settings;
}
