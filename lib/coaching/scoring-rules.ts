import { GRIEVANCE_KINDS, type TriggerKind } from '../detect/types';

/**
 * The thresholds and trigger groups the scorecard judges by, kept apart from the scoring code so a
 * team can read (and tune) what "timely" or "a grievance" means without reading the logic.
 */

/** Customer findings that mean an apology is owed: the detector's grievances, and asking for a manager. */
export const GRIEVANCE_TRIGGERS: readonly TriggerKind[] = [...GRIEVANCE_KINDS, 'escalation_request', 'repeated_escalation_request'];

/**
 * Customer findings after which escalating at once is the right move (DESIGN.md: escalate when
 * the customer insists or threatens). A single first request is not here: the agent may still
 * solve it; asking again is insisting.
 */
export const ESCALATION_DEMANDS: readonly TriggerKind[] = [
  'repeated_escalation_request',
  'threat_legal',
  'threat_regulator',
  'threat_chargeback',
  'threat_public',
  'threat_violence',
];

/** How the scorecard words each demand in a reason ("the customer threatened legal action"). */
export const DEMAND_PHRASES: Partial<Record<TriggerKind, string>> = {
  repeated_escalation_request: 'asked for a manager again',
  threat_legal: 'threatened legal action',
  threat_regulator: 'threatened to complain to a regulator',
  threat_chargeback: 'threatened a chargeback',
  threat_public: 'threatened to go public',
  threat_violence: 'made a threat of violence',
};

export const SCORING = {
  /** Escalating within this many agent replies after the demand is "at once". */
  timelyEscalationReplies: 1,
  /** Up to this many replies is late but fine ("ok"); more is a miss. */
  lateEscalationReplies: 3,
  /** An apology within this many agent replies after the first grievance counts as prompt. */
  promptApologyReplies: 1,
  /** Empathy that only arrives after this many replies is "ok", not "good". */
  promptEmpathyReplies: 2,
  /**
   * Recovery uses the detector's own levels (low/elevated/high/critical). The detector's risk eases
   * slowly by design, so a recovered chat is one whose customer ended calm, whose risk came down
   * to 'elevated' or lower, and which dropped a level from its peak or lost this share of it.
   */
  recoveryShare: 0.3,
  pace: {
    goodMedianMs: 60_000,
    goodMaxMs: 180_000,
    okMedianMs: 120_000,
    okMaxMs: 300_000,
  },
  /** Quotes longer than this are trimmed (at a word) so the card stays readable. */
  maxQuoteChars: 200,
} as const;
