import type { CustomRule as SettingsCustomRule } from '../settings/custom-rule-schema';
import { CUSTOM_KIND_PATTERN } from '../settings/custom-rule-schema';
import { type CompiledCustomRule, compileCustomRule, matchCustomRule } from '../settings/custom-rules';
import type { CompiledLexicon } from './compile';
import { clauseStart, isHypothetical, isNegated, isQuoted, sentenceStart } from './scope';
import { TRIGGER_KINDS, type TriggerKind } from './types';

/**
 * A team's own phrases and patterns, run by the same engine as the built-in lexicon. The detector
 * accepts a short form (`{kind, phrases?, patterns?, severity?, role?}`) as well as the settings
 * page's full rule; both are compiled once through the settings module's safe compiler, which
 * rejects backreferences, nested quantifiers like `(a+)+` and huge repeats, and reads at most
 * MAX_MATCH_CHARS of a message. Customer rules get the same negation and hypothetical guards.
 */

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface CustomRule {
  id?: string;
  kind: TriggerKind;
  severity?: Severity;
  phrases?: string[];
  patterns?: string[];
  role?: 'customer' | 'agent';
  enabled?: boolean;
  label?: string;
}

export interface CustomRuleProblem {
  path: string;
  message: string;
}

function isKnownKind(kind: unknown): kind is TriggerKind {
  return typeof kind === 'string' && ((TRIGGER_KINDS as readonly string[]).includes(kind) || CUSTOM_KIND_PATTERN.test(kind));
}

function toSettingsRule(rule: CustomRule, index: number): SettingsCustomRule {
  return {
    id: rule.id ?? `rule-${index + 1}`,
    label: rule.label ?? '',
    kind: rule.kind,
    role: rule.role ?? (String(rule.kind).startsWith('agent_') ? 'agent' : 'customer'),
    severity: rule.severity ?? 'medium',
    enabled: rule.enabled ?? true,
    phrases: rule.phrases ?? [],
    patterns: rule.patterns ?? [],
    nextSteps: [],
    examples: { shouldMatch: [], shouldNotMatch: [] },
  };
}

/** Checks one rule: known kind, at least one phrase or pattern, every pattern a safe regex. */
export function validateCustomRule(rule: unknown, index = 0): { ok: boolean; problems: CustomRuleProblem[] } {
  if (typeof rule !== 'object' || rule === null) return { ok: false, problems: [{ path: '(rule)', message: 'a rule must be an object' }] };
  const r = rule as Partial<CustomRule>;
  const problems: CustomRuleProblem[] = [];
  if (!isKnownKind(r.kind)) {
    problems.push({ path: 'kind', message: 'kind must be a built-in trigger kind or custom:<name> (lower case letters, digits, _ or -)' });
  }
  if (r.role !== undefined && r.role !== 'customer' && r.role !== 'agent')
    problems.push({ path: 'role', message: 'role must be customer or agent' });
  if (r.severity !== undefined && !['low', 'medium', 'high', 'critical'].includes(r.severity)) {
    problems.push({ path: 'severity', message: 'severity must be low, medium, high or critical' });
  }
  for (const key of ['phrases', 'patterns'] as const) {
    const list = r[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((p) => typeof p !== 'string'))) {
      problems.push({ path: key, message: `${key} must be a list of strings` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const { problems: compileProblems } = compileCustomRule(toSettingsRule(r as CustomRule, index));
  problems.push(...compileProblems);
  return { ok: problems.length === 0, problems };
}

export interface CompiledDetectorRules {
  rules: CompiledCustomRule[];
  rejected: Array<{ index: number; problems: CustomRuleProblem[] }>;
}

/** Compiles the rules that pass; the others are reported, never thrown, so one bad rule never stops the rest. */
export function compileDetectorRules(rules: readonly (CustomRule | SettingsCustomRule)[] = []): CompiledDetectorRules {
  const compiled: CompiledCustomRule[] = [];
  const rejected: CompiledDetectorRules['rejected'] = [];
  rules.forEach((rule, index) => {
    if (rule.enabled === false) return;
    const check = validateCustomRule(rule, index);
    if (!check.ok) {
      rejected.push({ index, problems: check.problems });
      return;
    }
    const { compiled: c } = compileCustomRule(toSettingsRule(rule as CustomRule, index));
    if (c) compiled.push(c);
  });
  return { rules: compiled, rejected };
}

export interface CustomFinding {
  kind: TriggerKind;
  evidence: string;
  start: number;
  end: number;
  severity: Severity;
}

/** Custom-rule hits on one message of the given role, first counting hit per rule. */
export function findCustomInMessage(
  lex: CompiledLexicon,
  rules: readonly CompiledCustomRule[],
  role: 'customer' | 'agent',
  text: string,
): CustomFinding[] {
  const out: CustomFinding[] = [];
  for (const rule of rules) {
    if (rule.rule.role !== role) continue;
    for (const m of matchCustomRule(rule, text)) {
      const start = m.index;
      const before = text.slice(clauseStart(text, start), start);
      if (role === 'customer') {
        if (isNegated(lex, before) || isQuoted(text.slice(0, start))) continue;
        if (isHypothetical(lex, text.slice(sentenceStart(text, start), start))) continue;
      }
      out.push({ kind: m.kind as TriggerKind, evidence: m.evidence, start, end: start + m.evidence.length, severity: m.severity });
      break;
    }
  }
  return out;
}
