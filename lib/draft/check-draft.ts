import { findAgentRisks } from '../detect/agent-risks';
import { rephrasingFor } from '../playbooks';
import type { DraftChatContext } from './context';
import { isApology } from './context';
import { DRAFT_RULES_EN, type DraftRule } from './lexicon-en';
import { DRAFT_FINDING_KINDS, type DraftFindingKind, draftRephrasing } from './rephrasings';
import { type SentenceRange, splitSentences } from './sentences';

/**
 * The draft coach's check: the agent-side rules on the reply being typed, in the chat's context.
 * Pure and fast (no DOM, regexes compiled once); a debounced check costs well under 5 ms.
 */
export interface DraftFinding {
  kind: DraftFindingKind;
  /** Exact substring of the draft (draft.slice(start, end) === evidence). */
  evidence: string;
  start: number;
  end: number;
  /** The sentence the finding sits in: what "Replace" swaps. */
  sentenceStart: number;
  sentenceEnd: number;
  reason: string;
  /** The better phrasing shown in the hint. */
  suggestion: string;
  /** What Replace puts in place of [sentenceStart, sentenceEnd). */
  replacement: string;
}

export interface CheckDraftOptions {
  /** The draft is flagged for a missing apology when it would be this many unapologetic agent turns after a grievance. Default 2. */
  missingApologyTurns?: number;
  /** Kinds the agent muted ("Don't flag this again"). */
  muted?: readonly string[];
  rules?: readonly DraftRule[];
}

interface CompiledRule {
  rule: DraftRule;
  patterns: RegExp[];
  negatedBy: RegExp[];
  unless: RegExp[];
}

const compiledCache = new WeakMap<readonly DraftRule[], CompiledRule[]>();

function compile(rules: readonly DraftRule[]): CompiledRule[] {
  let c = compiledCache.get(rules);
  if (!c) {
    c = rules.map((rule) => ({
      rule,
      patterns: rule.patterns.map((p) => new RegExp(p, 'gi')),
      negatedBy: rule.negatedBy.map((p) => new RegExp(p, 'i')),
      unless: rule.unless.map((p) => new RegExp(p, 'i')),
    }));
    compiledCache.set(rules, c);
  }
  return c;
}

/**
 * The better phrasing: the playbooks' rephrasing for the kind (team packs included) when there is
 * one, else the draft coach's own. Names are first names: "I understand, Dana." not "Dana Reyes".
 */
function suggestionFor(kind: DraftFindingKind, vars: DraftChatContext['vars']): string {
  const firstName = (n?: string) => n?.trim().split(/\s+/)[0];
  const v = { ...vars, customerName: firstName(vars.customerName), agentName: firstName(vars.agentName) };
  return rephrasingFor(kind, v) ?? draftRephrasing(kind, v);
}

const DRAFT_KINDS = new Set<string>(DRAFT_FINDING_KINDS);

/** Curly quotes as straight ones; same length, so offsets stay valid. */
function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** True when the match sits inside a pair of quotation marks in its sentence. */
function insideQuotes(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const dq = (before.match(/"/g) ?? []).length;
  return dq % 2 === 1;
}

export function checkDraft(draft: string, context: DraftChatContext, opts: CheckDraftOptions = {}): DraftFinding[] {
  const muted = new Set(opts.muted ?? []);
  const rules = compile(opts.rules ?? DRAFT_RULES_EN);
  const text = normalise(draft);
  const sentences = splitSentences(text);
  const findings: DraftFinding[] = [];
  const taken = new Set<string>();
  // Where each "unless" phrase last starts in the draft, found once per check: whether one comes
  // after a sentence is then a comparison, so a long draft costs linear, not quadratic, time.
  const lastStart = new Map<RegExp, number>();
  const laterMatch = (u: RegExp, from: number): boolean => {
    let last = lastStart.get(u);
    if (last === undefined) {
      last = -1;
      const g = new RegExp(u.source, 'gi');
      for (let m = g.exec(text); m; m = g.exec(text)) {
        last = m.index;
        if (m[0].length === 0) g.lastIndex++;
      }
      lastStart.set(u, last);
    }
    return last >= from;
  };

  for (const [si, s] of sentences.entries()) {
    const isQuestion = /\?["')\]]*$/.test(s.text);
    for (const c of rules) {
      const { rule } = c;
      if (muted.has(rule.kind) || taken.has(`${rule.kind}:${si}`)) continue;
      if (rule.skipQuestions && isQuestion) continue;
      if (rule.needsManagerRequest && !context.managerRequested) continue;
      const hits: Array<{ index: number; length: number }> = [];
      for (const re of c.patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const before = s.text.slice(0, m.index);
          if (insideQuotes(s.text, m.index)) continue;
          if (c.negatedBy.some((n) => n.test(before))) continue;
          hits.push({ index: m.index, length: m[0].trimEnd().length });
        }
      }
      if (hits.length < rule.minMatches) continue;
      hits.sort((a, b) => a.index - b.index);
      // A reason, alternative or commitment in this sentence or later in the draft makes it fine;
      // the flagged words themselves do not count ("nothing I can do" is not an offer).
      if (c.unless.length > 0) {
        let blanked = s.text;
        for (const h of hits) blanked = blanked.slice(0, h.index) + ' '.repeat(h.length) + blanked.slice(h.index + h.length);
        if (c.unless.some((u) => u.test(blanked) || laterMatch(u, s.end))) continue;
      }
      // Evidence spans the first hit, any hits overlapping it, and enough hits to reach minMatches.
      const first = hits[0] as { index: number; length: number };
      let spanEnd = first.index + first.length;
      for (const [i, h] of hits.entries()) {
        if (h.index <= spanEnd || i < rule.minMatches) spanEnd = Math.max(spanEnd, h.index + h.length);
      }
      const start = s.start + first.index;
      const end = s.start + spanEnd;
      taken.add(`${rule.kind}:${si}`);
      const suggestion = suggestionFor(rule.kind, context.vars);
      findings.push({
        kind: rule.kind,
        evidence: draft.slice(start, end),
        start,
        end,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        reason: rule.reason,
        suggestion,
        replacement: suggestion,
      });
    }
  }

  const apologyTurns = opts.missingApologyTurns ?? 2;
  if (
    !muted.has('missing_apology') &&
    context.grievanceOpen &&
    context.agentTurnsSinceGrievance + 1 >= apologyTurns &&
    !isApology(text) &&
    sentences.length > 0
  ) {
    const first = sentences[0] as SentenceRange;
    const suggestion = suggestionFor('missing_apology', context.vars);
    findings.push({
      kind: 'missing_apology',
      evidence: draft.slice(first.start, first.end),
      start: first.start,
      end: first.end,
      sentenceStart: first.start,
      sentenceEnd: first.end,
      reason: context.grievanceEvidence
        ? `The customer is upset ("${context.grievanceEvidence}") and has had no apology yet. Open with one.`
        : 'The customer is upset and has had no apology yet. Open with one.',
      suggestion,
      // The apology goes in front of the agent's first sentence; nothing they wrote is lost.
      replacement: `${suggestion} ${draft.slice(first.start, first.end)}`,
    });
  }
  mergeDetectorFindings(draft, text, sentences, context, opts, muted, rules, findings, laterMatch);
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * The detector's agent-side rules (findAgentRisks, the same lexicon and scope handling it applies
 * to sent agent lines) run on the draft too, so the coach flags what the detector would flag once
 * the reply is sent. A detector finding adds to the draft rules' own unless the draft rules already
 * flagged that kind in that sentence, or the draft gives the reason, alternative or commitment
 * that makes the line acceptable (judged on the whole draft, which the detector cannot see).
 */
function mergeDetectorFindings(
  draft: string,
  text: string,
  sentences: SentenceRange[],
  context: DraftChatContext,
  opts: CheckDraftOptions,
  muted: Set<string>,
  rules: CompiledRule[],
  findings: DraftFinding[],
  laterMatch: (u: RegExp, from: number) => boolean,
): void {
  const risks = findAgentRisks(draft, context, { missingApologyTurns: opts.missingApologyTurns ?? 2 });
  for (const r of risks) {
    if (!DRAFT_KINDS.has(r.kind) || muted.has(r.kind)) continue;
    const kind = r.kind as DraftFindingKind;
    const si = sentences.findIndex((s) => r.start >= s.start && r.start < s.end);
    const s = sentences[si];
    if (!s) continue;
    if (findings.some((f) => f.kind === kind && f.sentenceStart === s.start)) continue;
    // A soft put-off ("no need for a manager") only denies anything when the customer asked for one.
    const softPutOff = rules.some(
      (c) => c.rule.kind === kind && c.rule.needsManagerRequest && c.patterns.some((p) => new RegExp(p.source, 'i').test(r.evidence)),
    );
    if (softPutOff && !context.managerRequested) continue;
    if (kind === 'missing_apology') {
      if (findings.some((f) => f.kind === 'missing_apology') || isApology(text)) continue;
    } else {
      const relStart = r.start - s.start;
      const blanked = s.text.slice(0, relStart) + ' '.repeat(r.end - r.start) + s.text.slice(r.end - s.start);
      const unless = rules.filter((c) => c.rule.kind === kind).flatMap((c) => c.unless);
      if (unless.some((u) => u.test(blanked) || laterMatch(u, s.end))) continue;
    }
    const suggestion = suggestionFor(kind, context.vars);
    const first = kind === 'missing_apology';
    findings.push({
      kind,
      evidence: draft.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      reason: first ? 'The customer is upset and has had no apology yet. Open with one.' : REASONS[kind],
      suggestion,
      replacement: first ? `${suggestion} ${draft.slice(s.start, s.end)}` : suggestion,
    });
  }
}

const REASONS: Record<DraftFindingKind, string> = {
  agent_bare_refusal: 'A no with no reason and no alternative. Say why, then what you can do.',
  agent_denies_escalation: 'Denies the customer a supervisor. Offer the handoff instead.',
  agent_hedging: 'Sounds unsure on a factual answer. Check first, or say when you will confirm.',
  agent_blame: 'Puts the blame on the customer. Own the next step instead.',
  missing_apology: 'The customer is upset and has had no apology yet. Open with one.',
};
