import * as v from 'valibot';
import { REASON_OR_ALTERNATIVE_EN } from '../detect/lexicon/en-reasons';

/**
 * English phrases for the draft coach's agent-side rules. Data, not code: each entry is a regular
 * expression source (case-insensitive, matched inside one sentence) so a team can extend it.
 * `unless` patterns, matched anywhere in the draft AFTER the finding (or in the same sentence),
 * are what make the line acceptable (a reason, an alternative, a commitment to confirm).
 */
export const DraftRuleSchema = v.object({
  kind: v.picklist(['agent_bare_refusal', 'agent_denies_escalation', 'agent_hedging', 'agent_blame']),
  /** Any of these in a sentence is a candidate finding; the match is the evidence. */
  patterns: v.pipe(v.array(v.string()), v.minLength(1)),
  /** A candidate is dropped when one of these occurs in the same sentence before the match (negation, quote, hypothetical). */
  negatedBy: v.optional(v.array(v.string()), []),
  /** A candidate is dropped when one of these occurs in the same sentence or later in the draft. */
  unless: v.optional(v.array(v.string()), []),
  /** Only flag when the customer asked for a manager in this chat. */
  needsManagerRequest: v.optional(v.boolean(), false),
  /** Questions are asked, not answered: skip sentences ending in "?". */
  skipQuestions: v.optional(v.boolean(), true),
  /** For hedges: how many matches in one sentence it takes (weak hedges need two). */
  minMatches: v.optional(v.number(), 1),
  reason: v.string(),
});
export type DraftRule = v.InferOutput<typeof DraftRuleSchema>;

const SERVICE_VERBS =
  '(?:do|refund|replace|cancel|change|help|offer|give|send|ship|issue|process|make|approve|extend|waive|honou?r|accept|exchange|return|reverse|override|expedite|credit|compensate|reimburse|reopen|upgrade|downgrade|transfer|escalate|speed|match|fix|allow|deliver|remove|adjust)';

/** A promise to find out: turns "I'm not sure" into honest, confident follow-through. */
const COMMITMENT = [
  "\\b(?:i'll|i will|let me|i'm going to|i am going to|we'll|we will)\\s+(?:\\w+\\s+){0,3}?(?:confirm|check|find out|verify|ask|look into|get back|message|update|follow up|double-check|call|email|e-mail|find|investigate|chase)",
];

/** Inside quotes, in a hypothetical or a report of someone else's words: not the agent's claim. */
const QUOTE_OR_HYPOTHETICAL = [
  '["“]',
  '\\bif\\b',
  '\\bwhether\\b',
  '\\bunless\\b',
  '\\bin case\\b',
  '\\b(?:you|they|someone|he|she) (?:said|told|asked|wrote)\\b',
];

export const DRAFT_RULES_EN: DraftRule[] = v.parse(v.array(DraftRuleSchema), [
  {
    kind: 'agent_denies_escalation',
    patterns: [
      "\\bthere(?:'s| is| are) (?:no|not a|not any) (?:manager|supervisor|one above me|team ?lead|boss|higher[- ]up)s?\\b(?! available)",
      "\\b(?:we|i) (?:don't|do not) have (?:a |any )?(?:manager|supervisor|boss)s?\\b",
      "\\b(?:there(?:'s| is)|i have) (?:no ?one|nobody) (?:above me|higher|else (?:you can|to) (?:talk|speak))",
      '\\bno ?one (?:is )?(?:above me|higher than me)\\b',
      "\\bi(?:'m| am) the (?:highest|most senior|only one|last (?:person|level))\\b",
      "\\b(?:you )?(?:can't|cannot|can not|won't be able to) (?:speak|talk) (?:to|with) (?:a |my |the )?(?:manager|supervisor)",
      "\\bi (?:can't|cannot|won't|will not|am not going to|refuse to) (?:transfer|escalate|pass|put) (?:you|this|the chat)?\\s?(?:through )?(?:to )?(?:a |my |the )?(?:manager|supervisor)?",
      '\\b(?:a |my |the )?(?:manager|supervisor)s? (?:would|will|can) (?:just )?(?:tell you|say) the same',
      "\\b(?:managers?|supervisors?) (?:don't|do not|never) (?:take|handle|do|answer) (?:chats|calls|customers)",
      "\\bescalating (?:this |it )?(?:won't|will not|wouldn't) (?:help|change)",
    ],
    negatedBy: QUOTE_OR_HYPOTHETICAL,
    // "I can't transfer chats directly, but I've booked a supervisor callback": a route to one.
    unless: [
      '\\b(?:but|however|so|instead)\\b[^.!?]*\\b(?:supervisor|manager|team ?lead)s?\\b(?! (?:would|will|can) (?:just )?(?:tell|say))',
    ],
    skipQuestions: true,
    reason: 'Denies the customer a supervisor. Saying no one is above you is what escalates a chat; offer the handoff.',
  },
  {
    kind: 'agent_denies_escalation',
    patterns: [
      '\\bno (?:manager|supervisor)s? (?:is |are )?available\\b',
      '\\bno need (?:for|to (?:involve|get|bring in)) (?:a |my |the )?(?:manager|supervisor)',
      '\\bi can (?:handle|deal with) (?:this|it) (?:myself|on my own)\\b',
    ],
    negatedBy: QUOTE_OR_HYPOTHETICAL,
    unless: COMMITMENT.concat([
      '\\b(?:call|ring|email|message) you back\\b',
      '\\bas soon as\\b',
      '\\bwithin\\b',
      '\\bby \\d',
      "\\bi(?:'ve| have) (?:asked|requested|flagged)",
    ]),
    needsManagerRequest: true,
    reason: 'The customer asked for a supervisor; this puts them off without a handoff or a callback time.',
  },
  {
    kind: 'agent_bare_refusal',
    patterns: [
      `\\b(?:i|we) (?:can't|cannot|can not|won't|will not|are not able to|aren't able to|am not able to|are unable to|am unable to|won't be able to|will not be able to) ${SERVICE_VERBS}\\b(?:[^.!?]{0,20}\\b(?:that|this|it|anything)\\b)?`,
      "\\b(?:that|this|it)(?:'s| is) (?:not possible|impossible|not something (?:i|we) (?:can |)(?:do|offer))\\b",
      "\\b(?:that|this|it)(?:'s| is) not going to happen\\b",
      "\\b(?:there(?:'s| is)) nothing (?:more |else )?(?:i|we) can do\\b",
      "\\bwe (?:don't|do not) (?:do|offer|allow|accept|give|provide|issue) (?:that|this|refunds|exchanges|returns|replacements|compensation|credits)\\b",
      '\\bno refunds?\\b(?! (?:needed|necessary|required))',
      '\\bthe answer is no\\b',
      '^no[.!]*$',
      "^no,? (?:sorry|we can't|i can't|that's not possible)\\b",
    ],
    negatedBy: QUOTE_OR_HYPOTHETICAL.concat(['\\bnot (?:saying|telling you)\\b', '\\bnot that\\b', '\\bnever said\\b']),
    // A reason or an alternative, as the detector judges a sent no.
    unless: REASON_OR_ALTERNATIVE_EN,
    reason: 'A no with no reason and no alternative. Say why, then what you can do.',
  },
  {
    kind: 'agent_hedging',
    patterns: [
      "\\bi(?:'m| am) not (?:really |100% |totally |entirely |quite )?(?:sure|certain)\\b(?! (?:if|whether) you\\b)",
      '\\bnot sure\\b(?! (?:if|whether) you\\b)',
      '\\bi (?:think|guess|suppose) (?:maybe|probably|possibly)\\b',
      '\\bi guess\\b',
      '\\b(?:i have )?no (?:idea|clue)\\b',
      "\\bi (?:don't|do not) (?:really )?know\\b(?! (?:if|whether) you\\b)",
      '\\byour guess is as good as mine\\b',
      '\\bhopefully\\b',
      '\\bmaybe,? probably\\b',
    ],
    negatedBy: ['["“]', "\\bdon't worry\\b"],
    unless: COMMITMENT,
    reason: 'Sounds unsure on a factual answer. Check first, or say when you will confirm.',
  },
  {
    kind: 'agent_hedging',
    patterns: [
      '\\bmaybe\\b',
      '\\bprobably\\b',
      '\\bpossibly\\b',
      '\\bi think\\b',
      '\\bmight\\b',
      '\\bperhaps\\b',
      '\\bi believe\\b',
      '\\bkind of\\b',
      '\\bsort of\\b',
    ],
    negatedBy: ['["“]'],
    unless: COMMITMENT,
    minMatches: 2,
    reason: 'Stacked hedges ("I think it might maybe…") sound unsure. State what you know, or when you will confirm.',
  },
  {
    kind: 'agent_blame',
    patterns: [
      "\\byou should(?: have|'ve) (?:read|checked|known|ordered|contacted|called|followed|kept|noticed|looked|listened|paid attention|cancell?ed|done|asked|updated|entered|told us)\\b",
      '\\bas i (?:already |just |have |previously )?(?:said|told you|explained|mentioned|stated)\\b',
      '\\blike i (?:already |just )?(?:said|told you|explained|mentioned)\\b',
      '\\bas (?:already |previously )?(?:stated|mentioned|explained) (?:before|earlier|previously|above|in (?:our|the) terms)\\b',
      "\\b(?:it's|it is|that's|that is|this is) (?:entirely |all |totally )?(?:your|the customer's) (?:fault|responsibility|problem|mistake)\\b",
      "\\b(?:not|isn't|is not) (?:our|my) (?:problem|fault|responsibility|concern)\\b",
      "\\byou (?:didn't|did not|failed to|never) (?:read|check|follow|look at|enter)\\b",
      '\\bread the (?:terms|policy|instructions|faq|fine print)\\b',
      '\\byou were supposed to\\b',
      "\\bthat's on you\\b",
      "\\byou (?:obviously|clearly) (?:didn't|did not|don't|do not|haven't)\\b",
      '\\bif you had (?:read|checked|followed|looked)\\b',
    ],
    negatedBy: ['["“]', "\\b(?:not|isn't|wasn't|never)\\s+(?:\\w+\\s+)?$"],
    skipQuestions: false,
    reason: 'Puts the blame on the customer. Own the next step instead.',
  },
]);
