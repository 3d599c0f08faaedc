import type { DetectionResult, Trigger } from '../detect/types';
import { sortByUrgency } from '../playbooks';
import type { Message } from '../transcript/message';
import { type CompiledCues, compileCues } from './cues';
import { type RedactSetting, redact } from './redact';
import type { HandoffSummary, HandoffTriggerQuote, RiskTrend } from './types';

/**
 * Builds the handoff summary from the transcript and the detector's findings. Extractive and
 * deterministic: every line is a sentence (or the detector's evidence) taken from the chat,
 * chosen by cue patterns (cues.ts), then masked (redact.ts).
 */

export interface SummaryInput {
  chatId: string;
  url: string;
  messages: readonly Message[];
  detection: Pick<DetectionResult, 'risk' | 'level' | 'triggers'>;
  /** Risk values over time, oldest first (the side panel's sparkline). */
  riskHistory?: readonly number[];
  customerName?: string;
  customerId?: string;
  agentName?: string;
  /** Epoch ms the chat started; defaults to the first message's time. */
  startedAt?: number;
  now: number;
  /** Defaults to a random UUID; pass one for a reproducible summary. */
  id?: string;
  /** Masking of personal data; on by default. */
  redact?: RedactSetting;
  cues?: CompiledCues;
}

export const ISSUE_MAX_CHARS = 160;
export const MAX_TRIED = 5;
export const MAX_TRIGGER_QUOTES = 8;
const TREND_DELTA = 10;

let defaultCues: CompiledCues | null = null;

/** Splits a message into sentences, keeping the punctuation (good enough for chat text). */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[^a-z])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Cuts to one line of at most `max` characters at a word boundary, with an ellipsis. */
export function oneLine(text: string, max = ISSUE_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

export function riskTrend(history: readonly number[] | undefined): RiskTrend {
  if (!history || history.length < 2) return 'unknown';
  const last = history[history.length - 1] ?? 0;
  // Compare with the mean of the few readings before the last, so one spike does not read as a trend.
  const window = history.slice(Math.max(0, history.length - 6), history.length - 1);
  const reference = window.reduce((sum, value) => sum + value, 0) / window.length;
  if (last - reference >= TREND_DELTA) return 'rising';
  if (reference - last >= TREND_DELTA) return 'falling';
  return 'steady';
}

function sentencesOf(messages: readonly Message[], role: Message['role']): { sentence: string; message: Message }[] {
  const out: { sentence: string; message: Message }[] = [];
  for (const message of messages) {
    if (message.role !== role) continue;
    for (const sentence of splitSentences(message.text)) out.push({ sentence, message });
  }
  return out;
}

const matchesAny = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));
const ESCALATION_ONLY = /\b(?:manager|supervisor|someone (?:else|senior|in charge)|your boss|escalat)/i;

function pickIssue(customer: { sentence: string }[], cues: CompiledCues): string {
  const content = customer.filter((s) => !matchesAny(cues.filler, s.sentence));
  const grievance = content.find((s) => matchesAny(cues.grievance, s.sentence) && !ESCALATION_ONLY.test(s.sentence));
  return grievance?.sentence ?? content.find((s) => !ESCALATION_ONLY.test(s.sentence))?.sentence ?? content[0]?.sentence ?? '';
}

function pickWants(customer: { sentence: string }[], cues: CompiledCues): string {
  const wants = customer.filter((s) => matchesAny(cues.wants, s.sentence));
  // What they want beyond "a manager" is what the supervisor must decide on; the manager
  // request itself is already listed among the triggers.
  const substantive = wants.filter((s) => !ESCALATION_ONLY.test(s.sentence) || /refund|replace|cancel|money|credit/i.test(s.sentence));
  return (substantive[substantive.length - 1] ?? wants[wants.length - 1])?.sentence ?? '';
}

function pickTried(agent: { sentence: string }[], cues: CompiledCues): string[] {
  const seen = new Set<string>();
  const tried: string[] = [];
  for (const { sentence } of agent) {
    if (!matchesAny(cues.tried, sentence)) continue;
    const key = sentence.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tried.push(sentence);
  }
  return tried.slice(-MAX_TRIED);
}

/**
 * The quotes a supervisor reads first: the most urgent findings (threats, repeated manager
 * requests) win the limited places, then they are shown in the order they happened.
 */
function triggerQuotes(triggers: readonly Trigger[], mask: (text: string) => string): HandoffTriggerQuote[] {
  const seen = new Set<string>();
  const quotes: HandoffTriggerQuote[] = [];
  const order = new Map(triggers.map((t, i) => [t, i]));
  const chosen = sortByUrgency(triggers)
    .filter((t) => {
      const key = `${t.kind}|${t.messageId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_TRIGGER_QUOTES)
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  seen.clear();
  for (const trigger of chosen) {
    const key = `${trigger.kind}|${trigger.messageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push({ kind: trigger.kind, quote: oneLine(mask(trigger.evidence), 140), messageId: trigger.messageId });
  }
  return quotes;
}

function newHandoffId(): string {
  return `ho_${globalThis.crypto.randomUUID()}`;
}

export function buildHandoffSummary(input: SummaryInput): HandoffSummary {
  defaultCues ??= compileCues();
  const cues = input.cues ?? defaultCues;
  const mask = (text: string) => redact(text, input.redact);
  const customer = sentencesOf(input.messages, 'customer');
  const agent = sentencesOf(input.messages, 'agent');
  const firstAt = input.messages.find((m) => typeof m.at === 'number')?.at;
  const startedAt = input.startedAt ?? firstAt ?? input.now;
  const ms = Math.max(0, input.now - startedAt);
  const customerName = input.customerName ?? input.messages.find((m) => m.role === 'customer' && m.author)?.author;
  return {
    id: input.id ?? newHandoffId(),
    chatId: input.chatId,
    customer: {
      ...(customerName ? { name: customerName } : {}),
      ...(input.customerId ? { id: input.customerId } : {}),
    },
    issue: oneLine(mask(pickIssue(customer, cues))),
    wants: oneLine(mask(pickWants(customer, cues)), 240),
    tried: pickTried(agent, cues).map((s) => oneLine(mask(s), 200)),
    triggers: triggerQuotes(input.detection.triggers, mask),
    risk: input.detection.risk,
    level: input.detection.level,
    riskTrend: riskTrend(input.riskHistory),
    timeInChat: { ms, text: formatDuration(ms) },
    link: input.url,
    ...(input.agentName ? { agentName: input.agentName } : {}),
    createdAt: input.now,
  };
}
