/** Post-chat coaching: what the background and the coaching page import. */
export { buildScorecard, measurePace, type ScorecardInput } from './scorecard';
export { chooseTips } from './tips';
export { DEFAULT_TIPS_PACK, parseTipsPack, type TipsPack, type TipTemplate } from './tips-pack';
export { toRecord, checkRecord, recordId } from './record';
export {
  openHistory,
  historyCsv,
  DEFAULT_RETENTION,
  DEFAULT_DB_NAME,
  type CoachingHistory,
  type HistoryProblem,
  type HistoryRetention,
  type AddOutcome,
  type ListResult,
} from './history';
export { categoryTrends, commonTriggers, feedbackSummary, type CategoryTrend } from './trends';
export { buildTeamExport, rootCauseOf, type TeamExport, type EscalationRow } from './team-export';
export * from './types';
export { createChatEndTracker, DEFAULT_SWITCH_AWAY_GRACE_MS, type ChatEnd, type ChatEndReason, type ChatEndSnapshot, type ChatEndTracker } from './chat-end';
export { finishChat, feedbackNotes, type FinishChatInput } from './finish-chat';
export { loadCoachingSettings, coachingSettingsFrom, type CoachingSettings } from './coaching-settings';
