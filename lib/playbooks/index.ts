import * as v from 'valibot';
import type { DetectionResult, NextStep, TriggerKind } from '../detect/types';
import { DEFAULT_PACK, DEFAULT_REPHRASINGS } from './default-pack';
import { type PlaybookPack, type PlaybookPackInput, PlaybookPackSchema, type PlaybookStep, type Rephrasings } from './schema';

/**
 * From a detection result to the next steps the sidebar shows: triggers sorted by urgency, each
 * with 1–3 ordered steps from the team's packs (first) and the defaults, variables filled in.
 */

export { DEFAULT_PACK, DEFAULT_REPHRASINGS } from './default-pack';
export type { PlaybookPack, PlaybookPackInput, PlaybookStep } from './schema';
export { PlaybookPackSchema } from './schema';

export interface PlaybookVars {
  customerName?: string;
  agentName?: string;
  orderId?: string;
  [name: string]: string | undefined;
}

/** Most urgent first: the sidebar sorts triggers by this. Custom kinds come after the built-ins. */
export const URGENCY: readonly TriggerKind[] = [
  'threat_violence',
  'abuse',
  'threat_legal',
  'threat_regulator',
  'threat_chargeback',
  'repeated_escalation_request',
  'agent_denies_escalation',
  'escalation_request',
  'threat_public',
  'threat_churn',
  'missing_apology',
  'frustration',
  'repeat_contact',
  'agent_blame',
  'agent_bare_refusal',
  'agent_hedging',
];

export function urgencyRank(kind: string): number {
  const i = (URGENCY as readonly string[]).indexOf(kind);
  return i === -1 ? URGENCY.length : i;
}

/** Sort triggers (or anything with a kind) most urgent first; stable within a kind. */
export function sortByUrgency<T extends { kind: string }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => urgencyRank(a.item.kind) - urgencyRank(b.item.kind) || a.i - b.i)
    .map((x) => x.item);
}

/** Fallbacks for unknown variables: a neutral phrase, or nothing (and the comma around it goes too). */
const NEUTRAL: Record<string, string> = { orderId: '' };

/**
 * Fills {customerName}, {agentName}, {orderId} (and any other {name}) from `vars`. An unknown
 * variable is dropped with its comma ("Of course, {customerName}." → "Of course."), and "order
 * {orderId}" becomes "your order": the text never shows a raw placeholder.
 */
export function fillTemplate(template: string, vars: PlaybookVars = {}): string {
  let text = template.replace(/\border \{orderId\}/g, (all) => (vars.orderId ? all : 'your order'));
  text = text.replace(/(,\s*)?\{([A-Za-z]+)\}(\s*,)?/g, (_all, before: string | undefined, name: string, after: string | undefined) => {
    const value = vars[name]?.trim();
    if (value) return `${before ?? ''}${value}${after ?? ''}`;
    const neutral = NEUTRAL[name] ?? '';
    if (neutral) return `${before ?? ''}${neutral}${after ?? ''}`;
    // Keep one separator when the variable sat between two clauses ("Sorry, {x}, I…" → "Sorry, I…").
    return before && after ? ', ' : before && !after ? '' : '';
  });
  text = text
    .replace(/\s+([.!?,—])/g, (_all, p: string) => (p === '—' ? ` ${p}` : p))
    .replace(/ {2,}/g, ' ')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface PlaybookState {
  grievanceOpen?: boolean;
  escalationOffered?: boolean;
}

const MAX_STEPS_PER_TRIGGER = 3;
const MAX_STEPS_TOTAL = 6;
const validated = new WeakMap<object, PlaybookPack | null>();

/** Team packs are validated once; an invalid pack is skipped rather than breaking the sidebar. */
function usablePack(pack: PlaybookPackInput): PlaybookPack | null {
  let ok = validated.get(pack);
  if (ok === undefined) {
    const parsed = v.safeParse(PlaybookPackSchema, pack);
    ok = parsed.success ? parsed.output : null;
    validated.set(pack, ok);
  }
  return ok;
}

function stepApplies(step: PlaybookStep, kinds: Set<string>, counts: Map<string, number>, state: PlaybookState): boolean {
  const w = step.when;
  if (!w) return true;
  if (w.also && !w.also.every((k) => kinds.has(k))) return false;
  if (w.minCount !== undefined && (counts.get(step.trigger) ?? 0) < w.minCount) return false;
  if (w.escalationOffered !== undefined && Boolean(state.escalationOffered) !== w.escalationOffered) return false;
  if (w.grievanceOpen !== undefined && Boolean(state.grievanceOpen) !== w.grievanceOpen) return false;
  return true;
}

/**
 * Next steps for the triggers in a result, most urgent trigger first, 1–3 steps each (at most 6
 * in all). Team packs come first and replace default steps with the same id. Steps whose `when`
 * combination holds are preferred over the plain ones for the same trigger.
 */
export function nextStepsFor(
  result: Pick<DetectionResult, 'triggers'>,
  vars: PlaybookVars = {},
  packs: readonly PlaybookPackInput[] = [],
  state: PlaybookState = {},
): NextStep[] {
  if (result.triggers.length === 0) return [];
  const kinds = new Set<string>();
  const counts = new Map<string, number>();
  for (const t of result.triggers) {
    kinds.add(t.kind);
    counts.set(t.kind, Math.max(counts.get(t.kind) ?? 0, t.count ?? (counts.get(t.kind) ?? 0) + 1));
  }
  const teamSteps = packs.map(usablePack).flatMap((p) => p?.steps ?? []);
  const overridden = new Set(teamSteps.map((s) => s.id));
  const all = [...teamSteps, ...DEFAULT_PACK.steps.filter((s) => !overridden.has(s.id))];
  // A second request is the escalation: the first request's steps are not shown beside it.
  if (kinds.has('repeated_escalation_request')) kinds.delete('escalation_request');
  const ordered = [...kinds].sort((a, b) => urgencyRank(a) - urgencyRank(b));
  const out: NextStep[] = [];
  const used = new Set<string>();
  for (const kind of ordered) {
    const candidates = all.filter((s) => s.trigger === kind && stepApplies(s, kinds, counts, state));
    const combos = candidates.filter((s) => s.when);
    const chosen = (combos.length > 0 ? [...combos, ...candidates.filter((s) => !s.when && s.action === 'handoff')] : candidates).slice(
      0,
      MAX_STEPS_PER_TRIGGER,
    );
    for (const s of chosen) {
      if (used.has(s.id) || out.length >= MAX_STEPS_TOTAL) continue;
      used.add(s.id);
      const step: NextStep = { id: s.id, trigger: s.trigger as TriggerKind, text: fillTemplate(s.text, vars) };
      if (s.action) step.action = s.action;
      if (s.tone) step.tone = s.tone;
      out.push(step);
    }
    if (out.length >= MAX_STEPS_TOTAL) break;
  }
  return out;
}

/** A better phrasing for a flagged agent line (draft coach), variables filled or neutralised. */
export function rephrasingFor(kind: string, vars: PlaybookVars = {}, rephrasings: Rephrasings = DEFAULT_REPHRASINGS): string | undefined {
  const options = rephrasings[kind];
  if (!options) return undefined;
  // Prefer the first template whose variables are all known; else the last one, neutralised.
  const complete = options.find((t) => [...t.matchAll(/\{([A-Za-z]+)\}/g)].every((m) => vars[m[1] as string]));
  return fillTemplate(complete ?? (options[options.length - 1] as string), vars);
}
