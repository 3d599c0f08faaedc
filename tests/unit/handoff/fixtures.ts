import type { DetectionResult } from '@/lib/detect/types';
import type { RedactSetting } from '@/lib/handoff/redact';
import { buildHandoffSummary } from '@/lib/handoff/summary';
import type { Message } from '@/lib/transcript/message';

/** An escalating chat written for these tests (not taken from any data set). */
const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const min = 60_000;

export const ESCALATING_CHAT: Message[] = [
  { id: 'm1', role: 'customer', author: 'Dana Whitfield', at: T0, text: 'Hi there.' },
  {
    id: 'm2',
    role: 'customer',
    at: T0 + 1 * min,
    text: 'My order #48213 never arrived and you charged my card 4111 1111 1111 1111 twice. This is the third time I am writing about it.',
  },
  {
    id: 'm3',
    role: 'agent',
    author: 'Sam',
    at: T0 + 2 * min,
    text: "Thanks for waiting. I've checked the tracking and the parcel is marked as lost.",
  },
  {
    id: 'm4',
    role: 'customer',
    at: T0 + 4 * min,
    text: 'I want a full refund today. You can reach me at dana.w@example.com or +44 20 7946 0958.',
  },
  {
    id: 'm5',
    role: 'agent',
    at: T0 + 6 * min,
    text: "I have requested a replacement from the warehouse. I've refunded the duplicate charge.",
  },
  {
    id: 'm6',
    role: 'customer',
    at: T0 + 9 * min,
    text: 'Get me your manager now. If this is not fixed I will dispute the charge with my bank.',
  },
  { id: 'm7', role: 'note', at: T0 + 10 * min, text: 'Internal: customer VIP, see ticket 7781.' },
  { id: 'm8', role: 'customer', at: T0 + 12 * min, text: 'I asked for a supervisor twice already!' },
];

export const ESCALATING_DETECTION: DetectionResult = {
  id: 'chat-1',
  risk: 82,
  level: 'high',
  triggers: [
    { kind: 'repeat_contact', messageId: 'm2', evidence: 'This is the third time I am writing about it' },
    { kind: 'escalation_request', messageId: 'm6', evidence: 'Get me your manager now' },
    { kind: 'threat_chargeback', messageId: 'm6', evidence: 'I will dispute the charge with my bank' },
    { kind: 'repeated_escalation_request', messageId: 'm8', evidence: 'I asked for a supervisor twice already', count: 3 },
    { kind: 'repeated_escalation_request', messageId: 'm8', evidence: 'I asked for a supervisor twice already', count: 3 },
  ],
  cues: [],
  nextSteps: [],
};

export const CHAT_START = T0;
export const CHAT_NOW = T0 + 14 * min;

/** The handoff summary of ESCALATING_CHAT as the card shows it (masked by `redact`, all kinds by default). */
export function escalatingSummary(id: string, redact?: RedactSetting) {
  return buildHandoffSummary({
    chatId: 'chat-1',
    url: 'https://help.example.test/chats/chat-1',
    messages: ESCALATING_CHAT,
    detection: ESCALATING_DETECTION,
    riskHistory: [20, 40, 82],
    now: CHAT_NOW,
    id,
    ...(redact ? { redact } : {}),
  });
}
