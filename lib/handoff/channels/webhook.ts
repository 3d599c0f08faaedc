import { SIGNATURE_HEADER, signatureHeaderValue } from '../sign';
import type { HandoffRequest, HandoffSummary } from '../types';
import { type HttpDelivery, jsonDelivery } from './http';

/**
 * Generic JSON webhook. The payload (documented in lib/handoff/README.md):
 *
 *   POST <url>
 *   Content-Type: application/json
 *   Idempotency-Key: <handoff id>                 (same on every retry: drop repeats)
 *   X-Tact-Signature: sha256=<hex>                (only when a secret is set: HMAC-SHA256 of the raw body)
 *
 *   {
 *     "type": "tact.handoff", "version": 1,
 *     "id": "ho_…", "reason": "threat", "priority": "high", "note": "…",
 *     "summary": { id, chatId, customer: {name?, id?}, issue, wants, tried: [], triggers: [{kind, quote, messageId}],
 *                  risk, level, riskTrend, timeInChat: {ms, text}, link, agentName?, createdAt }
 *   }
 */
export const WEBHOOK_PAYLOAD_TYPE = 'tact.handoff';
export const WEBHOOK_PAYLOAD_VERSION = 1;

export interface WebhookPayload {
  type: typeof WEBHOOK_PAYLOAD_TYPE;
  version: typeof WEBHOOK_PAYLOAD_VERSION;
  id: string;
  reason: HandoffRequest['reason'];
  priority: HandoffRequest['priority'];
  note: string;
  summary: HandoffSummary;
}

export function webhookPayload(request: HandoffRequest): WebhookPayload {
  return {
    type: WEBHOOK_PAYLOAD_TYPE,
    version: WEBHOOK_PAYLOAD_VERSION,
    id: request.summary.id,
    reason: request.reason,
    priority: request.priority,
    note: request.note,
    summary: request.summary,
  };
}

export async function webhookDelivery(url: string, request: HandoffRequest, secret?: string): Promise<HttpDelivery> {
  const delivery = jsonDelivery(url, request, webhookPayload(request));
  if (secret) delivery.headers[SIGNATURE_HEADER] = await signatureHeaderValue(secret, delivery.body);
  return delivery;
}
