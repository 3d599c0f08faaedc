import type { DetectionResult, Trigger, TriggerKind } from '../detect/types';

/**
 * The agent's feedback on triggers: "helpful" / "not right" is kept on the device (coaching shows
 * it) and a phrase marked "not right" twice is muted for good; "dismiss" hides one finding,
 * "snooze" hides a trigger kind for the rest of this chat. Pure: storage lives in the callers.
 */
export type FeedbackVerdict = 'helpful' | 'not_right';

export interface FeedbackEntry {
  kind: TriggerKind;
  /** Normalised evidence phrase (lowercase, collapsed spaces). */
  phrase: string;
  helpful: number;
  notRight: number;
  lastAt: number;
}

/** Keyed by `${kind}|${phrase}`. */
export type FeedbackBook = Record<string, FeedbackEntry>;

export const MUTE_AFTER_NOT_RIGHT = 2;

export function normalisePhrase(evidence: string): string {
  return evidence.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function feedbackKey(kind: TriggerKind, evidence: string): string {
  return `${kind}|${normalisePhrase(evidence)}`;
}

export function recordFeedback(
  book: FeedbackBook,
  trigger: Pick<Trigger, 'kind' | 'evidence'>,
  verdict: FeedbackVerdict,
  now: number,
): FeedbackBook {
  const key = feedbackKey(trigger.kind, trigger.evidence);
  const entry = book[key] ?? { kind: trigger.kind, phrase: normalisePhrase(trigger.evidence), helpful: 0, notRight: 0, lastAt: now };
  const next = { ...entry, lastAt: now };
  if (verdict === 'helpful') next.helpful += 1;
  else next.notRight += 1;
  return { ...book, [key]: next };
}

export function isMuted(book: FeedbackBook, trigger: Pick<Trigger, 'kind' | 'evidence'>): boolean {
  return (book[feedbackKey(trigger.kind, trigger.evidence)]?.notRight ?? 0) >= MUTE_AFTER_NOT_RIGHT;
}

/** What the agent hid in one chat. */
export interface ChatHidden {
  /** `${kind}|${messageId}` of dismissed findings. */
  dismissed: string[];
  /** Trigger kinds snoozed for the rest of the chat. */
  snoozed: TriggerKind[];
}

export const findingKey = (t: Pick<Trigger, 'kind' | 'messageId'>) => `${t.kind}|${t.messageId}`;

/** The detection result as the agent should see it: muted, dismissed and snoozed findings removed. */
export function visibleDetection(result: DetectionResult, book: FeedbackBook, hidden: ChatHidden | undefined): DetectionResult {
  const dismissed = new Set(hidden?.dismissed ?? []);
  const snoozed = new Set(hidden?.snoozed ?? []);
  const triggers = result.triggers.filter((t) => !isMuted(book, t) && !dismissed.has(findingKey(t)) && !snoozed.has(t.kind));
  if (triggers.length === result.triggers.length) return result;
  const kinds = new Set(triggers.map((t) => t.kind));
  return { ...result, triggers, nextSteps: result.nextSteps.filter((s) => kinds.has(s.trigger)) };
}
