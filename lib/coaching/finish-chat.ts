import type { DetectionResult } from '../detect/types';
import type { Message } from '../transcript/message';
import type { AddOutcome, CoachingHistory } from './history';
import { toRecord } from './record';
import { buildScorecard } from './scorecard';
import type { TipsPack } from './tips-pack';
import type { CoachingRecord, TriggerFeedbackNote } from './types';

/**
 * What the background does when a chat ends: score it, attach the agent's feedback on this chat's
 * triggers, and save it. Returns the record (to open the scorecard) and what history said.
 */
export interface FinishChatInput {
  chatId: string;
  messages: Message[];
  detection: DetectionResult;
  riskHistory: number[];
  endedAt: number;
  escalated?: { at: number; reason?: string };
  /** The agent's "helpful" / "not right" on this chat's triggers (dismiss and snooze are not kept). */
  feedback?: TriggerFeedbackNote[];
  tipsPack?: TipsPack;
}

export async function finishChat(history: CoachingHistory, input: FinishChatInput): Promise<{ record: CoachingRecord; saved: AddOutcome }> {
  const { feedback, ...scorecardInput } = input;
  const record = toRecord(buildScorecard(scorecardInput), feedback ?? []);
  return { record, saved: await history.add(record) };
}

/** Keeps only verdicts coaching shows; the side panel's actions also include dismiss and snooze. */
export function feedbackNotes(actions: { kind: TriggerFeedbackNote['kind']; action: string }[]): TriggerFeedbackNote[] {
  return actions.flatMap((a) => (a.action === 'helpful' || a.action === 'not_right' ? [{ kind: a.kind, verdict: a.action }] : []));
}
