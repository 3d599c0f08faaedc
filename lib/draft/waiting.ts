import type { Message } from '../transcript/message';

/**
 * Is a customer waiting on the agent? The last customer message is unanswered (no agent line
 * after it) for longer than the threshold. Bot, system lines and internal notes do not answer a
 * customer. `urgent` is set when the unanswered message itself carries a live trigger (the
 * caller passes the detector's trigger message ids), so the nudge can say "now".
 */
export interface WaitingState {
  waiting: boolean;
  /** How long the customer has waited (0 when not waiting or the time is unknown). */
  sinceMs: number;
  /** Id of the oldest unanswered customer message. */
  messageId?: string;
  urgent: boolean;
  /** A holding line the agent can insert while they look into it. */
  holdingLine?: string;
}

export interface WaitingOptions {
  /** Ids of messages with live triggers (from DetectionResult.triggers). */
  triggerMessageIds?: ReadonlySet<string>;
  customerName?: string;
}

export const DEFAULT_WAITING_THRESHOLD_MS = 60_000;

export function holdingLine(customerName?: string): string {
  const name = customerName ? `, ${customerName}` : '';
  return `Thanks for your patience${name} — I'm on it and will have an update for you in the next few minutes.`;
}

export function waitingState(
  messages: readonly Message[],
  now: number,
  thresholdMs = DEFAULT_WAITING_THRESHOLD_MS,
  opts: WaitingOptions = {},
): WaitingState {
  // Walk back from the end: customer lines after the last agent line are the unanswered ones.
  let oldest: Message | undefined;
  let urgent = false;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as Message;
    if (m.role === 'agent') break;
    if (m.role !== 'customer') continue;
    oldest = m;
    if (opts.triggerMessageIds?.has(m.id)) urgent = true;
  }
  if (!oldest || oldest.at === undefined) return { waiting: false, sinceMs: 0, urgent: false };
  const sinceMs = Math.max(0, now - oldest.at);
  // A live trigger (a manager request, a threat) should not wait out the full threshold.
  const limit = urgent ? Math.min(thresholdMs, 15_000) : thresholdMs;
  const waiting = sinceMs >= limit;
  return {
    waiting,
    sinceMs,
    messageId: oldest.id,
    urgent: waiting && urgent,
    ...(waiting ? { holdingLine: holdingLine(opts.customerName) } : {}),
  };
}
