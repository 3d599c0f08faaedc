import * as v from 'valibot';
import { type PlaybookPack, PlaybookPackSchema, type Rephrasings, RephrasingsSchema } from './schema';

/**
 * Tact's default playbook (English). Good practice from the research behind Tact: apologise and
 * own it; explain the why behind a no and offer an alternative; never deny that a manager exists;
 * escalate at once when the customer insists or threatens; stay in the chat after handing over.
 * Steps per trigger are in order; a step with `when` is preferred when its combination holds.
 */
export const DEFAULT_PACK: PlaybookPack = v.parse(PlaybookPackSchema, {
  id: 'tact-default',
  name: 'Tact defaults',
  language: 'en',
  steps: [
    // Violence: the agent's safety first. Stop, do not argue, hand over now.
    {
      id: 'violence-handoff',
      trigger: 'threat_violence',
      action: 'handoff',
      tone: 'calm',
      text: 'Stop here and escalate to your supervisor now: open the handoff with the exact words quoted.',
    },
    {
      id: 'violence-boundary',
      trigger: 'threat_violence',
      tone: 'calm',
      text: "I'm not able to continue while there are threats of harm. I'm bringing in my supervisor now.",
    },
    // Abuse: set a boundary once, keep helping.
    {
      id: 'abuse-boundary',
      trigger: 'abuse',
      tone: 'calm',
      text: "I want to help you sort this out, and I can do that best if we keep it respectful. Here's what I can do right now: [next step].",
    },
    {
      id: 'abuse-handoff',
      trigger: 'abuse',
      action: 'handoff',
      text: 'If the insults continue, hand the chat to your supervisor with the quotes.',
      when: { minCount: 2 },
    },
    // Legal, regulator, chargeback: acknowledge, don't argue the merits, escalate.
    {
      id: 'legal-acknowledge',
      trigger: 'threat_legal',
      tone: 'calm',
      text: "I understand, {customerName}. I'm sorry it has come to this — I'm bringing in my supervisor now so the right person handles it, and I'll stay with you meanwhile.",
    },
    {
      id: 'legal-handoff',
      trigger: 'threat_legal',
      action: 'handoff',
      text: 'Escalate now: legal threats go to a supervisor. Do not discuss liability.',
    },
    {
      id: 'regulator-acknowledge',
      trigger: 'threat_regulator',
      tone: 'calm',
      text: "You're entitled to raise a complaint, and I'd like to fix this for you first. I'm bringing in my supervisor so we can resolve it properly today.",
    },
    {
      id: 'regulator-handoff',
      trigger: 'threat_regulator',
      action: 'handoff',
      text: 'Escalate now and note the regulator named in the handoff.',
    },
    {
      id: 'chargeback-resolve',
      trigger: 'threat_chargeback',
      tone: 'warm',
      text: "I'm sorry about the charge, {customerName}. Let me look at order {orderId} now — if it's wrong I can put the refund through directly, which is faster than a dispute.",
    },
    {
      id: 'chargeback-handoff',
      trigger: 'threat_chargeback',
      action: 'handoff',
      text: 'If you cannot refund it yourself, hand over to billing or your supervisor now.',
    },
    // Escalation requests: never deny a manager; on the second request, escalate at once.
    {
      id: 'escalation-second-handoff',
      trigger: 'repeated_escalation_request',
      action: 'handoff',
      text: 'The customer has asked more than once: open the handoff now.',
    },
    {
      id: 'escalation-second-line',
      trigger: 'repeated_escalation_request',
      tone: 'warm',
      text: "You're right, {customerName} — I'm bringing in my supervisor now. I'll stay with you in the chat until they join.",
    },
    {
      id: 'escalation-offer',
      trigger: 'escalation_request',
      tone: 'warm',
      text: "Of course, {customerName}. I'm getting my supervisor for you now, and I'll stay here with you until they join.",
    },
    {
      id: 'escalation-try-first',
      trigger: 'escalation_request',
      tone: 'warm',
      text: "I can get my supervisor for you. While I do, could you tell me what you'd like the outcome to be, so they have everything they need?",
    },
    { id: 'escalation-handoff', trigger: 'escalation_request', action: 'handoff', text: 'Open the handoff card with the summary.' },
    {
      id: 'escalation-stay',
      trigger: 'escalation_request',
      tone: 'warm',
      when: { escalationOffered: true },
      text: "My supervisor has the full details and will join shortly. I'm staying right here with you until they do.",
    },
    {
      id: 'denied-repair',
      trigger: 'agent_denies_escalation',
      tone: 'warm',
      text: "Let me correct myself: I can bring in my supervisor for you. I'm doing that now and I'll stay with you.",
    },
    {
      id: 'denied-handoff',
      trigger: 'agent_denies_escalation',
      action: 'handoff',
      text: 'Open the handoff: the customer asked for a supervisor.',
    },
    // Public and churn: own it, make it right, give a reason to stay.
    {
      id: 'public-own',
      trigger: 'threat_public',
      tone: 'warm',
      text: "I'm sorry, {customerName} — you shouldn't have had this experience. Let me put it right now: [next step].",
    },
    {
      id: 'public-handoff',
      trigger: 'threat_public',
      action: 'handoff',
      text: 'If you cannot resolve it now, hand over to your supervisor with the quotes.',
    },
    {
      id: 'churn-understand',
      trigger: 'threat_churn',
      tone: 'warm',
      text: "I'm sorry we've let you down, {customerName}. Before you decide, can I take one more look at what went wrong? I'd like to fix it.",
    },
    {
      id: 'churn-respect',
      trigger: 'threat_churn',
      tone: 'neutral',
      text: "If you still want to close the account, I'll do it straight away — no hoops. Is there anything I can fix first?",
    },
    // Frustration and missing apology: apologise, own it, give the next step.
    {
      id: 'apology-own',
      trigger: 'missing_apology',
      tone: 'warm',
      text: "I'm really sorry about this, {customerName} — that's not the experience you should have had. I'm on it now.",
    },
    {
      id: 'frustration-apology',
      trigger: 'frustration',
      tone: 'warm',
      when: { also: ['missing_apology'] },
      text: "I'm sorry, {customerName} — I should have said that sooner. You've had a frustrating time with this, and I'm going to sort it out now.",
    },
    {
      id: 'frustration-next',
      trigger: 'frustration',
      tone: 'warm',
      when: { also: ['missing_apology'] },
      text: "Here's exactly what I'm doing: [next step], and you'll hear back from me by [time].",
    },
    {
      id: 'frustration-empathy',
      trigger: 'frustration',
      tone: 'warm',
      text: "I'm sorry, {customerName} — I can see how frustrating this is. Let me take care of it for you now.",
    },
    {
      id: 'frustration-plan',
      trigger: 'frustration',
      tone: 'warm',
      text: "Here's what I'll do: [next step]. I'll confirm as soon as it's done.",
    },
    {
      id: 'repeat-contact-own',
      trigger: 'repeat_contact',
      tone: 'warm',
      text: "I'm sorry you've had to contact us again, {customerName}. I've read the history, so you don't need to repeat anything — I'll take it from here.",
    },
    {
      id: 'repeat-contact-commit',
      trigger: 'repeat_contact',
      tone: 'warm',
      text: "I'll stay with this until it's resolved and give you a clear answer by [time].",
    },
    // Agent-side habits.
    {
      id: 'bare-refusal-why',
      trigger: 'agent_bare_refusal',
      tone: 'neutral',
      text: "I can't do that one, because [reason] — but what I can do is [alternative].",
    },
    {
      id: 'hedging-confirm',
      trigger: 'agent_hedging',
      tone: 'neutral',
      text: "Let me confirm that for you, {customerName} — I'll check and come back to you in a few minutes.",
    },
    {
      id: 'blame-own',
      trigger: 'agent_blame',
      tone: 'warm',
      text: "Let me take care of this for you — here's what I'll do next: [next step].",
    },
  ],
});

/** Better phrasings for a flagged agent line (the draft coach's Replace). */
export const DEFAULT_REPHRASINGS: Rephrasings = v.parse(RephrasingsSchema, {
  agent_bare_refusal: ["I can't do that one, because [reason] — but what I can do is [alternative]."],
  bare_refusal: ["I can't do that one, because [reason] — but what I can do is [alternative]."],
  agent_denies_escalation: [
    "I understand, {customerName}. I'm bringing in my supervisor now and I'll stay with you in the chat until they join.",
  ],
  agent_hedging: [
    "Let me confirm that for you on order {orderId} — I'll check and message you back by [time].",
    "Let me confirm that for you — I'll check and message you back by [time].",
  ],
  hedge: ["Let me confirm that for you — I'll check and message you back by [time]."],
  agent_blame: ['Let me take care of this for you: [next step].'],
  missing_apology: ["I'm sorry about this, {customerName} — that's not the experience you should have had."],
});
