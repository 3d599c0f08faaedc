import { nextStepsFor, type PlaybookPackInput, type PlaybookVars } from '../playbooks';
import type { CustomRule as SettingsCustomRule } from '../settings/custom-rule-schema';
import type { Message } from '../transcript/message';
import type { CompiledLexicon } from './compile';
import { type CustomRule, compileDetectorRules, findCustomInMessage } from './custom-rules';
import { lexiconFor } from './lexicon';
import { countIntensitySignals, type Finding, findInMessage, withoutQuotedEmail } from './match-message';
import {
  addRisk,
  CALM_DECAY,
  CUE_RECOVERY,
  CUSTOM_SEVERITY_WEIGHT,
  INTENSITY_BONUS,
  levelFor,
  RECOVERY_CAP,
  REPEAT_FACTOR,
  type RiskReason,
  type RiskStep,
  roundRisk,
  TRIGGER_WEIGHT,
} from './risk';
import { findToneFrustration, TONE_SEVERITY } from './tone';
import {
  CUE_KINDS,
  type Cue,
  type CueKind,
  type DetectionResult,
  GRIEVANCE_KINDS,
  THREAT_KINDS,
  type Trigger,
  type TriggerKind,
} from './types';

/**
 * The detector over a whole chat, one message at a time. `add` reads only the new message and a
 * few counters (who spoke last, open grievance, requests so far), so its cost does not grow with
 * the chat; `analyzeConversation` is the same loop, so a full re-analysis gives the same result.
 */

export type SensitivityName = 'off' | 'low' | 'normal' | 'high';
const SENSITIVITY_NAMES: Record<SensitivityName, number> = { off: 0, low: 0.5, normal: 1, high: 1.5 };

export interface DetectorOptions {
  chatId?: string;
  /** Lexicon language (default 'en'). */
  language?: string;
  customRules?: ReadonlyArray<CustomRule | SettingsCustomRule>;
  /** Per kind: a weight multiplier (0 = off) or a settings name (off/low/normal/high). */
  sensitivity?: Partial<Record<TriggerKind, number | SensitivityName>>;
  playbooks?: readonly PlaybookPackInput[];
  /** Known playbook variables ({customerName}, {agentName}, {orderId}); the chat fills in the rest. */
  vars?: PlaybookVars;
  /** Agent turns after a grievance without an apology before missing_apology fires (default 2). */
  missingApologyTurns?: number;
  /** Listen for frustration in the tone of a line as well as its words (default true; see lib/detect/tone). */
  tone?: boolean;
}

/** What the agent side needs to know about the chat so far (draft coach, playbooks). */
export interface ChatContext {
  /** The customer has a grievance the agent has not apologised for since. */
  grievanceOpen: boolean;
  grievanceEvidence?: string;
  /** Agent turns since that grievance without an apology. */
  agentTurnsSinceGrievance: number;
  /** Customer asked for a manager/supervisor/human in this chat; how many times (per turn). */
  managerRequested: boolean;
  escalationRequests: number;
  /** A legal, regulator, chargeback, churn, public or violence threat was made. */
  threatOnTable: boolean;
  /** The agent offered or started a handoff. */
  escalationOffered: boolean;
  risk: number;
  level: DetectionResult['level'];
  vars: PlaybookVars;
  lastCustomerAt?: number;
  lastAgentAt?: number;
  /** Role of the last customer/agent message: 'customer' = the customer is waiting for a reply. */
  lastSpeaker?: 'customer' | 'agent';
}

/** Weight of the frustration a repeat contact implies, against a named angry word (1). */
const REPEAT_CONTACT_FRUSTRATION = 0.5;
/** The frustration an insult shows is named beside it, not counted again: the abuse carries the risk. */
const ABUSE_FRUSTRATION = 0;
/** Longest line (in words) that counts as a fragment of the customer's own burst (see onCustomer). */
const BURST_FRAGMENT_WORDS = 6;

function wordCount(text: string): number {
  return text.match(/[A-Za-z0-9']+/g)?.length ?? 0;
}

const GRIEVANCE_SET = new Set<string>(GRIEVANCE_KINDS);
const THREAT_SET = new Set<string>(THREAT_KINDS);
const CUE_SET = new Set<string>(CUE_KINDS);
const ORDER_ID = /(?:#\s?|\border\s+(?:number\s+|no\.?\s*|id\s+|#\s?)?)([A-Z]{0,4}-?\d{4,})\b/i;
const MAX_STEPS_KEPT = 2000;

export interface Detector {
  add(message: Message): DetectionResult;
  /** Like add, without building the result (for replays: call result() once at the end). */
  ingest(message: Message): void;
  result(): DetectionResult;
  /** Risk after each message, in order (for the sparkline). */
  riskHistory(): number[];
  /** The messages that moved the risk, with the findings that moved it. */
  explain(): RiskStep[];
  context(): ChatContext;
}

function firstSentence(text: string): string {
  const m = /^[^.!?\n]{1,160}[.!?]?/.exec(text.trim());
  return (m ? m[0] : text.trim().slice(0, 160)).trim();
}

/** A line of at least a dozen letters, nearly all of them capitals. */
function isMostlyCapitals(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const c of text) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c < 'a' || c > 'z') continue;
    letters++;
  }
  return letters >= 12 && upper / letters >= 0.85;
}

export function createDetector(opts: DetectorOptions = {}): Detector {
  const lex: CompiledLexicon = lexiconFor(opts.language);
  const custom = compileDetectorRules(opts.customRules ?? []).rules;
  const missingApologyTurns = Math.max(1, opts.missingApologyTurns ?? 2);
  const sensitivity = (kind: string): number => {
    const s = opts.sensitivity?.[kind as TriggerKind];
    if (s === undefined) return 1;
    return typeof s === 'number' ? Math.max(0, s) : (SENSITIVITY_NAMES[s] ?? 1);
  };

  const triggers: Trigger[] = [];
  const cues: Cue[] = [];
  const history: number[] = [];
  const steps: RiskStep[] = [];
  const kindCounts = new Map<string, number>();
  const vars: PlaybookVars = { ...(opts.vars ?? {}) };
  let risk = 0;
  let customerTurn = 0;
  /** The customer's last line asked for something to be done: a lone "No." after it is a refusal. */
  let customerAskedForAction = false;
  /** The customer's earlier line was all in capitals: they write that way (eyesight, habit, caps lock). */
  let customerWritesInCaps = false;
  let lastSpeaker: 'customer' | 'agent' | undefined;
  let escalationRequests = 0;
  let lastRequestTurn = -1;
  let grievance: { evidence: string } | undefined;
  let agentTurnsSinceGrievance = 0;
  let missingApologyFired = false;
  let apologisedThisTurn = false;
  let threatOnTable = false;
  // The agent's last line was a troubleshooting step: the customer's next lines may report its result.
  let agentInstructed = false;
  let escalationOffered = false;
  let lastCustomerAt: number | undefined;
  let lastAgentAt: number | undefined;
  let cached: DetectionResult | undefined;

  function pushTrigger(t: Trigger, weight: number, reasons: RiskReason[]) {
    triggers.push(t);
    const seen = kindCounts.get(t.kind) ?? 0;
    kindCounts.set(t.kind, seen + 1);
    const gain = weight * REPEAT_FACTOR ** Math.min(seen, 3);
    const before = risk;
    risk = addRisk(risk, gain);
    reasons.push({ kind: t.kind, evidence: t.evidence, delta: risk - before });
  }

  function weightOf(kind: string, severity = 1): number {
    return (TRIGGER_WEIGHT[kind] ?? CUSTOM_SEVERITY_WEIGHT.medium ?? 16) * severity * sensitivity(kind);
  }

  function onCustomer(m: Message, reasons: RiskReason[]) {
    const followsOwnLine = lastSpeaker === 'customer';
    if (lastSpeaker !== 'customer') customerTurn++;
    lastSpeaker = 'customer';
    if (m.at !== undefined) lastCustomerAt = m.at;
    if (m.author && !vars.customerName) vars.customerName = m.author;
    if (!vars.orderId) {
      const order = ORDER_ID.exec(m.text);
      if (order?.[1]) vars.orderId = order[1];
    }
    customerAskedForAction = lex.asksForAction.test(m.text);
    const aimedElsewhere = new Set<string>();
    const context = { afterInstruction: agentInstructed };
    let findings = findInMessage(lex, 'customer', m.text, aimedElsewhere, context);
    // Capitals from someone who writes everything in capitals are their handwriting, not a raised
    // voice: only "!" or the words themselves say they are shouting.
    const allCaps = isMostlyCapitals(m.text);
    if (allCaps && customerWritesInCaps && !m.text.includes('!')) findings = findings.filter((f) => f.ruleId !== 'frustration.caps');
    customerWritesInCaps = allCaps;
    if (findings.some((f) => f.kind === 'escalation_request')) customerAskedForAction = true;
    // The tone model speaks only where the lexicon heard nothing: a line that already carries a
    // request, a threat or abuse needs no second card, and its risk is not counted twice.
    // A fragment that carries on the customer's own burst ("internet down" / "third day" / "rang
    // on monday") is not scored alone: its few words say little (in the judged chats, 1 of 4 such
    // lines the model flagged was frustrated), and the lines around it carry the tone.
    const fragmentOfBurst = followsOwnLine && wordCount(m.text) <= BURST_FRAGMENT_WORDS;
    if (opts.tone !== false && !fragmentOfBurst && !aimedElsewhere.has('frustration') && findings.every((f) => f.kind === 'grievance')) {
      const tone = findToneFrustration(lex, withoutQuotedEmail(m.text), context);
      if (tone) findings.push(tone);
    }
    // "ok" … "hello?": asking whether anyone is there after their own unanswered line. Team leads
    // marked 4 of 4 such lines in Tact's judged chats as frustrated; the same "hello?" opening a chat is a greeting.
    if (followsOwnLine && lex.nudge.test(m.text) && !findings.some((f) => f.kind === 'frustration')) {
      const evidence = m.text.trim();
      const start = m.text.indexOf(evidence);
      findings.push({
        kind: 'frustration',
        ruleId: 'frustration.nudge',
        evidence,
        start,
        end: start + evidence.length,
        severity: TONE_SEVERITY,
      });
    }
    // Having to come back about the same thing wears anyone down: team leads marked 35 of 37
    // repeat-contact lines in Tact's judged chats as frustrated too. Said without an angry word,
    // it counts as mild frustration (half weight), so the risk is not counted twice in full.
    const repeat = findings.find((f) => f.kind === 'repeat_contact');
    // …unless they say they are calm about it ("just checking in").
    // …and not in a fragment of a burst ("rang on monday" / "rang yesterday"): a fact listed, not yet a tone.
    if (repeat && !fragmentOfBurst && !findings.some((f) => f.kind === 'frustration') && !lex.saysCalm.test(m.text)) {
      findings.push({ ...repeat, kind: 'frustration', ruleId: 'frustration.repeat-contact', severity: REPEAT_CONTACT_FRUSTRATION });
    }
    // Insults come out of anger: team leads marked 165 of 184 abuse lines in the judged chats as
    // frustrated too, so the card names both; the abuse alone moves the risk.
    const abuse = findings.find((f) => f.kind === 'abuse');
    if (abuse && !findings.some((f) => f.kind === 'frustration')) {
      findings.push({ ...abuse, kind: 'frustration', ruleId: 'frustration.abuse', severity: ABUSE_FRUSTRATION });
    }
    let triggered = false;
    for (const f of findings) {
      if (f.kind === 'grievance') {
        // A problem report: no risk, but the agent now owes an apology.
        if (!grievance) {
          grievance = { evidence: f.evidence };
          agentTurnsSinceGrievance = 0;
          missingApologyFired = false;
        }
        continue;
      }
      if (sensitivity(f.kind) === 0) continue;
      if (f.kind === 'escalation_request') {
        // Requests are counted per customer turn: "manager" + "MANAGER NOW" in one burst is one request.
        if (lastRequestTurn === customerTurn) continue;
        lastRequestTurn = customerTurn;
        escalationRequests++;
        if (escalationRequests === 1) {
          pushTrigger({ kind: 'escalation_request', messageId: m.id, evidence: f.evidence }, weightOf(f.kind, f.severity), reasons);
        } else if (sensitivity('repeated_escalation_request') > 0) {
          pushTrigger(
            { kind: 'repeated_escalation_request', messageId: m.id, evidence: f.evidence, count: escalationRequests },
            weightOf('repeated_escalation_request', f.severity),
            reasons,
          );
        }
        triggered = true;
        continue;
      }
      let weight = weightOf(f.kind, f.severity);
      if (f.kind === 'frustration' && f.severity > 0) weight += INTENSITY_BONUS * countIntensitySignals(lex, m.text) * sensitivity(f.kind);
      pushTrigger({ kind: f.kind as TriggerKind, messageId: m.id, evidence: f.evidence }, weight, reasons);
      triggered = true;
      if (THREAT_SET.has(f.kind)) threatOnTable = true;
      if (GRIEVANCE_SET.has(f.kind) && !grievance) {
        grievance = { evidence: f.evidence };
        agentTurnsSinceGrievance = 0;
        missingApologyFired = false;
      }
    }
    for (const c of findCustomInMessage(lex, custom, 'customer', m.text)) {
      if (sensitivity(c.kind) === 0) continue;
      const weight = (TRIGGER_WEIGHT[c.kind] ?? CUSTOM_SEVERITY_WEIGHT[c.severity] ?? 16) * sensitivity(c.kind);
      pushTrigger({ kind: c.kind, messageId: m.id, evidence: c.evidence }, weight, reasons);
      triggered = true;
    }
    if (!triggered && risk > 0) {
      const before = risk;
      risk *= CALM_DECAY;
      reasons.push({ kind: 'calm', delta: risk - before });
    }
  }

  function onAgent(m: Message, reasons: RiskReason[]) {
    const newTurn = lastSpeaker !== 'agent';
    if (newTurn) apologisedThisTurn = false;
    lastSpeaker = 'agent';
    if (m.at !== undefined) lastAgentAt = m.at;
    if (m.author && !vars.agentName) vars.agentName = m.author;
    const findings: Finding[] = findInMessage(lex, 'agent', m.text);
    agentInstructed = lex.instructsCustomer.test(m.text);
    let recovery = 0;
    const recoveryReasons: RiskReason[] = [];
    for (const f of findings) {
      if (CUE_SET.has(f.kind)) {
        cues.push({ kind: f.kind as CueKind, messageId: m.id, evidence: f.evidence });
        if (f.kind === 'apology') apologisedThisTurn = true;
        if (f.kind === 'escalation_offer') escalationOffered = true;
        const r = CUE_RECOVERY[f.kind as CueKind] ?? 0;
        if (r > 0) {
          recovery += r;
          recoveryReasons.push({ kind: f.kind as CueKind, evidence: f.evidence, delta: 0 });
        }
        continue;
      }
      if (sensitivity(f.kind) === 0) continue;
      pushTrigger({ kind: f.kind as TriggerKind, messageId: m.id, evidence: f.evidence }, weightOf(f.kind, f.severity), reasons);
    }
    // "Can you transfer me?" — "No.": a refusal with nothing else. After "Is there a fee?" it is an answer.
    if (customerAskedForAction && lex.loneNo.test(m.text) && !findings.some((f) => f.kind === 'agent_bare_refusal')) {
      if (sensitivity('agent_bare_refusal') > 0) {
        pushTrigger({ kind: 'agent_bare_refusal', messageId: m.id, evidence: m.text.trim() }, weightOf('agent_bare_refusal'), reasons);
      }
    }
    for (const c of findCustomInMessage(lex, custom, 'agent', m.text)) {
      if (sensitivity(c.kind) === 0) continue;
      const weight = (TRIGGER_WEIGHT[c.kind] ?? CUSTOM_SEVERITY_WEIGHT[c.severity] ?? 16) * sensitivity(c.kind);
      pushTrigger({ kind: c.kind, messageId: m.id, evidence: c.evidence }, weight, reasons);
    }
    if (grievance) {
      if (apologisedThisTurn) {
        grievance = undefined;
        agentTurnsSinceGrievance = 0;
      } else if (newTurn) {
        agentTurnsSinceGrievance++;
        if (agentTurnsSinceGrievance >= missingApologyTurns && !missingApologyFired && sensitivity('missing_apology') > 0) {
          missingApologyFired = true;
          pushTrigger({ kind: 'missing_apology', messageId: m.id, evidence: firstSentence(m.text) }, weightOf('missing_apology'), reasons);
        }
      }
    }
    if (recovery > 0 && risk > 0) {
      const before = risk;
      const take = Math.min(RECOVERY_CAP, recovery);
      risk = Math.max(0, risk - take);
      const moved = risk - before;
      for (const r of recoveryReasons) {
        const share = (CUE_RECOVERY[r.kind as CueKind] ?? 0) / recovery;
        reasons.push({ ...r, delta: moved * share });
      }
    }
  }

  /** Reads one message into the state without building a result (analyzeConversation's loop). */
  function ingest(m: Message): void {
    const before = risk;
    const reasons: RiskReason[] = [];
    if (m.role === 'customer') onCustomer(m, reasons);
    else if (m.role === 'agent') onAgent(m, reasons);
    // bot, system and note lines are not the customer's words nor the agent's reply: they only take a slot in the history.
    history.push(roundRisk(risk));
    if (reasons.length > 0 && roundRisk(before) !== roundRisk(risk)) {
      steps.push({ messageId: m.id, before: roundRisk(before), after: roundRisk(risk), reasons });
      if (steps.length > MAX_STEPS_KEPT) steps.shift();
    }
    cached = undefined;
  }

  function add(m: Message): DetectionResult {
    ingest(m);
    return result();
  }

  function context(): ChatContext {
    return {
      grievanceOpen: grievance !== undefined,
      grievanceEvidence: grievance?.evidence,
      agentTurnsSinceGrievance,
      managerRequested: escalationRequests > 0,
      escalationRequests,
      threatOnTable,
      escalationOffered,
      risk: roundRisk(risk),
      level: levelFor(roundRisk(risk)),
      vars: { ...vars },
      lastCustomerAt,
      lastAgentAt,
      lastSpeaker,
    };
  }

  function result(): DetectionResult {
    if (cached) return cached;
    const r = roundRisk(risk);
    const base: DetectionResult = {
      id: opts.chatId ?? 'chat',
      risk: r,
      level: levelFor(r),
      triggers: triggers.slice(),
      cues: cues.slice(),
      nextSteps: [],
    };
    base.nextSteps = nextStepsFor(base, vars, opts.playbooks ?? [], {
      grievanceOpen: grievance !== undefined,
      escalationOffered,
    });
    cached = base;
    return base;
  }

  return { add, ingest, result, riskHistory: () => history.slice(), explain: () => steps.slice(), context };
}

/** The whole chat at once: the same loop as `add`, so the results are identical. */
export function analyzeConversation(messages: readonly Message[], opts: DetectorOptions = {}): DetectionResult {
  const detector = createDetector(opts);
  for (const m of messages) detector.ingest(m);
  return detector.result();
}

/** Which messages moved the risk and by how much, with the findings behind each move. */
export function explainRisk(messages: readonly Message[], opts: DetectorOptions = {}): RiskStep[] {
  const detector = createDetector(opts);
  for (const m of messages) detector.ingest(m);
  return detector.explain();
}

/** The chat context (open grievance, manager asked, threats, …) after these messages. */
export function chatContext(messages: readonly Message[], opts: DetectorOptions = {}): ChatContext {
  const detector = createDetector(opts);
  for (const m of messages) detector.ingest(m);
  return detector.context();
}
