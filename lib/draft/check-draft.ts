import type { DraftChatContext } from './context';
import { isApology } from './context';
import { DRAFT_RULES_EN, type DraftRule } from './lexicon-en';
import { type DraftFindingKind, draftRephrasing } from './rephrasings';
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
        const rest = [blanked, ...sentences.slice(si + 1).map((x) => x.text)].join(' ');
        if (c.unless.some((u) => u.test(rest))) continue;
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
      const suggestion = draftRephrasing(rule.kind, context.vars);
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
    const suggestion = draftRephrasing('missing_apology', context.vars);
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
  return findings.sort((a, b) => a.start - b.start);
}
