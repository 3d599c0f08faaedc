import type { HandoffRequest } from '../types';

/** One HTTP POST the outbox will make (stored as-is so a retry sends the identical body). */
export interface HttpDelivery {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Every HTTP channel sends JSON and the handoff id, so receivers can drop repeats. */
export function jsonDelivery(url: string, request: HandoffRequest, payload: unknown): HttpDelivery {
  return {
    url,
    headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: request.summary.id },
    body: JSON.stringify(payload),
  };
}
