import * as v from 'valibot';
import { CATEGORIES } from './types';

/**
 * Coaching tips as data. Each tip applies to one scorecard category at the given verdicts (and,
 * optionally, only when the chat had a given trigger), and carries a better phrasing for the line
 * that earned it. A team can add a pack of its own; `parseTipsPack` reports what is wrong with it.
 * Tone: private and constructive; an escalation done well is praised, never counted against.
 */
const TipTemplateSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.nonEmpty('tip id is empty')),
    category: v.picklist(CATEGORIES, 'category must be one of the scorecard categories'),
    tone: v.picklist(['try', 'praise'], "tone must be 'try' or 'praise'"),
    verdicts: v.pipe(
      v.array(v.picklist(['good', 'ok', 'improve'], "verdicts must be 'good', 'ok' or 'improve'")),
      v.minLength(1, 'list at least one verdict'),
    ),
    /** Only when the chat had this trigger kind (e.g. a violence threat gets its own advice). */
    whenTrigger: v.optional(v.pipe(v.string(), v.nonEmpty())),
    title: v.pipe(v.string(), v.nonEmpty('title is empty')),
    advice: v.pipe(v.string(), v.nonEmpty('advice is empty')),
    betterPhrasing: v.pipe(v.string(), v.nonEmpty('betterPhrasing is empty')),
    /** Higher wins when several tips fit the same category. */
    priority: v.optional(v.number(), 0),
  }),
  v.check(
    (t) => (t.tone === 'praise' ? t.verdicts.every((x) => x === 'good') : !t.verdicts.includes('good')),
    "a 'praise' tip applies only to 'good' verdicts and a 'try' tip never does",
  ),
);
export type TipTemplate = v.InferOutput<typeof TipTemplateSchema>;

const TipsPackSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.nonEmpty('pack id is empty')),
    tips: v.array(TipTemplateSchema),
  }),
  v.check((p) => new Set(p.tips.map((t) => t.id)).size === p.tips.length, 'tip ids must be unique'),
);
export type TipsPack = v.InferOutput<typeof TipsPackSchema>;

export type TipsPackResult = { ok: true; pack: TipsPack } | { ok: false; errors: string[] };

/** Validates a pack (built-in or a team's), with errors that name the tip and field. */
export function parseTipsPack(input: unknown): TipsPackResult {
  const result = v.safeParse(TipsPackSchema, input);
  if (result.success) return { ok: true, pack: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

const BUILT_IN = {
  id: 'tact-default-tips',
  tips: [
    // Apology
    {
      id: 'apology-missing',
      category: 'apology',
      tone: 'try',
      verdicts: ['improve'],
      title: 'Open with an apology when the customer is upset',
      advice: 'Own it before you fix it. One sincere line that names the problem makes the rest of your reply land.',
      betterPhrasing: "I'm really sorry this still isn't sorted — that's not the experience you should have had. Let me fix it now.",
    },
    {
      id: 'apology-late',
      category: 'apology',
      tone: 'try',
      verdicts: ['ok'],
      title: 'Apologise in your first reply, not later',
      advice: 'Your apology came, but after the customer had to push. Said at once, it stops the frustration from building.',
      betterPhrasing: "I'm sorry about this — let me look into it right away.",
    },
    {
      id: 'apology-prompt',
      category: 'apology',
      tone: 'praise',
      verdicts: ['good'],
      title: 'A prompt apology',
      advice: 'You apologised as soon as the customer complained. Keep opening like this.',
      betterPhrasing: "I'm sorry about this — let me put it right.",
      priority: -1,
    },
    // Empathy
    {
      id: 'empathy-missing',
      category: 'empathy',
      tone: 'try',
      verdicts: ['improve', 'ok'],
      title: 'Say what you heard before you solve it',
      advice: 'The customer was upset and the reply went straight to process. Naming the feeling first shows you are on their side.',
      betterPhrasing: "I can see how frustrating it is to still be waiting on this — I'd feel the same.",
    },
    {
      id: 'empathy-shown',
      category: 'empathy',
      tone: 'praise',
      verdicts: ['good'],
      title: 'You acknowledged how they felt',
      advice: 'Acknowledging the feeling before the fix is what calms a chat. Keep it.',
      betterPhrasing: 'I completely understand why this is frustrating.',
      priority: -2,
    },
    // Reasons behind a no / bare refusals
    {
      id: 'refusal-bare',
      category: 'no_bare_refusals',
      tone: 'try',
      verdicts: ['improve'],
      title: 'Never stop at "no": add the why and what you can do',
      advice: 'A bare no is one of the top reasons customers ask for a manager. Give the reason, then an alternative.',
      betterPhrasing:
        "I can't do that on this order because it's outside the 30-day return window, but I can offer a replacement or store credit — which would suit you better?",
      priority: 2,
    },
    {
      id: 'explanation-missing',
      category: 'explanations',
      tone: 'try',
      verdicts: ['improve', 'ok'],
      title: 'Give the reason behind every no',
      advice: 'Customers accept a no far more often when they hear why. One clause is enough.',
      betterPhrasing:
        "That isn't possible because the payment has already been sent to the bank; what I can do is flag it so the refund arrives in 3–5 working days.",
    },
    {
      id: 'explanation-given',
      category: 'explanations',
      tone: 'praise',
      verdicts: ['good'],
      title: 'You explained the why',
      advice: 'When the answer was no, you said why. That is what keeps a no from turning into an escalation.',
      betterPhrasing: "I can't change that because …, but here's what I can do: …",
      priority: -1,
    },
    // Manager access
    {
      id: 'manager-denied',
      category: 'manager_access',
      tone: 'try',
      verdicts: ['improve'],
      title: 'There is always someone to escalate to',
      advice: 'Saying there is no manager makes the customer dig in. Offer the handover and stay with them.',
      betterPhrasing: "Of course — I'll bring in my supervisor now, and I'll stay in the chat with you while they join.",
      priority: 3,
    },
    // Confidence
    {
      id: 'hedging',
      category: 'confidence',
      tone: 'try',
      verdicts: ['improve', 'ok'],
      title: 'Check, then answer plainly',
      advice: '"I think" and "maybe" on a factual answer make customers doubt it. Take a moment to check, then state it.',
      betterPhrasing:
        'Let me confirm that for you — one moment. … Your refund was issued today and will reach your card within 3–5 working days.',
    },
    // Escalation
    {
      id: 'escalation-violence',
      category: 'escalation',
      tone: 'try',
      verdicts: ['improve', 'ok'],
      whenTrigger: 'threat_violence',
      title: 'A threat of harm means stop and escalate',
      advice:
        "Your safety and others' come first. Do not argue or reason with the threat: hand over at once and follow the safety process.",
      betterPhrasing: "I'm going to bring in my supervisor now.",
      priority: 5,
    },
    {
      id: 'escalation-missed',
      category: 'escalation',
      tone: 'try',
      verdicts: ['improve'],
      title: 'Escalate at once when the customer insists or threatens',
      advice:
        'Once a customer asks again or threatens, more back-and-forth only raises the temperature. A quick handover is a good outcome.',
      betterPhrasing: "I understand — I'm bringing in my supervisor now, and I'll stay right here with you.",
      priority: 4,
    },
    {
      id: 'escalation-late',
      category: 'escalation',
      tone: 'try',
      verdicts: ['ok'],
      title: 'Hand over sooner once they insist',
      advice: 'You escalated, which was right, but the customer had to push for it. Offer the handover on the first insistence.',
      betterPhrasing: "Let me get my supervisor for you right now — I'll stay in the chat while they join.",
      priority: 1,
    },
    {
      id: 'escalation-done-well',
      category: 'escalation',
      tone: 'praise',
      verdicts: ['good'],
      title: 'Escalation done well',
      advice:
        'You brought in a supervisor without making the customer fight for it. That is a good outcome, not a failure — keep doing it.',
      betterPhrasing: "I'm bringing in my supervisor now, and I'll stay right here with you.",
      priority: 10,
    },
    // Pace
    {
      id: 'pace-holding-line',
      category: 'pace',
      tone: 'try',
      verdicts: ['improve', 'ok'],
      title: 'Send a holding line when you need time',
      advice: 'Long silences feel like being ignored. A quick line saying what you are doing and when you will be back buys patience.',
      betterPhrasing: "Thanks for waiting — I'm checking this with our warehouse now and will be back within 2 minutes.",
    },
    // Recovery
    {
      id: 'recovery-missed',
      category: 'recovery',
      tone: 'try',
      // Not 'ok': that verdict is a chat handed over while still hot, which was the right move.
      verdicts: ['improve'],
      title: 'When the heat rises: apologise, explain, offer a next step',
      advice: 'Risk peaked here and stayed high. The three moves that bring it down are an apology, the reason, and a concrete next step.',
      betterPhrasing: "I'm sorry — here's exactly what happened, and here's what I'll do next: …",
    },
    {
      id: 'recovery-won',
      category: 'recovery',
      tone: 'praise',
      verdicts: ['good'],
      title: 'You turned this chat around',
      advice: 'Risk fell after this line. Whatever you did here — own it, explain, offer a way forward — worked.',
      betterPhrasing: "I'm sorry for the trouble — here's what I've done to fix it.",
      priority: 8,
    },
  ],
};

function loadBuiltIn(): TipsPack {
  const parsed = parseTipsPack(BUILT_IN);
  // The built-in pack is ours and tested; a broken edit should fail loudly in development.
  if (!parsed.ok) throw new Error(`Built-in tips pack is invalid: ${parsed.errors.join('; ')}`);
  return parsed.pack;
}

export const DEFAULT_TIPS_PACK: TipsPack = loadBuiltIn();
