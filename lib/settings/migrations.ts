/**
 * Settings migrations, one function per version step, for @wxt-dev/storage's `migrations` map.
 * Each takes whatever an older build stored (never trusted: fields may be missing or wrong) and
 * returns the next version's shape. validate.ts then fills defaults and reports what is still bad.
 *
 * History
 * - v1 (first prototype): { sites, sensitivity: 'low'|'normal'|'high' (one global level),
 *   nudges: boolean, retentionDays, theme: 'auto'|'light'|'dark' }
 * - v2: per-trigger sensitivity map, nudge object, coaching object, custom rules as
 *   { id, kind, phrases, severity } only.
 * - v3 (current): custom rules gain role, enabled, patterns, next steps and examples; coaching
 *   gains shareWithLead; draft coach, handoff channels, playbook packs, site definitions and
 *   agent name are added (their defaults come from validate.ts).
 *   Later v3 builds add handoffMasking; no migration: validate.ts reads a missing field (or a
 *   missing kind inside it) as its default, everything masked.
 */
import { TRIGGER_KINDS } from '../detect/types';

type Loose = Record<string, unknown>;

function asObject(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

/** Kinds that read agent lines; v2 rules did not say, so their role follows their kind. */
const AGENT_KINDS = new Set(['missing_apology', 'agent_denies_escalation', 'agent_bare_refusal', 'agent_hedging', 'agent_blame']);

export function migrateV1toV2(old: unknown): Loose {
  const v1 = asObject(old);
  const level = v1.sensitivity;
  const global = level === 'low' || level === 'normal' || level === 'high' ? level : 'normal';
  const theme = v1.theme === 'auto' ? 'system' : v1.theme;
  return {
    enabledSites: v1.sites,
    sensitivity: Object.fromEntries(TRIGGER_KINDS.map((kind) => [kind, global])),
    // v1 nudged at every level change; v2 keeps "on" but only from "elevated" to match that feel.
    nudge: { enabled: v1.nudges !== false, minLevel: v1.nudges === false ? 'high' : 'elevated' },
    coaching: { retentionDays: v1.retentionDays, maxRecords: 500 },
    theme,
    customRules: [],
  };
}

export function migrateV2toV3(old: unknown): Loose {
  const v2 = asObject(old);
  const rules = Array.isArray(v2.customRules) ? v2.customRules : [];
  return {
    ...v2,
    customRules: rules.map((raw) => {
      const rule = asObject(raw);
      return {
        ...rule,
        role: AGENT_KINDS.has(String(rule.kind)) ? 'agent' : 'customer',
        enabled: true,
        patterns: [],
        nextSteps: [],
        examples: { shouldMatch: [], shouldNotMatch: [] },
      };
    }),
    coaching: { ...asObject(v2.coaching), shareWithLead: false },
  };
}

/** Keyed by the version each function migrates TO (the @wxt-dev/storage convention). */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
  3: migrateV2toV3,
};
