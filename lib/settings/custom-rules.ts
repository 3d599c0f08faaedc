import * as v from 'valibot';
import type { NextStep, TriggerKind } from '../detect/types';
import type { Message, Role } from '../transcript/message';
import { type CustomRule, CustomRuleSchema, MAX_PATTERN_LENGTH, type RuleSeverity } from './custom-rule-schema';
import { checkPattern, MAX_MATCH_CHARS } from './pattern-safety';

/**
 * Compiling, checking and previewing a team's custom rules. The detector imports
 * `compileCustomRules` and calls `matchCustomRule` per message, so rules run on the same path
 * (and under the same bounds) in the sidebar, the CLI and the options-page preview.
 */

export type { CustomRule, RuleSeverity } from './custom-rule-schema';
export { CustomRuleSchema } from './custom-rule-schema';

export interface CustomRuleMatch {
  ruleId: string;
  kind: CustomRule['kind'];
  severity: RuleSeverity;
  /** Exact substring of the message text. */
  evidence: string;
  /** Offset of the evidence in the message text. */
  index: number;
}

export interface CompiledCustomRule {
  rule: CustomRule;
  /** One global, case-insensitive regex per phrase list and per pattern. */
  regexes: RegExp[];
}

export interface RuleProblem {
  /** Where in the rule: "patterns[2]", "phrases", "examples.shouldMatch[0]", "id", … */
  path: string;
  message: string;
}

export interface RuleCheck {
  ok: boolean;
  problems: RuleProblem[];
  /** Present when the rule compiled (problems may still list failing examples). */
  compiled?: CompiledCustomRule;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a regex: literal, any run of spaces matches any spacing, whole words at the ends. */
export function phraseToSource(phrase: string): string {
  const body = phrase.trim().split(/\s+/).map(escapeRegex).join('\\s+');
  const start = /^\w/.test(phrase.trim()) ? '\\b' : '';
  const end = /\w$/.test(phrase.trim()) ? '\\b' : '';
  return `${start}${body}${end}`;
}

/** Compiles one rule; problems name the phrase or pattern and the reason. */
export function compileCustomRule(rule: CustomRule): { compiled?: CompiledCustomRule; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const regexes: RegExp[] = [];
  const phrases = rule.phrases.map((p) => p.trim()).filter(Boolean);
  if (phrases.length > 0) {
    // Longest first so "speak to your manager" wins over "manager" as evidence.
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    regexes.push(new RegExp(sorted.map(phraseToSource).join('|'), 'gi'));
  }
  rule.patterns.forEach((source, i) => {
    const check = checkPattern(source, MAX_PATTERN_LENGTH);
    if (check.ok) regexes.push(check.regex);
    else problems.push({ path: `patterns[${i}]`, message: check.reason });
  });
  if (phrases.length === 0 && rule.patterns.length === 0) {
    problems.push({ path: 'phrases', message: 'add at least one phrase or pattern' });
  }
  if (problems.length > 0) return { problems };
  return { compiled: { rule, regexes }, problems };
}

/**
 * All matches of one compiled rule in a text (first MAX_MATCH_CHARS characters only, so even a
 * slow pattern has a bounded cost per message). Matches do not overlap.
 */
export function matchCustomRule(compiled: CompiledCustomRule, text: string): CustomRuleMatch[] {
  const bounded = text.length > MAX_MATCH_CHARS ? text.slice(0, MAX_MATCH_CHARS) : text;
  const matches: CustomRuleMatch[] = [];
  for (const regex of compiled.regexes) {
    regex.lastIndex = 0;
    for (let m = regex.exec(bounded); m !== null; m = regex.exec(bounded)) {
      if (m[0] === '') {
        regex.lastIndex += 1;
        continue;
      }
      if (!matches.some((x) => m !== null && m.index < x.index + x.evidence.length && x.index < m.index + m[0].length)) {
        matches.push({
          ruleId: compiled.rule.id,
          kind: compiled.rule.kind,
          severity: compiled.rule.severity,
          evidence: m[0],
          index: m.index,
        });
      }
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** Runs a rule's own examples; each failure says which example and what happened. */
export function runRuleExamples(compiled: CompiledCustomRule): RuleProblem[] {
  const problems: RuleProblem[] = [];
  compiled.rule.examples.shouldMatch.forEach((example, i) => {
    if (matchCustomRule(compiled, example).length === 0) {
      problems.push({ path: `examples.shouldMatch[${i}]`, message: `should match but does not: "${example}"` });
    }
  });
  compiled.rule.examples.shouldNotMatch.forEach((example, i) => {
    const hit = matchCustomRule(compiled, example)[0];
    if (hit) {
      problems.push({
        path: `examples.shouldNotMatch[${i}]`,
        message: `should not match but matches "${hit.evidence}" in: "${example}"`,
      });
    }
  });
  return problems;
}

/**
 * Full check of one rule from any source (options form, imported file, managed policy): shape,
 * pattern safety, then its examples. `ok` only when there is no problem at all.
 */
export function validateCustomRule(input: unknown): RuleCheck {
  const parsed = v.safeParse(CustomRuleSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({
        path: v.getDotPath(issue) ?? '(rule)',
        message: issue.message,
      })),
    };
  }
  const { compiled, problems } = compileCustomRule(parsed.output);
  if (!compiled) return { ok: false, problems };
  const exampleProblems = runRuleExamples(compiled);
  return { ok: exampleProblems.length === 0, problems: exampleProblems, compiled };
}

/**
 * Compiles the enabled rules that pass their checks, for the detector. Rules with a problem are
 * left out (and reported), so one bad rule never disables the rest or freezes a page.
 */
export function compileCustomRules(rules: readonly CustomRule[]): {
  compiled: CompiledCustomRule[];
  rejected: Array<{ ruleId: string; problems: RuleProblem[] }>;
} {
  const compiled: CompiledCustomRule[] = [];
  const rejected: Array<{ ruleId: string; problems: RuleProblem[] }> = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (seen.has(rule.id)) {
      rejected.push({ ruleId: rule.id, problems: [{ path: 'id', message: `duplicate rule id "${rule.id}"` }] });
      continue;
    }
    seen.add(rule.id);
    const check = validateCustomRule(rule);
    if (check.compiled && check.ok) compiled.push(check.compiled);
    else rejected.push({ ruleId: rule.id, problems: check.problems });
  }
  return { compiled, rejected };
}

const PASTED_ROLES: Record<string, Role> = {
  customer: 'customer',
  client: 'customer',
  user: 'customer',
  agent: 'agent',
  me: 'agent',
  bot: 'bot',
  system: 'system',
  note: 'note',
};

/**
 * Reads a pasted chat: one message per line, `customer: …` or `agent: …` (also client/user/me/
 * bot/system/note). A line without a known prefix continues the previous message.
 */
export function parsePastedChat(text: string): Message[] {
  const messages: Message[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const m = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    const role = m?.[1] ? PASTED_ROLES[m[1].toLowerCase()] : undefined;
    if (m && role) {
      messages.push({ id: `p${messages.length + 1}`, role, text: m[2] ?? '' });
    } else {
      const last = messages[messages.length - 1];
      if (last) last.text = `${last.text}\n${line}`;
      else messages.push({ id: 'p1', role: 'customer', text: line });
    }
  }
  return messages;
}

export interface PreviewHit extends CustomRuleMatch {
  messageId: string;
  role: Role;
}

/** Every custom-rule hit in a chat, honouring each rule's role (customer lines vs agent lines). */
export function previewCustomRules(messages: readonly Message[], compiled: readonly CompiledCustomRule[]): PreviewHit[] {
  const hits: PreviewHit[] = [];
  for (const message of messages) {
    for (const rule of compiled) {
      if (rule.rule.role !== message.role) continue;
      for (const match of matchCustomRule(rule, message.text)) {
        hits.push({ ...match, messageId: message.id, role: message.role });
      }
    }
  }
  return hits;
}

/**
 * The rules' own next steps in the detector's NextStep shape (trigger = the rule's kind), for the
 * detector or playbooks to offer when that rule fires. Disabled rules contribute nothing.
 */
export function customRuleNextSteps(rules: readonly CustomRule[]): NextStep[] {
  return rules
    .filter((rule) => rule.enabled)
    .flatMap((rule) =>
      rule.nextSteps.map((step) => ({
        id: step.id,
        trigger: rule.kind as TriggerKind,
        text: step.text,
        ...(step.action ? { action: step.action } : {}),
      })),
    );
}

/** A blank rule for the options form. */
export function newCustomRule(id: string): CustomRule {
  return {
    id,
    label: '',
    kind: 'custom:new_rule',
    role: 'customer',
    severity: 'medium',
    enabled: true,
    phrases: [],
    patterns: [],
    nextSteps: [],
    examples: { shouldMatch: [], shouldNotMatch: [] },
  };
}
