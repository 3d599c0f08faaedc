/**
 * Tact's detector: on-device escalation triggers, cues, risk and next steps for a chat.
 * Pure TypeScript (no DOM, no extension APIs); the background worker and the CLI both use it.
 */

export { nextStepsFor, type PlaybookPackInput, type PlaybookVars, rephrasingFor, sortByUrgency, URGENCY } from '../playbooks';
export { type AgentRisk, findAgentRisks } from './agent-risks';
export { type CustomRule, type CustomRuleProblem, compileDetectorRules, validateCustomRule } from './custom-rules';
export {
  analyzeConversation,
  type ChatContext,
  chatContext,
  createDetector,
  type Detector,
  type DetectorOptions,
  explainRisk,
  type SensitivityName,
} from './detector';
export { LEXICONS, lexiconFor } from './lexicon';
export { type Finding, findInMessage } from './match-message';
export { levelFor, type RiskReason, type RiskStep, TRIGGER_WEIGHT } from './risk';
export * from './types';
