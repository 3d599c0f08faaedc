import * as v from 'valibot';
import { CATEGORIES, type CoachingRecord, type Scorecard, type TriggerFeedbackNote } from './types';

/**
 * The history record: a scorecard plus the agent's feedback, checked on the way in and on the way
 * out of storage. Unknown fields are dropped, so nothing else (a draft, say) can ride along.
 */
const nullableNumber = v.nullable(v.number());
const QuoteSchema = v.object({
  messageId: v.string(),
  text: v.string(),
  role: v.optional(v.picklist(['customer', 'agent'])),
});
const CategoryScoreSchema = v.object({
  category: v.picklist(CATEGORIES),
  score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  verdict: v.picklist(['good', 'ok', 'improve', 'n/a']),
  reason: v.string(),
  quotes: v.array(QuoteSchema),
});
const TipSchema = v.object({
  id: v.string(),
  category: v.picklist(CATEGORIES),
  tone: v.picklist(['try', 'praise']),
  title: v.string(),
  advice: v.string(),
  quote: QuoteSchema,
  betterPhrasing: v.string(),
});
const TriggerKindSchema = v.pipe(v.string(), v.nonEmpty());

export const CoachingRecordSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  version: v.literal(1),
  chatId: v.pipe(v.string(), v.nonEmpty()),
  startedAt: nullableNumber,
  endedAt: v.number(),
  overall: nullableNumber,
  categories: v.array(CategoryScoreSchema),
  tips: v.array(TipSchema),
  peakRisk: v.number(),
  finalRisk: v.number(),
  triggers: v.array(v.object({ kind: TriggerKindSchema, count: v.number() })),
  pace: v.object({ firstResponseMs: nullableNumber, medianReplyMs: nullableNumber, maxReplyMs: nullableNumber, replies: v.number() }),
  escalation: v.object({
    trigger: v.nullable(TriggerKindSchema),
    demandAt: nullableNumber,
    escalatedAt: nullableNumber,
    timeToEscalateMs: nullableNumber,
    agentRepliesBefore: nullableNumber,
    timely: v.nullable(v.boolean()),
    reason: v.nullable(v.string()),
  }),
  feedback: v.array(v.object({ kind: TriggerKindSchema, verdict: v.picklist(['helpful', 'not_right']) })),
});

export type RecordCheck = { ok: true; record: CoachingRecord } | { ok: false; message: string };

/** Validates one record; the message names the first bad field so a person can find it. */
export function checkRecord(value: unknown): RecordCheck {
  const parsed = v.safeParse(CoachingRecordSchema, value);
  if (parsed.success) return { ok: true, record: parsed.output as CoachingRecord };
  const issue = parsed.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') || 'record';
  if (!issue) return { ok: false, message: 'record: invalid' };
  const what =
    issue.received === 'undefined' ? 'missing' : issue.expected ? `expected ${issue.expected}, found ${issue.received}` : issue.message;
  return { ok: false, message: `${path}: ${what}` };
}

export const recordId = (chatId: string, endedAt: number) => `${chatId}@${endedAt}`;

/** The record the background stores when a chat ends. */
export function toRecord(scorecard: Scorecard, feedback: TriggerFeedbackNote[] = []): CoachingRecord {
  return {
    ...scorecard,
    id: recordId(scorecard.chatId, scorecard.endedAt),
    version: 1,
    feedback: feedback.map(({ kind, verdict }) => ({ kind, verdict })),
  };
}
