import type { RiskLevel, TriggerKind } from '../detect/types';
import type { HandoffPriority, HandoffReason } from './reasons';

/** The fixed shape of a handoff summary (DESIGN.md "Handoff"). Every text field is already masked. */
export interface HandoffSummary {
  /** Unique per handoff; also the Idempotency-Key the receiver dedupes on. */
  id: string;
  chatId: string;
  customer: { name?: string; id?: string };
  /** The issue in one line. */
  issue: string;
  wants: string;
  tried: string[];
  triggers: HandoffTriggerQuote[];
  risk: number;
  level: RiskLevel;
  riskTrend: RiskTrend;
  timeInChat: { ms: number; text: string };
  /** Link back to the chat in the helpdesk. */
  link: string;
  agentName?: string;
  /** Epoch ms. */
  createdAt: number;
}

export interface HandoffTriggerQuote {
  kind: TriggerKind;
  quote: string;
  messageId: string;
}

export type RiskTrend = 'rising' | 'falling' | 'steady' | 'unknown';

/** What the agent sends: the (edited) summary plus why, how urgent, an optional note, and where. */
export interface HandoffRequest {
  summary: HandoffSummary;
  reason: HandoffReason;
  priority: HandoffPriority;
  note: string;
  channelId: string;
}
