import type { Message } from '../transcript/message';

/**
 * What the draft coach needs to know about the chat so far, kept incrementally: each new message
 * costs work proportional to that message, and a check on each keystroke reads a snapshot.
 */
export interface DraftChatContext {
  /** The customer raised a grievance the agent has not apologised for since. */
  grievanceOpen: boolean;
  /** Exact words of the latest unapologised grievance (for the hint's reason). */
  grievanceEvidence?: string;
  /** Agent turns sent since that grievance without an apology. */
  agentTurnsSinceGrievance: number;
  /** The customer asked for a manager/supervisor/human in this chat. */
  managerRequested: boolean;
  /** Playbook variables known from the chat. */
  vars: { customerName?: string; agentName?: string; orderId?: string };
  /** Time and role of the last customer/agent message (waiting-customer helper). */
  lastCustomerAt?: number;
  lastAgentAt?: number;
}

const GRIEVANCE = new RegExp(
  [
    '\\b(?:ridiculous|unacceptable|outrageous|absurd|joke|useless|pathetic|terrible|awful|horrible|worst|disgusting|scam|rip-?off)\\b',
    '\\b(?:angry|furious|livid|upset|frustrated|fed up|annoyed|disappointed|sick of|tired of)\\b',
    "\\b(?:broken|cracked|damaged|defective|faulty|wrong (?:item|size|order|colou?r)|missing|never (?:arrived|came|showed up)|didn't arrive|did not arrive|hasn't arrived|has not arrived|late|lost|charged (?:me )?twice|double charged|overcharged|still (?:not|no|waiting|broken|hasn't|haven't))\\b",
    '\\b(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time\\b',
    '\\b(?:waiting|waited) (?:for )?(?:\\d+|two|three|four|five|several|many) (?:days|weeks|hours)\\b',
    '\\bnobody (?:got back|called|answered|replied)\\b',
    '!{2,}',
  ].join('|'),
  'i',
);
/** "no problem", "not upset at all", "not late": the grievance word negated. */
const GRIEVANCE_NEGATED = /\b(?:not|no|never|wasn't|isn't|aren't)\s+(?:\w+\s+)?$/i;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|apology|regret (?:that|the)|my bad)\b/i;
const NON_APOLOGY = /\bsorry (?:you feel|if you feel|but that's|you think)\b|\bnot sorry\b/i;
const MANAGER_REQUEST =
  /\b(?:speak|talk|chat|escalate)\s+(?:\w+\s+){0,3}?(?:manager|supervisor|human|real person|someone (?:else|senior|higher))\b|\b(?:get|give|put|transfer)\s+(?:me\s+)?(?:\w+\s+){0,2}?(?:manager|supervisor)\b|\b(?:your|a|the)\s+(?:manager|supervisor|boss)\b(?=[^.!?]*(?:\?|now|please|!))/i;
const MANAGER_NEGATED = /\b(?:no need|don't need|do not need|not asking|don't want|do not want)\b[^.!?]*$/i;
const ORDER_ID = /(?:#\s?|\border\s+(?:number\s+|no\.?\s*|id\s+)?)([A-Z]{0,4}-?\d{4,})\b/i;

function grievanceIn(text: string): string | undefined {
  const m = GRIEVANCE.exec(text);
  if (!m) return undefined;
  if (GRIEVANCE_NEGATED.test(text.slice(Math.max(0, m.index - 24), m.index))) return undefined;
  return m[0];
}

export function isApology(text: string): boolean {
  return APOLOGY.test(text) && !NON_APOLOGY.test(text);
}

export interface DraftContextBuilder {
  add(message: Message): void;
  /** The current context. Cheap: returns the state kept so far. */
  context(): DraftChatContext;
}

export function createDraftContextBuilder(initialVars: DraftChatContext['vars'] = {}): DraftContextBuilder {
  const state: DraftChatContext = {
    grievanceOpen: false,
    agentTurnsSinceGrievance: 0,
    managerRequested: false,
    vars: { ...initialVars },
  };
  return {
    add(m) {
      if (m.role === 'customer') {
        const g = grievanceIn(m.text);
        if (g) {
          if (!state.grievanceOpen) state.agentTurnsSinceGrievance = 0;
          state.grievanceOpen = true;
          state.grievanceEvidence = g;
        }
        const ask = MANAGER_REQUEST.exec(m.text);
        if (ask && !MANAGER_NEGATED.test(m.text.slice(0, ask.index))) state.managerRequested = true;
        const order = ORDER_ID.exec(m.text);
        if (order?.[1] && !state.vars.orderId) state.vars.orderId = order[1];
        if (m.author && !state.vars.customerName) state.vars.customerName = m.author.split(/\s+/)[0];
        if (m.at !== undefined) state.lastCustomerAt = m.at;
      } else if (m.role === 'agent') {
        if (isApology(m.text)) {
          state.grievanceOpen = false;
          state.grievanceEvidence = undefined;
          state.agentTurnsSinceGrievance = 0;
        } else if (state.grievanceOpen) {
          state.agentTurnsSinceGrievance += 1;
        }
        if (m.author && !state.vars.agentName) state.vars.agentName = m.author.split(/\s+/)[0];
        if (m.at !== undefined) state.lastAgentAt = m.at;
      }
      // bot, system and internal notes neither raise grievances nor answer them.
    },
    context: () => ({ ...state, vars: { ...state.vars } }),
  };
}

/** Context for a whole transcript (CLI, tests). In the extension, feed the builder per message. */
export function draftChatContext(messages: readonly Message[], vars: DraftChatContext['vars'] = {}): DraftChatContext {
  const b = createDraftContextBuilder(vars);
  for (const m of messages) b.add(m);
  return b.context();
}
