import * as v from 'valibot';
import { TRIGGER_KINDS } from '../detect/types';

/**
 * The shape of a team's custom rule: phrases or patterns for a built-in trigger kind or a new
 * `custom:<name>` kind, with its severity, its own next steps and examples that must / must not
 * match. Pattern safety and example checks live in custom-rules.ts; this file is data shape only.
 */

export const CUSTOM_KIND_PATTERN = /^custom:[a-z0-9_-]{1,40}$/;
export const RULE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/** Longest phrase or pattern source accepted: long alternations are where regexes get slow. */
export const MAX_PATTERN_LENGTH = 300;
export const MAX_PHRASES_PER_RULE = 200;

const KindSchema = v.pipe(
  v.string(),
  v.check(
    (kind) => (TRIGGER_KINDS as readonly string[]).includes(kind) || CUSTOM_KIND_PATTERN.test(kind),
    'kind must be a built-in trigger kind or custom:<name> (lower case letters, digits, _ or -)',
  ),
);

const RuleNextStepSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty('next step id is empty')),
  text: v.pipe(v.string(), v.nonEmpty('next step text is empty'), v.maxLength(1000)),
  action: v.optional(v.picklist(['insert', 'handoff'])),
});

export const CustomRuleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]{1,60}$/, 'rule id: letters, digits, _ . - only')),
  /** Shown in the options page and in the sidebar for custom kinds. */
  label: v.optional(v.pipe(v.string(), v.maxLength(120))),
  kind: KindSchema,
  /** Whose lines the rule reads: customer triggers read customer lines, agent ones agent lines. */
  role: v.picklist(['customer', 'agent']),
  severity: v.picklist(RULE_SEVERITIES),
  enabled: v.boolean(),
  /** Literal phrases, matched case-insensitively on word boundaries; spaces match any spacing. */
  phrases: v.pipe(
    v.array(v.pipe(v.string(), v.nonEmpty('empty phrase'), v.maxLength(MAX_PATTERN_LENGTH))),
    v.maxLength(MAX_PHRASES_PER_RULE),
  ),
  /** Regular expression sources (no slashes, no flags; matching is case-insensitive). */
  patterns: v.array(v.pipe(v.string(), v.nonEmpty('empty pattern'), v.maxLength(MAX_PATTERN_LENGTH))),
  nextSteps: v.array(RuleNextStepSchema),
  examples: v.object({
    shouldMatch: v.array(v.string()),
    shouldNotMatch: v.array(v.string()),
  }),
});

export type CustomRule = v.InferOutput<typeof CustomRuleSchema>;
