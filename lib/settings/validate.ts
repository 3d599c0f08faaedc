import * as v from 'valibot';
import { defaultSettings, SETTINGS_FIELD_NAMES, SETTINGS_FIELDS, type Settings, type SettingsField } from './schema';

/**
 * Turns anything read from storage, a file or a policy into valid Settings. A bad value never
 * breaks the extension: it is reported as a SettingsIssue and the default is used for that value
 * only — one bad list entry drops that entry, one bad sub-field falls back to its own default.
 */

export interface SettingsIssue {
  /** Dot path of the bad value, e.g. "coaching.retentionDays" or "customRules[2].kind". */
  path: string;
  message: string;
}

export interface ParsedSettings<T> {
  settings: T;
  issues: SettingsIssue[];
}

type AnySchema = v.GenericSchema;

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function issuesOf(path: string, result: v.SafeParseResult<AnySchema>): SettingsIssue[] {
  if (result.success) return [];
  return result.issues.map((issue) => {
    const sub = v.getDotPath(issue);
    return {
      path: sub ? `${path}.${sub}`.replace(/\.(\d+)(?=\.|$)/g, '[$1]') : path,
      message: `${issue.message} (got ${describe(issue.input)})`,
    };
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates one top-level field; returns the value to use and what was wrong. */
export function parseField<K extends SettingsField>(
  field: K,
  raw: unknown,
  fallback: Settings[K] = defaultSettings()[field],
): { value: Settings[K]; issues: SettingsIssue[] } {
  const schema = SETTINGS_FIELDS[field] as unknown as AnySchema & {
    type: string;
    item?: AnySchema;
    entries?: Record<string, AnySchema>;
    key?: AnySchema;
    value?: AnySchema;
  };
  if (raw === undefined) return { value: fallback, issues: [] };

  // Lists: keep the good entries, report the bad ones.
  if (schema.type === 'array' && schema.item) {
    if (!Array.isArray(raw)) {
      return { value: fallback, issues: [{ path: field, message: `expected a list (got ${describe(raw)})` }] };
    }
    const kept: unknown[] = [];
    const issues: SettingsIssue[] = [];
    raw.forEach((entry, i) => {
      const result = v.safeParse(schema.item as AnySchema, entry);
      if (result.success) kept.push(result.output);
      else issues.push(...issuesOf(`${field}[${i}]`, result));
    });
    return { value: kept as Settings[K], issues };
  }

  // Objects: each sub-field falls back to its own default.
  if ((schema.type === 'object' || schema.type === 'loose_object') && schema.entries && isPlainObject(fallback)) {
    if (!isPlainObject(raw)) {
      return { value: fallback, issues: [{ path: field, message: `expected an object (got ${describe(raw)})` }] };
    }
    const out: Record<string, unknown> = { ...fallback };
    const issues: SettingsIssue[] = [];
    for (const [key, sub] of Object.entries(schema.entries)) {
      if (raw[key] === undefined) continue;
      const result = v.safeParse(sub, raw[key]);
      if (result.success) out[key] = result.output;
      else issues.push(...issuesOf(`${field}.${key}`, result));
    }
    return { value: out as Settings[K], issues };
  }

  // Maps (sensitivity): each key on its own.
  if (schema.type === 'record' && schema.key && schema.value && isPlainObject(fallback)) {
    if (!isPlainObject(raw)) {
      return { value: fallback, issues: [{ path: field, message: `expected an object (got ${describe(raw)})` }] };
    }
    const out: Record<string, unknown> = { ...fallback };
    const issues: SettingsIssue[] = [];
    for (const [key, value] of Object.entries(raw)) {
      const keyResult = v.safeParse(schema.key, key);
      const valueResult = v.safeParse(schema.value, value);
      if (!keyResult.success) issues.push({ path: `${field}.${key}`, message: 'unknown trigger kind' });
      else if (!valueResult.success) issues.push(...issuesOf(`${field}.${key}`, valueResult));
      else out[key] = valueResult.output;
    }
    return { value: out as Settings[K], issues };
  }

  const result = v.safeParse(schema, raw);
  if (result.success) return { value: result.output as Settings[K], issues: [] };
  return { value: fallback, issues: issuesOf(field, result) };
}

/** Full settings from an unknown value: defaults for what is missing or bad, plus the issues. */
export function parseSettings(raw: unknown): ParsedSettings<Settings> {
  const defaults = defaultSettings();
  if (raw == null) return { settings: defaults, issues: [] };
  if (!isPlainObject(raw)) {
    return {
      settings: defaults,
      issues: [{ path: '(settings)', message: `expected an object of settings (got ${describe(raw)}); defaults used` }],
    };
  }
  const settings = { ...defaults } as Record<SettingsField, unknown>;
  const issues: SettingsIssue[] = [];
  for (const field of SETTINGS_FIELD_NAMES) {
    const parsed = parseField(field, raw[field], defaults[field]);
    settings[field] = parsed.value;
    issues.push(...parsed.issues);
  }
  return { settings: settings as unknown as Settings, issues };
}

/**
 * A partial settings object (a managed policy, an import's subset): only the fields present are
 * validated and returned, so absent fields stay absent instead of becoming defaults.
 */
export function parsePartialSettings(raw: unknown): ParsedSettings<Partial<Settings>> {
  if (!isPlainObject(raw)) {
    return { settings: {}, issues: raw == null ? [] : [{ path: '(settings)', message: 'expected an object' }] };
  }
  const out: Partial<Record<SettingsField, unknown>> = {};
  const issues: SettingsIssue[] = [];
  for (const field of SETTINGS_FIELD_NAMES) {
    if (raw[field] === undefined) continue;
    const fallback = defaultSettings()[field];
    const parsed = parseField(field, raw[field], fallback);
    issues.push(...parsed.issues);
    // A wholly bad value is dropped rather than replaced by the default (which would lock it).
    if (parsed.value !== fallback) out[field] = parsed.value;
  }
  return { settings: out as Partial<Settings>, issues };
}
