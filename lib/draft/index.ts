/**
 * The draft coach: agent-side rules on the reply being typed, in the chat's context.
 * Pure logic: checkDraft, the incremental context, waitingState. DOM: mountDraftCoach.
 */
export { type CheckDraftOptions, checkDraft, type DraftFinding } from './check-draft';
export { createDraftContextBuilder, type DraftChatContext, type DraftContextBuilder, draftChatContext } from './context';
export { type DraftCoach, type DraftCoachOptions, mountDraftCoach } from './hint';
export { type DraftFindingKind, draftRephrasing } from './rephrasings';
export { splitSentences } from './sentences';
export { DEFAULT_WAITING_THRESHOLD_MS, holdingLine, type WaitingState, waitingState } from './waiting';
