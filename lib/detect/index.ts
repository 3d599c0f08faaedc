/**
 * Tact's detector: on-device escalation triggers, cues, risk and next steps for a chat.
 * Pure TypeScript (no DOM, no extension APIs); the background worker and the CLI both use it.
 */
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
export { type AgentRisk, findAgentRisks } from './agent-risks';
export { type CustomRule, type CustomRuleProblem, compileDetectorRules, validateCustomRule } from './custom-rules';
export { levelFor, type RiskReason, type RiskStep, TRIGGER_WEIGHT } from './risk';
export { findInMessage, type Finding } from './match-message';
export { lexiconFor, LEXICONS } from './lexicon';
export { nextStepsFor, rephrasingFor, URGENCY, sortByUrgency, type PlaybookPackInput, type PlaybookVars } from '../playbooks';
export * from './types';
