import type { TriggerKind } from '../detect/types';

/**
 * Shapes of the post-chat coaching: one scorecard per chat, the tips chosen for it, and the record
 * kept in history. Pure types; the logic lives in scorecard.ts, tips.ts and history.ts.
 */

/** The scorecard's categories, in the order the agent reads them. */
export const CATEGORIES = [
  'apology',
  'empathy',
  'explanations',
  'no_bare_refusals',
  'manager_access',
  'confidence',
  'escalation',
  'pace',
  'recovery',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  apology: 'Apology',
  empathy: 'Empathy',
  explanations: 'Reasons behind a no',
  no_bare_refusals: 'No bare "no"',
  manager_access: 'Never denying a manager',
  confidence: 'Confident answers',
  escalation: 'Timely escalation',
  pace: 'Pace',
  recovery: 'Recovery',
};

export type Verdict = 'good' | 'ok' | 'improve' | 'n/a';

export interface Quote {
  messageId: string;
  /** The words from the chat (the finding's evidence, or the message trimmed to a readable length). */
  text: string;
  /** Who said it, so the agent can tell their own lines from the customer's. */
  role?: 'customer' | 'agent';
}

export interface CategoryScore {
  category: Category;
  /** 0–100, or null when the category did not apply to this chat. */
  score: number | null;
  verdict: Verdict;
  /** One sentence the agent can act on. */
  reason: string;
  quotes: Quote[];
}

export interface PaceStats {
  /** Customer's first message → agent's first reply, ms. */
  firstResponseMs: number | null;
  medianReplyMs: number | null;
  maxReplyMs: number | null;
  /** How many customer turns were answered (gaps measured). */
  replies: number;
}

export interface EscalationSummary {
  /** The trigger that made escalation the right move (customer insisted or threatened), if any. */
  trigger: TriggerKind | null;
  /** When that trigger happened (ms), when known. */
  demandAt: number | null;
  /** When the chat was handed over (ms), null when it never was. */
  escalatedAt: number | null;
  /** demand → handover, ms; null when either end is unknown. */
  timeToEscalateMs: number | null;
  /** Agent replies sent between the demand and the handover (0 = at once). */
  agentRepliesBefore: number | null;
  timely: boolean | null;
  /** The agent's or handoff's stated reason ("refund above my limit"). */
  reason: string | null;
}

export interface Tip {
  id: string;
  category: Category;
  /** 'try' = something to do differently; 'praise' = something that worked and should be kept. */
  tone: 'try' | 'praise';
  title: string;
  advice: string;
  /** The line from this chat that the tip is about. */
  quote: Quote;
  /** A better way to say that line (for 'try'), or the model line to keep using (for 'praise'). */
  betterPhrasing: string;
}

export interface Scorecard {
  chatId: string;
  startedAt: number | null;
  endedAt: number;
  /** Mean of the applicable category scores, null when none applied. */
  overall: number | null;
  categories: CategoryScore[];
  tips: Tip[];
  peakRisk: number;
  finalRisk: number;
  /** Trigger kinds seen in the chat with how many times each fired. */
  triggers: { kind: TriggerKind; count: number }[];
  pace: PaceStats;
  escalation: EscalationSummary;
}

export interface TriggerFeedbackNote {
  kind: TriggerKind;
  verdict: 'helpful' | 'not_right';
}

/**
 * What history keeps for one chat: the scorecard plus the agent's feedback on triggers.
 * Never holds draft text: only lines that were sent in the chat appear (as quotes).
 */
export interface CoachingRecord extends Scorecard {
  /** Record id: `${chatId}@${endedAt}` (a chat reopened later gets a second record). */
  id: string;
  version: 1;
  feedback: TriggerFeedbackNote[];
}
