import * as v from 'valibot';
import { type BuiltInTriggerKind, type RiskLevel, TRIGGER_KINDS } from '../detect/types';
import { type CustomRule, CustomRuleSchema } from './custom-rule-schema';

/**
 * Tact's settings: one typed, versioned object in `local:settings`. Each top-level field has its
 * own valibot schema and its own default, so a bad value in one field is reported and replaced by
 * that field's default without touching the others (see validate.ts).
 */

/** Bump when the stored shape changes, and add a migration in migrations.ts. */
export const SETTINGS_VERSION = 3;

export const SENSITIVITIES = ['off', 'low', 'normal', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const RISK_LEVELS = ['low', 'elevated', 'high', 'critical'] as const satisfies readonly RiskLevel[];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** An origin such as `https://acme.zendesk.com` (scheme + host [+ port], no path). */
const OriginSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[^/\s?#]+$/, 'must be an origin like https://acme.zendesk.com (no path)'));

/** Sensitivity per trigger kind; kinds not listed use "normal". Custom kinds may appear too. */
const SensitivityMapSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z_]+$|^custom:[a-z0-9_-]+$/, 'unknown trigger kind')),
  v.picklist(SENSITIVITIES, 'must be off, low, normal or high'),
);

const NudgeSchema = v.object({
  enabled: v.boolean(),
  /** The on-page nudge appears when risk reaches this level or above. */
  minLevel: v.picklist(RISK_LEVELS),
});

/**
 * A playbook step a team adds: a line to insert or an action, for one trigger kind. Loose, so keys
 * the playbooks module understands beyond these (`when` conditions, pack `language`) are kept; it
 * validates packs fully with its own schema when it reads them.
 */
const PlaybookStepSchema = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty('step id is empty')),
  trigger: v.pipe(v.string(), v.regex(/^[a-z_]+$|^custom:[a-z0-9_-]+$/, 'unknown trigger kind')),
  text: v.pipe(v.string(), v.nonEmpty('step text is empty'), v.maxLength(1000)),
  action: v.optional(v.picklist(['insert', 'handoff'])),
  tone: v.optional(v.string()),
});
export const PlaybookPackSchema = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty('pack id is empty')),
  name: v.pipe(v.string(), v.nonEmpty('pack name is empty')),
  /** Steps listed here come before (or replace, when ids are equal) the built-in steps. */
  steps: v.array(PlaybookStepSchema),
});
export type PlaybookPack = v.InferOutput<typeof PlaybookPackSchema>;

const CoachingSchema = v.object({
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  maxRecords: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(100_000)),
  /** Private by default (DESIGN.md): nothing leaves the agent's device unless this is on. */
  shareWithLead: v.boolean(),
});

const DraftCoachSchema = v.object({
  enabled: v.boolean(),
  /** A customer message unanswered this long (live chat) earns the agent a holding-line nudge. */
  waitingThresholdSec: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(3600)),
  /** E-mail-like threads are slow by nature: the waiting nudge is off there unless enabled. */
  emailThreads: v.boolean(),
});

/**
 * A page Tact was taught with "Teach Tact this page". The adapter work owns the details, so extra
 * keys are kept as they are; only what settings needs to list and export is required.
 */
export const SiteDefinitionSchema = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty('site definition id is empty')),
  origin: OriginSchema,
  label: v.optional(v.string()),
  selectors: v.record(v.string(), v.string()),
});
export type SiteDefinition = v.InferOutput<typeof SiteDefinitionSchema>;

/** Handoff channels: the handoff module validates entries with its own schema when it reads them. */
const HandoffChannelsSchema = v.array(v.looseObject({ id: v.string() }));

/**
 * Which personal data is masked in a handoff before it leaves the agent's screen (the kinds
 * lib/handoff/redact.ts knows, same keys as its RedactOptions). true = masked.
 */
const HandoffMaskingSchema = v.object({
  cards: v.boolean(),
  ibans: v.boolean(),
  emails: v.boolean(),
  phones: v.boolean(),
});
export const HANDOFF_MASKING_KINDS = ['cards', 'ibans', 'emails', 'phones'] as const;
export type HandoffMaskingKind = (typeof HANDOFF_MASKING_KINDS)[number];

export const SETTINGS_FIELDS = {
  enabledSites: v.array(OriginSchema),
  sensitivity: SensitivityMapSchema,
  nudge: NudgeSchema,
  playbookPacks: v.array(PlaybookPackSchema),
  handoffChannels: HandoffChannelsSchema,
  handoffMasking: HandoffMaskingSchema,
  coaching: CoachingSchema,
  draftCoach: DraftCoachSchema,
  theme: v.picklist(THEMES),
  customRules: v.array(CustomRuleSchema),
  siteDefinitions: v.array(SiteDefinitionSchema),
  agentName: v.pipe(v.string(), v.maxLength(80, 'agent name is longer than 80 characters')),
} as const;

export type SettingsField = keyof typeof SETTINGS_FIELDS;
export const SETTINGS_FIELD_NAMES = Object.keys(SETTINGS_FIELDS) as SettingsField[];

export interface Settings {
  enabledSites: string[];
  sensitivity: Partial<Record<BuiltInTriggerKind | `custom:${string}`, Sensitivity>>;
  nudge: { enabled: boolean; minLevel: RiskLevel };
  playbookPacks: PlaybookPack[];
  handoffChannels: Array<{ id: string; [key: string]: unknown }>;
  handoffMasking: Record<HandoffMaskingKind, boolean>;
  coaching: { retentionDays: number; maxRecords: number; shareWithLead: boolean };
  draftCoach: { enabled: boolean; waitingThresholdSec: number; emailThreads: boolean };
  theme: Theme;
  customRules: CustomRule[];
  siteDefinitions: SiteDefinition[];
  agentName: string;
}

// Compile-time check that every schema's output fits the Settings interface.
type SchemaOutputs = { [K in SettingsField]: v.InferOutput<(typeof SETTINGS_FIELDS)[K]> };
const _schemaFitsSettings = (s: SchemaOutputs): Settings => s;
void _schemaFitsSettings;

export function defaultSensitivity(): Settings['sensitivity'] {
  return Object.fromEntries(TRIGGER_KINDS.map((kind) => [kind, 'normal' as const]));
}

/** Fresh defaults (a new object each call, so callers may mutate it). */
export function defaultSettings(): Settings {
  return {
    enabledSites: [],
    sensitivity: defaultSensitivity(),
    // Nudges are on, but only when risk is high or critical: quiet unless it matters.
    nudge: { enabled: true, minLevel: 'high' },
    playbookPacks: [],
    handoffChannels: [],
    // Private by default: every kind of personal data is masked in what a supervisor receives.
    handoffMasking: { cards: true, ibans: true, emails: true, phones: true },
    coaching: { retentionDays: 90, maxRecords: 500, shareWithLead: false },
    draftCoach: { enabled: true, waitingThresholdSec: 120, emailThreads: false },
    theme: 'system',
    customRules: [],
    siteDefinitions: [],
    agentName: '',
  };
}

/** How a sensitivity scales a trigger's weight; the detector may import this. */
export const SENSITIVITY_WEIGHT: Record<Sensitivity, number> = {
  off: 0,
  low: 0.5,
  normal: 1,
  high: 1.5,
};
