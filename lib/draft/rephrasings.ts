import * as v from 'valibot';
import type { DraftChatContext } from './context';

/**
 * Better phrasings the draft coach offers for a flagged sentence, by kind. Each kind lists
 * templates in order of preference; the first whose variables are all known is used, so a
 * suggestion never shows "{customerName}". Square brackets mark what only the agent can fill in.
 * Kept here until lib/playbooks exports rephrasingFor(kind, vars); then that takes over.
 */
export const DRAFT_FINDING_KINDS = [
  'agent_bare_refusal',
  'agent_denies_escalation',
  'agent_hedging',
  'agent_blame',
  'missing_apology',
] as const;
export type DraftFindingKind = (typeof DRAFT_FINDING_KINDS)[number];

const RephrasingPackSchema = v.record(v.picklist(DRAFT_FINDING_KINDS), v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)));

export const DEFAULT_REPHRASINGS = v.parse(RephrasingPackSchema, {
  agent_bare_refusal: ["I can't do that one, because [reason] — but what I can do is [alternative]."],
  agent_denies_escalation: [
    "I understand, {customerName}. I'm bringing in my supervisor now and I'll stay with you in the chat until they join.",
    "I understand. I'm bringing in my supervisor now and I'll stay with you in the chat until they join.",
  ],
  agent_hedging: [
    "Let me confirm that for you on order {orderId} — I'll check and message you back by [time].",
    "Let me confirm that for you — I'll check and message you back by [time].",
  ],
  agent_blame: ['Let me take care of this for you: [next step].'],
  missing_apology: [
    "I'm sorry about this, {customerName} — that's not the experience you should have had.",
    "I'm sorry about this — that's not the experience you should have had.",
  ],
}) as Record<DraftFindingKind, string[]>;

/** The first template whose {variables} are all known, filled in. */
export function draftRephrasing(kind: DraftFindingKind, vars: DraftChatContext['vars'], pack = DEFAULT_REPHRASINGS): string {
  const templates = pack[kind];
  for (const t of templates) {
    const names = [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as keyof typeof vars);
    if (names.every((n) => typeof vars[n] === 'string' && (vars[n] as string).length > 0)) {
      return t.replace(/\{(\w+)\}/g, (_, n: keyof typeof vars) => vars[n] as string);
    }
  }
  // Every pack ends with a variable-free template (schema-checked in tests); this strips as a last resort.
  return (templates[templates.length - 1] ?? '').replace(/,?\s*\{\w+\}/g, '');
}
