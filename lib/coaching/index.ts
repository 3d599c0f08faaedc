/** Post-chat coaching: what the background and the coaching page import. */

export {
  type ChatEnd,
  type ChatEndReason,
  type ChatEndSnapshot,
  type ChatEndTracker,
  createChatEndTracker,
  DEFAULT_SWITCH_AWAY_GRACE_MS,
} from './chat-end';
export { type CoachingSettings, coachingSettingsFrom, loadCoachingSettings } from './coaching-settings';
export { type FinishChatInput, feedbackNotes, finishChat } from './finish-chat';
export {
  type AddOutcome,
  type CoachingHistory,
  DEFAULT_DB_NAME,
  DEFAULT_RETENTION,
  type HistoryProblem,
  type HistoryRetention,
  historyCsv,
  type ListResult,
  openHistory,
} from './history';
export { checkRecord, recordId, toRecord } from './record';
export { buildScorecard, measurePace, type ScorecardInput } from './scorecard';
export { buildTeamExport, type EscalationRow, rootCauseOf, type TeamExport } from './team-export';
export { chooseTips } from './tips';
export { DEFAULT_TIPS_PACK, parseTipsPack, type TipsPack, type TipTemplate } from './tips-pack';
export { type CategoryTrend, categoryTrends, commonTriggers, feedbackSummary } from './trends';
export * from './types';
