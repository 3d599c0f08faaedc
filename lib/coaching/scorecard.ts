import { levelFor } from '../detect/risk';
import type { Cue, DetectionResult, RiskLevel, Trigger, TriggerKind } from '../detect/types';
import type { Message } from '../transcript/message';
import { DEMAND_PHRASES, ESCALATION_DEMANDS, GRIEVANCE_TRIGGERS, SCORING } from './scoring-rules';
import { chooseTips } from './tips';
import { DEFAULT_TIPS_PACK, type TipsPack } from './tips-pack';
import type { CategoryScore, EscalationSummary, PaceStats, Quote, Scorecard } from './types';

/**
 * The post-chat scorecard: judged from the same transcript and detector findings the agent saw
 * live, so every verdict points at the words that earned it. Pure: no storage, no DOM.
 */
export interface ScorecardInput {
  chatId: string;
  messages: Message[];
  detection: DetectionResult;
  /** Risk after each message (the detector's history), oldest first. */
  riskHistory: number[];
  /** Set when the chat was handed to a supervisor: when (ms) and the stated reason. */
  escalated?: { at: number; reason?: string };
  endedAt: number;
  /** Tips to choose from; the built-in pack when absent. */
  tipsPack?: TipsPack;
}

/** Index of the transcript, built once, so each category reads it without rescanning. */
interface ChatIndex {
  messages: Message[];
  position: Map<string, number>;
  agentPositions: number[];
}

function indexChat(messages: Message[]): ChatIndex {
  const position = new Map<string, number>();
  const agentPositions: number[] = [];
  messages.forEach((m, i) => {
    position.set(m.id, i);
    if (m.role === 'agent') agentPositions.push(i);
  });
  return { messages, position, agentPositions };
}

const positionOf = (chat: ChatIndex, messageId: string) => chat.position.get(messageId) ?? Number.POSITIVE_INFINITY;

function trimQuote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= SCORING.maxQuoteChars) return clean;
  const cut = clean.slice(0, SCORING.maxQuoteChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : cut.length)}…`;
}

function quote(chat: ChatIndex, messageId: string, evidence?: string): Quote {
  const message = chat.messages[positionOf(chat, messageId)];
  const role = message?.role === 'agent' || message?.role === 'customer' ? message.role : undefined;
  const text = trimQuote(evidence?.trim() ? evidence : (message?.text ?? ''));
  return role ? { messageId, text, role } : { messageId, text };
}

/** The whole message as a quote: used for the agent's own line that a tip rewrites. */
function messageQuote(chat: ChatIndex, position: number): Quote | null {
  const m = chat.messages[position];
  return m ? quote(chat, m.id) : null;
}

function agentRepliesBetween(chat: ChatIndex, after: number, before: number): number {
  return chat.agentPositions.filter((p) => p > after && p < before).length;
}

function firstAgentReplyAfter(chat: ChatIndex, after: number): number | null {
  return chat.agentPositions.find((p) => p > after) ?? null;
}

function earliest<T extends { messageId: string }>(chat: ChatIndex, items: T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || positionOf(chat, item.messageId) < positionOf(chat, best.messageId)) best = item;
  return best;
}

function isAgentLine(chat: ChatIndex, messageId: string): boolean {
  const m = chat.messages[positionOf(chat, messageId)];
  // A finding on a message we no longer hold is trusted as the detector reported it.
  return !m || m.role === 'agent';
}

function isCustomerLine(chat: ChatIndex, messageId: string): boolean {
  const m = chat.messages[positionOf(chat, messageId)];
  return !m || m.role === 'customer';
}

const compactQuotes = (quotes: (Quote | null | undefined)[]): Quote[] => {
  const seen = new Set<string>();
  const out: Quote[] = [];
  for (const q of quotes) {
    if (!q?.text) continue;
    const key = `${q.messageId}|${q.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
};

const notApplicable = (category: CategoryScore['category'], reason: string): CategoryScore => ({
  category,
  score: null,
  verdict: 'n/a',
  reason,
  quotes: [],
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function scoreApology(chat: ChatIndex, grievance: Trigger | undefined, cues: Cue[], triggers: Trigger[]): CategoryScore {
  if (!grievance) return notApplicable('apology', 'The customer raised no grievance, so no apology was owed.');
  const start = positionOf(chat, grievance.messageId);
  const grievanceQuote = quote(chat, grievance.messageId, grievance.evidence);
  const apologies = cues.filter((c) => c.kind === 'apology' && isAgentLine(chat, c.messageId));
  const after = earliest(
    chat,
    apologies.filter((c) => positionOf(chat, c.messageId) > start),
  );
  if (after) {
    const replies = agentRepliesBetween(chat, start, positionOf(chat, after.messageId));
    const apologyQuote = quote(chat, after.messageId, after.evidence);
    if (replies <= SCORING.promptApologyReplies) {
      return {
        category: 'apology',
        score: replies === 0 ? 100 : 85,
        verdict: 'good',
        reason: replies === 0 ? 'You apologised in your first reply after the complaint.' : 'You apologised promptly after the complaint.',
        quotes: compactQuotes([apologyQuote, grievanceQuote]),
      };
    }
    return {
      category: 'apology',
      score: 50,
      verdict: 'ok',
      reason: `You apologised, but only after ${plural(replies, 'other reply', 'other replies')}; an apology right away lands better.`,
      quotes: compactQuotes([messageQuote(chat, firstAgentReplyAfter(chat, start) ?? -1), apologyQuote, grievanceQuote]),
    };
  }
  const early = earliest(chat, apologies);
  const missing = triggers.find((t) => t.kind === 'missing_apology');
  const firstReply = firstAgentReplyAfter(chat, start);
  return {
    category: 'apology',
    score: early ? 30 : 0,
    verdict: 'improve',
    reason: early ? 'You apologised early on, but not after the customer complained.' : 'The customer complained and no apology followed.',
    quotes: compactQuotes([missing ? quote(chat, missing.messageId) : messageQuote(chat, firstReply ?? -1), grievanceQuote]),
  };
}

function scoreEmpathy(chat: ChatIndex, grievance: Trigger | undefined, cues: Cue[]): CategoryScore {
  const empathy = cues.filter((c) => c.kind === 'empathy' && isAgentLine(chat, c.messageId));
  const first = earliest(chat, empathy);
  if (!grievance) {
    if (!first) return notApplicable('empathy', 'The customer was not upset; there was nothing to acknowledge.');
    return {
      category: 'empathy',
      score: 100,
      verdict: 'good',
      reason: 'You acknowledged how the customer felt.',
      quotes: [quote(chat, first.messageId, first.evidence)],
    };
  }
  const start = positionOf(chat, grievance.messageId);
  const grievanceQuote = quote(chat, grievance.messageId, grievance.evidence);
  if (!first) {
    return {
      category: 'empathy',
      score: 20,
      verdict: 'improve',
      reason: 'The customer was upset and none of your replies acknowledged how they felt.',
      quotes: compactQuotes([messageQuote(chat, firstAgentReplyAfter(chat, start) ?? -1), grievanceQuote]),
    };
  }
  const replies = agentRepliesBetween(chat, start, positionOf(chat, first.messageId));
  const late = positionOf(chat, first.messageId) > start && replies > SCORING.promptEmpathyReplies;
  return {
    category: 'empathy',
    score: late ? 60 : 100,
    verdict: late ? 'ok' : 'good',
    reason: late
      ? `You acknowledged the customer's feelings, after ${plural(replies, 'reply', 'replies')}; earlier helps them calm down sooner.`
      : 'You acknowledged how the customer felt.',
    quotes: compactQuotes([quote(chat, first.messageId, first.evidence), grievanceQuote]),
  };
}

/** Every agent "no", by message: bare (no reason or alternative) or explained. */
function refusals(chat: ChatIndex, triggers: Trigger[], cues: Cue[]) {
  const bare = new Map<string, string>();
  for (const t of triggers) if (t.kind === 'agent_bare_refusal') bare.set(t.messageId, t.evidence);
  for (const c of cues)
    if (c.kind === 'bare_refusal' && isAgentLine(chat, c.messageId) && !bare.has(c.messageId)) bare.set(c.messageId, c.evidence);
  const explained = cues.filter((c) => c.kind === 'explanation' && isAgentLine(chat, c.messageId));
  const explainedPositions = new Set(explained.map((c) => positionOf(chat, c.messageId)));
  /** A bare no repaired in the agent's very next reply gets half credit. */
  const repairedLater = [...bare.keys()].filter((id) => {
    const next = firstAgentReplyAfter(chat, positionOf(chat, id));
    return next !== null && explainedPositions.has(next);
  });
  return { bare, explained, repairedLater };
}

function scoreExplanations(chat: ChatIndex, r: ReturnType<typeof refusals>): CategoryScore {
  const bareCount = r.bare.size;
  const explainedCount = new Set(r.explained.map((c) => c.messageId)).size;
  if (bareCount === 0 && explainedCount === 0) return notApplicable('explanations', 'You did not have to say no in this chat.');
  const bareQuotes = [...r.bare].map(([id, evidence]) => quote(chat, id, evidence));
  const explainedQuotes = r.explained.map((c) => quote(chat, c.messageId, c.evidence));
  if (bareCount === 0) {
    return {
      category: 'explanations',
      score: 100,
      verdict: 'good',
      reason: 'Whenever the answer was no, you explained why.',
      quotes: explainedQuotes.slice(0, 2),
    };
  }
  const credit = explainedCount + r.repairedLater.length * 0.5;
  const score = Math.round((100 * credit) / (credit + bareCount - r.repairedLater.length * 0.5));
  return {
    category: 'explanations',
    score,
    verdict: score >= 60 ? 'ok' : 'improve',
    reason:
      explainedCount > 0
        ? `${plural(bareCount, 'no')} came without a reason; the others were explained.`
        : `You said no ${bareCount === 1 ? 'once' : `${bareCount} times`} without saying why or what you could do instead.`,
    quotes: compactQuotes([...bareQuotes, ...explainedQuotes]).slice(0, 3),
  };
}

function scoreBareRefusals(chat: ChatIndex, r: ReturnType<typeof refusals>): CategoryScore {
  if (chat.agentPositions.length === 0) return notApplicable('no_bare_refusals', 'You sent no replies in this chat.');
  const count = r.bare.size;
  if (count === 0) return { category: 'no_bare_refusals', score: 100, verdict: 'good', reason: 'No bare "no" in this chat.', quotes: [] };
  return {
    category: 'no_bare_refusals',
    score: Math.max(0, 100 - 50 * count),
    verdict: 'improve',
    reason: `${plural(count, 'reply', 'replies')} said no and stopped there, with no reason or alternative.`,
    quotes: [...r.bare].map(([id, evidence]) => quote(chat, id, evidence)).slice(0, 3),
  };
}

function scoreManagerAccess(chat: ChatIndex, triggers: Trigger[]): CategoryScore {
  const denials = triggers.filter((t) => t.kind === 'agent_denies_escalation');
  const requests = triggers.filter((t) => t.kind === 'escalation_request' || t.kind === 'repeated_escalation_request');
  const firstRequest = earliest(chat, requests);
  if (denials.length > 0) {
    return {
      category: 'manager_access',
      score: 0,
      verdict: 'improve',
      reason: 'You told the customer there was no one to escalate to. There always is: offer the handover instead.',
      quotes: compactQuotes([
        ...denials.map((t) => quote(chat, t.messageId, t.evidence)),
        firstRequest && quote(chat, firstRequest.messageId, firstRequest.evidence),
      ]),
    };
  }
  if (!firstRequest) return notApplicable('manager_access', 'The customer did not ask for a manager.');
  return {
    category: 'manager_access',
    score: 100,
    verdict: 'good',
    reason: 'The customer asked for a manager and you never denied them one.',
    quotes: [quote(chat, firstRequest.messageId, firstRequest.evidence)],
  };
}

function scoreConfidence(chat: ChatIndex, triggers: Trigger[], cues: Cue[]): CategoryScore {
  if (chat.agentPositions.length === 0) return notApplicable('confidence', 'You sent no replies in this chat.');
  const hedges = new Map<string, string>();
  for (const t of triggers) if (t.kind === 'agent_hedging') hedges.set(t.messageId, t.evidence);
  for (const c of cues)
    if (c.kind === 'hedge' && isAgentLine(chat, c.messageId) && !hedges.has(c.messageId)) hedges.set(c.messageId, c.evidence);
  const quotes = [...hedges].map(([id, evidence]) => quote(chat, id, evidence)).slice(0, 3);
  const n = hedges.size;
  if (n === 0)
    return { category: 'confidence', score: 100, verdict: 'good', reason: 'Your answers were direct, with no hedging.', quotes: [] };
  if (n === 1)
    return {
      category: 'confidence',
      score: 60,
      verdict: 'ok',
      reason: 'One answer sounded unsure; check first, then answer plainly.',
      quotes,
    };
  return {
    category: 'confidence',
    score: Math.max(0, 100 - 35 * n),
    verdict: 'improve',
    reason: `${n} answers sounded unsure. Customers escalate when they doubt the answer.`,
    quotes,
  };
}

function describeDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m < 60) return rest ? `${m} min ${rest} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return `${h} h ${m % 60} min`;
}

function escalationSummary(chat: ChatIndex, triggers: Trigger[], cues: Cue[], escalated: ScorecardInput['escalated']) {
  const demand = earliest(
    chat,
    triggers.filter((t) => ESCALATION_DEMANDS.includes(t.kind)),
  );
  const offer = earliest(
    chat,
    cues.filter((c) => c.kind === 'escalation_offer' && isAgentLine(chat, c.messageId)),
  );
  const demandPos = demand ? positionOf(chat, demand.messageId) : null;
  const demandAt = demand ? (chat.messages[positionOf(chat, demand.messageId)]?.at ?? null) : null;
  // The handover moment: the recorded escalation, else the agent's offer of a supervisor.
  let handoverPos: number | null = null;
  if (escalated) {
    const idx = chat.messages.findIndex((m) => m.at !== undefined && m.at >= escalated.at);
    handoverPos = idx === -1 ? chat.messages.length : idx;
  }
  if (offer && (handoverPos === null || positionOf(chat, offer.messageId) < handoverPos)) handoverPos = positionOf(chat, offer.messageId);
  const escalatedAt = escalated?.at ?? (offer ? (chat.messages[positionOf(chat, offer.messageId)]?.at ?? null) : null);
  const agentRepliesBefore =
    demandPos !== null && handoverPos !== null ? (handoverPos <= demandPos ? 0 : agentRepliesBetween(chat, demandPos, handoverPos)) : null;
  const summary: EscalationSummary = {
    trigger: demand?.kind ?? null,
    demandAt,
    escalatedAt: handoverPos !== null ? escalatedAt : null,
    timeToEscalateMs: demandAt !== null && escalatedAt !== null && handoverPos !== null ? Math.max(0, escalatedAt - demandAt) : null,
    agentRepliesBefore,
    timely: demand ? agentRepliesBefore !== null && agentRepliesBefore <= SCORING.timelyEscalationReplies : null,
    reason: escalated?.reason ?? null,
  };
  return { summary, demand, offer, demandPos, handoverPos };
}

function scoreEscalation(chat: ChatIndex, e: ReturnType<typeof escalationSummary>): CategoryScore {
  const { summary, demand, offer, demandPos, handoverPos } = e;
  const offerQuote = offer
    ? quote(chat, offer.messageId, offer.evidence)
    : handoverPos !== null
      ? messageQuote(chat, chat.agentPositions.find((p) => p >= handoverPos) ?? -1)
      : null;
  if (!demand) {
    if (handoverPos === null) return notApplicable('escalation', 'The customer never insisted or threatened, so no escalation was needed.');
    return {
      category: 'escalation',
      score: 100,
      verdict: 'good',
      reason: 'You brought in a supervisor when the chat needed one. A well-handled escalation is a good outcome.',
      quotes: compactQuotes([offerQuote]),
    };
  }
  const what = DEMAND_PHRASES[demand.kind] ?? 'pushed for more';
  const demandQuote = quote(chat, demand.messageId, demand.evidence);
  if (handoverPos === null || summary.agentRepliesBefore === null) {
    return {
      category: 'escalation',
      score: 0,
      verdict: 'improve',
      reason: `The customer ${what} and the chat was never escalated.`,
      quotes: compactQuotes([messageQuote(chat, firstAgentReplyAfter(chat, demandPos ?? -1) ?? -1), demandQuote]),
    };
  }
  const replies = summary.agentRepliesBefore;
  const took = summary.timeToEscalateMs !== null ? ` (${describeDuration(summary.timeToEscalateMs)})` : '';
  if (replies <= SCORING.timelyEscalationReplies) {
    return {
      category: 'escalation',
      score: 100,
      verdict: 'good',
      reason: `The customer ${what} and you escalated at once${took}. That was the right call, and it counts in your favour.`,
      quotes: compactQuotes([offerQuote, demandQuote]),
    };
  }
  const late = replies <= SCORING.lateEscalationReplies;
  return {
    category: 'escalation',
    score: late ? 60 : 30,
    verdict: late ? 'ok' : 'improve',
    reason: `The customer ${what}; you escalated after ${plural(replies, 'more reply', 'more replies')}${took}. Escalating at once saves the customer a fight.`,
    quotes: compactQuotes([messageQuote(chat, firstAgentReplyAfter(chat, demandPos ?? -1) ?? -1), demandQuote, offerQuote]),
  };
}

/** Customer turn → agent reply gaps from message times (a run of customer lines waits from its first). */
export function measurePace(messages: Message[]): PaceStats & { longestWaitId: string | null; longestReplyId: string | null } {
  const gaps: number[] = [];
  let waitingSince: Message | null = null;
  let longest = -1;
  let longestWaitId: string | null = null;
  let longestReplyId: string | null = null;
  for (const m of messages) {
    if (m.at === undefined) continue;
    if (m.role === 'customer' && !waitingSince) waitingSince = m;
    else if (m.role === 'agent' && waitingSince && waitingSince.at !== undefined) {
      const gap = Math.max(0, m.at - waitingSince.at);
      gaps.push(gap);
      if (gap > longest) {
        longest = gap;
        longestWaitId = waitingSince.id;
        longestReplyId = m.id;
      }
      waitingSince = null;
    }
  }
  const sorted = [...gaps].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length === 0 ? null : sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    firstResponseMs: gaps[0] ?? null,
    medianReplyMs: median,
    maxReplyMs: sorted.length ? (sorted.at(-1) ?? null) : null,
    replies: gaps.length,
    longestWaitId,
    longestReplyId,
  };
}

function scorePace(chat: ChatIndex, pace: ReturnType<typeof measurePace>): CategoryScore {
  if (pace.medianReplyMs === null || pace.maxReplyMs === null)
    return notApplicable('pace', 'Message times were not available, so pace could not be measured.');
  const { goodMedianMs, goodMaxMs, okMedianMs, okMaxMs } = SCORING.pace;
  const facts = `First reply after ${describeDuration(pace.firstResponseMs ?? 0)}, typical reply ${describeDuration(pace.medianReplyMs)}, longest wait ${describeDuration(pace.maxReplyMs)}.`;
  const quotes = compactQuotes([
    pace.longestReplyId ? quote(chat, pace.longestReplyId) : null,
    pace.longestWaitId ? quote(chat, pace.longestWaitId) : null,
  ]);
  if (pace.medianReplyMs <= goodMedianMs && pace.maxReplyMs <= goodMaxMs)
    return { category: 'pace', score: 100, verdict: 'good', reason: `You kept pace. ${facts}`, quotes: [] };
  if (pace.medianReplyMs <= okMedianMs && pace.maxReplyMs <= okMaxMs)
    return { category: 'pace', score: 70, verdict: 'ok', reason: `Pace was fine, with a slow spot. ${facts}`, quotes };
  const score = Math.max(
    10,
    Math.min(60, Math.round((60 * okMedianMs) / Math.max(pace.medianReplyMs, okMedianMs) - (pace.maxReplyMs > okMaxMs ? 20 : 0))),
  );
  return { category: 'pace', score, verdict: 'improve', reason: `The customer waited too long for replies. ${facts}`, quotes };
}

const LEVEL_RANK: Record<RiskLevel, number> = { low: 0, elevated: 1, high: 2, critical: 3 };

/** True when the customer's last line raised no finding: they ended the chat calm. */
function endedCalm(chat: ChatIndex, triggers: Trigger[]): boolean {
  const lastCustomer = [...chat.messages].reverse().find((m) => m.role === 'customer');
  return !!lastCustomer && !triggers.some((t) => t.messageId === lastCustomer.id && !isAgentKind(t.kind));
}

const isAgentKind = (kind: TriggerKind) => kind.startsWith('agent_') || kind === 'missing_apology';

function scoreRecovery(
  chat: ChatIndex,
  riskHistory: number[],
  finalRisk: number,
  triggers: Trigger[],
  escalatedWell: boolean,
  handedOver: boolean,
): CategoryScore & { peakRisk: number } {
  const series = riskHistory.length ? riskHistory : [finalRisk];
  let peakRisk = finalRisk;
  let peakIndex = -1;
  series.forEach((r, i) => {
    if (r > peakRisk || (r === peakRisk && peakIndex === -1)) {
      peakRisk = r;
      peakIndex = i;
    }
  });
  // The history lines up with the messages when it has one entry per message.
  const aligned = series.length === chat.messages.length;
  const peakMessage = aligned && peakIndex >= 0 ? chat.messages[peakIndex] : undefined;
  const peakQuote = peakMessage ? quote(chat, peakMessage.id) : null;
  const peakLevel = LEVEL_RANK[levelFor(peakRisk)];
  const finalLevel = LEVEL_RANK[levelFor(finalRisk)];
  if (peakLevel <= LEVEL_RANK.low) return { ...notApplicable('recovery', `Risk stayed low throughout (peak ${peakRisk}).`), peakRisk };
  const drop = peakRisk - finalRisk;
  const recovered =
    drop > 0 &&
    finalLevel <= LEVEL_RANK.elevated &&
    (finalLevel < peakLevel || drop / peakRisk >= SCORING.recoveryShare) &&
    endedCalm(chat, triggers);
  if (recovered) {
    // The agent line after the peak where the risk fell furthest: what turned it around.
    let turn: Quote | null = null;
    if (aligned) {
      let bestFall = 0;
      for (let i = Math.max(peakIndex, 1); i < series.length; i++) {
        const fall = (series[i - 1] ?? 0) - (series[i] ?? 0);
        const m = chat.messages[i];
        if (m?.role === 'agent' && fall > bestFall) {
          bestFall = fall;
          turn = quote(chat, m.id);
        }
      }
    }
    return {
      category: 'recovery',
      score: 100,
      verdict: 'good',
      reason: `Risk peaked at ${peakRisk} and the customer ended calm (risk ${finalRisk}): you turned this chat around.`,
      quotes: compactQuotes([turn, peakQuote]),
      peakRisk,
    };
  }
  if (handedOver && escalatedWell) {
    return {
      category: 'recovery',
      score: 70,
      verdict: 'ok',
      reason: `Risk was still ${finalRisk} (peak ${peakRisk}) when you handed over; bringing in a supervisor was the right move here.`,
      quotes: compactQuotes([peakQuote]),
      peakRisk,
    };
  }
  const score = Math.round((100 * Math.max(0, drop)) / peakRisk);
  return {
    category: 'recovery',
    score,
    verdict: score >= 50 ? 'ok' : 'improve',
    reason:
      drop > 0 ? `Risk peaked at ${peakRisk} and only came down to ${finalRisk}.` : `Risk peaked at ${peakRisk} and the chat ended there.`,
    quotes: compactQuotes([peakQuote]),
    peakRisk,
  };
}

function countTriggers(triggers: Trigger[]): { kind: TriggerKind; count: number }[] {
  const counts = new Map<TriggerKind, number>();
  for (const t of triggers) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export function buildScorecard(input: ScorecardInput): Scorecard {
  const chat = indexChat(input.messages);
  const { triggers, cues } = input.detection;
  const grievance = earliest(
    chat,
    triggers.filter((t) => GRIEVANCE_TRIGGERS.includes(t.kind) && isCustomerLine(chat, t.messageId)),
  );
  const refusalFacts = refusals(chat, triggers, cues);
  const esc = escalationSummary(chat, triggers, cues, input.escalated);
  const pace = measurePace(input.messages);
  const escalation = scoreEscalation(chat, esc);
  const handedOver = esc.handoverPos !== null;
  const recovery = scoreRecovery(chat, input.riskHistory, input.detection.risk, triggers, escalation.verdict === 'good', handedOver);
  const { peakRisk, ...recoveryScore } = recovery;
  const categories: CategoryScore[] = [
    scoreApology(chat, grievance, cues, triggers),
    scoreEmpathy(chat, grievance, cues),
    scoreExplanations(chat, refusalFacts),
    scoreBareRefusals(chat, refusalFacts),
    scoreManagerAccess(chat, triggers),
    scoreConfidence(chat, triggers, cues),
    escalation,
    scorePace(chat, pace),
    recoveryScore,
  ];
  const applicable = categories.filter((c) => c.score !== null);
  const overall = applicable.length ? Math.round(applicable.reduce((sum, c) => sum + (c.score ?? 0), 0) / applicable.length) : null;
  const startedAt = input.messages.find((m) => m.at !== undefined)?.at ?? null;
  const { longestWaitId: _w, longestReplyId: _r, ...paceStats } = pace;
  return {
    chatId: input.chatId,
    startedAt,
    endedAt: input.endedAt,
    overall,
    categories,
    tips: chooseTips(categories, input.tipsPack ?? DEFAULT_TIPS_PACK, { triggers: triggers.map((t) => t.kind) }),
    peakRisk,
    finalRisk: input.detection.risk,
    triggers: countTriggers(triggers),
    pace: paceStats,
    escalation: esc.summary,
  };
}
