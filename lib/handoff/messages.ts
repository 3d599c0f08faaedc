import type { SubmitResult } from './submit';
import type { HandoffRequest } from './types';

/**
 * The handoff messages for lib/messaging/protocol.ts. Kept here because protocol.ts has other
 * helpers' edits in flight; the lead adds these two lines to ProtocolMap (side panel → background):
 *
 *   sendHandoff(data: SendHandoffMessage): SubmitResult;
 *   retryHandoff(data: RetryHandoffMessage): { ok: boolean; error?: string };
 *
 * The side panel reads outbox state by watching `local:handoff-outbox` (watchOutbox), not by message.
 */
export interface SendHandoffMessage {
  tabId: number;
  request: HandoffRequest;
}

export interface RetryHandoffMessage {
  id: string;
}

export type SendHandoffReply = SubmitResult;
