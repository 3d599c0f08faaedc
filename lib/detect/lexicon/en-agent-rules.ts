import { REASON_OR_ALTERNATIVE_EN } from './en-reasons';
import type { LexiconRuleInput } from './schema';

/** The ways of saying no that both the bare-refusal cue and its trigger look for. */
const REFUSALS_EN: string[] = [
  "\\b(?:that|this|it)(?:'s| is)\\s+(?:not possible|impossible|not something (?:i|we) (?:can|could)? ?(?:do|offer|\\w+)|not an option|out of the question|not going to happen)\\b",
  "\\b(?:there(?:'s| is))\\s+nothing\\s+(?:more\\s+|else\\s+)?(?:i|we)\\s+can\\s+do\\b",
  "\\bwe\\s+(?:don't|do not)\\s+(?:do|offer|allow|accept|give|provide|issue|send|share|show|release|disclose|email|post|ship|refund|replace|exchange|cover|reimburse|reprint|remake|redo|reissue|resend|reship|rebook|reschedule|book)\\s+(?:that|this|refunds|exchanges|returns|replacements|compensation|credits|\\w+)\\b",
  "\\b(?:i'm|i am|we're|we are)\\s+(?:not able|unable)\\s+to\\s+(?:transfer|escalate|refund|cancel|change|help|offer|give|send|issue|process|approve|extend|waive|honou?r|accept|share|disclose|withdraw|remove|reverse|stop|pause|freeze|do (?:that|this))\\b|\\b(?:can't|cannot|can not) be (?:given|provided|shared|done|refunded|changed|issued|sent|released|disclosed|discussed|cancell?ed|transferred|reopened|reversed|reconsidered|rescheduled|rebooked|reviewed|rechecked|escalated|removed|waived|credited|adjusted|reprinted|replaced)\\b",
  '\\b(?:no refunds?(?! (?:requested|needed|required|necessary|due|was requested|asked for))|request (?:is )?(?:denied|rejected|declined)|(?:claim|refund|request) (?:has been |was |is )(?:denied|rejected|declined))\\b',
  '\\bthe answer is no\\b',
];

/**
 * The English lexicon's agent-side rules, in their own module so the content script (the draft
 * coach, which reads only the agent's reply) does not carry the customer rules.
 */
export const AGENT_RULES_EN: LexiconRuleInput[] = [
  // ─── agent: denies escalation ────────────────────────────────────────────────────────────
  {
    id: 'agent.denies-escalation',
    kind: 'agent_denies_escalation',
    role: 'agent',
    patterns: [
      // "There isn't anyone else you can speak to.", "The owner doesn't deal with bookings."
      "\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else you can (?:speak|talk) (?:to|with)\\b|\\bthe (?:owner|director|manager|supervisor) (?:doesn't|does not) (?:deal with|handle|take|do) (?:bookings|orders|refunds|cases|tickets|complaints|queries)\\b",
      // "There isn't a director you can speak to", "There isn't a data protection officer available to speak with."
      "\\bthere (?:isn't|is not) (?:a|an|any) (?:[\\w-]+ ){1,3}(?:you can (?:speak|talk) (?:to|with)|available to (?:speak|talk) (?:to|with))\\b",
      // "There is no chief I can transfer you to."
      "\\bthere(?:'s| is) no \\w+ (?:i|we) can (?:transfer|pass|put|escalate) (?:you|this|it) (?:through )?to\\b",
      // "We don't have account managers. I can help you here."
      "\\b(?:we|i)\\s+(?:don't|do not)\\s+have\\s+(?:a |any |dedicated |named )?(?:account|customer success|relationship|client) (?:managers?|reps?|representatives?)\\b",
      // "The duty manager is the most senior person on site today, there isn't anyone else."
      "\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else\\s*[.!]*\\s*$|\\bis the most senior (?:person|one|member of staff) (?:on site|here|on duty|available)\\b",
      // "As I said, there's no one I can transfer you to."
      "\\bthere(?:'s| is) (?:no ?one|nobody) (?:i|we) can (?:transfer|pass|put|escalate) (?:you|this|it) (?:through )?to\\b",
      // "There isn't anyone else to speak to, I handle all the customer queries.", "There is no senior manager available on this channel."
      "\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else (?:to (?:speak|talk) to|(?:i|we) can (?:pass|put|transfer) you to)\\b|\\bthere(?:'s| is) no (?:senior|duty|shift|area|regional) {MGR_STRICT}\\b(?! (?:available (?:right now|at the moment|now) but|who))",
      // "The salon staff report to head office but we don't pass customers on to them."
      "\\bwe (?:don't|do not) pass (?:customers|calls|chats|complaints|you|people) (?:on|up|through) to (?:them|head office|managers?|supervisors?|anyone)\\b",
      // "There isn't anyone above me for API tickets.", "I'm the only one on chat at the moment."
      "\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) (?:above|higher than|over) (?:me|us)\\b|\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) (?:more )?senior (?:on|in|at|here)\\b|\\bthe only (?:one|person|agent)(?<=\\bi(?:'m| am) the only \\w+) (?:on (?:chat|shift|duty)|here|working|available)\\b",
      // "I'm not able to transfer you to anyone else."
      "\\b(?:i'm|i am) (?:not able|unable) to (?:transfer|put|pass) you (?:through )?to (?:anyone|anybody|someone) else\\b",
      // "A supervisor wouldn't change anything."
      "\\b(?:a|the|my) (?:supervisor|manager|team ?leader|team lead) (?:wouldn't|would not|won't|will not|can't|cannot) (?:be able to )?change (?:anything|the decision|that|this)\\b",
      // "Escalation isn't something we do on chat."
      "\\bescalat(?:ion|ing)(?: (?:this|it|cases|chats))? (?:isn't|is not|aren't|are not) (?:something|what|a thing) (?:we|i) (?:do|offer|can do)\\b|\\bwe (?:don't|do not) escalate\\b",
      // "I've said there's nobody else."
      "\\bthere(?:'s| is) (?:no ?one|nobody) else\\s*[.!]",
      // "Supervisors follow the same policy, so they'd give you the same answer."
      '\\b{MGR_STRICT}s?\\s+(?:follow|apply|have|use|go by|work to|stick to)\\s+(?:the same|exactly the same)\\s+(?:policy|policies|rules|process|guidelines)\\b',
      "\\bthere(?:'s| is| are)\\s+(?:no|not a|not any)\\s+(?:{MGR_STRICT}|one above me|one higher|one else|body else|body above me)s?\\b(?!\\s+(?:available (?:right now|at the moment|now) but|who))",
      "\\bthere\\s+(?:isn't|is not|aren't|are not)\\s+(?:a|an|any)\\s+(?:(?:area|regional|duty|store|shift|branch|site|home) )?(?:{MGR_STRICT}|one above me)s?\\b(?!\\s+(?:available|on shift|online)\\s+(?:right now|at the moment|now|today))",
      "\\b(?:we|i)\\s+(?:don't|do not|dont)\\s+have\\s+(?:a |any )?(?:{MGR_STRICT}|one above me)s?\\b(?!\\s+(?:available|on shift|online) (?:right now|at the moment|now)[^.!?]*\\b(?:but|however|so)\\b)",
      "\\b(?:there(?:'s| is)|i have)\\s+(?:no ?one|nobody)\\s+(?:above me|higher|else (?:you can|to) (?:talk|speak)|to escalate (?:this |it |you |your \\w+ )?to|to transfer you to)",
      '\\bno ?(?:one|body)\\s+(?:is\\s+)?(?:above me|higher than me)\\b',
      "\\bi(?:'m| am)\\s+the\\s+(?:highest|most senior|only one (?:you can|who can)|last (?:person|level|line)|top)\\b",
      "\\b(?:you )?(?:can't|cannot|can not|won't be able to|are not able to|aren't able to)\\s+(?:speak|talk|chat)\\s+(?:to|with)\\s+(?:a |my |the |any )?{MGR_STRICT}",
      "\\bi(?:\\s+|(?='m))(?:can't|cannot|won't|will not|am not going to|refuse to|am not able to|am unable to|'m not able to|'m unable to)\\s+(?:transfer|escalate)\\b(?!\\s+(?:\\w+\\s+){0,3}?(?:until|unless|without|before)\\b)",
      "\\bi (?:can't|cannot|won't|will not|am not able to|'m not able to|am unable to|'m unable to) pass (?:this|it|your (?:\\w+ )?(?:complaint|request|case|message)) on\\b(?!\\s+to\\b)",
      "\\b\\w+ (?:doesn't|does not|don't|do not) (?:do|take|handle|deal with|answer) (?:chats|calls|phone calls|queries|questions|enquiries|complaints|customer (?:calls|chats)|individual (?:members|customers|cases|complaints))\\b",
      // pass / put / connect / hand: only with someone to pass to ("I won't pass on a message like that" is not a denial).
      "\\bi\\s+(?:can't|cannot|won't|will not|am not going to|refuse to|am not able to|am unable to)\\s+(?:pass|put|connect|hand)\\s+(?:you|this|the chat|your (?:case|chat|call))\\s+(?:through\\s+|over\\s+|on\\s+)?to\\s+(?:a |my |the )?(?:{MGR_STRICT}|anyone|someone else)",
      '\\b(?:a |my |the )?{MGR_STRICT}s?\\s+(?:would|will|can|is going to)\\s+(?:just\\s+|only\\s+)?(?:tell you|say|give you)\\s+(?:the same|exactly the same)',
      "\\b(?:{MGR_STRICT}s?)\\s+(?:don't|do not|doesn't|does not|never)\\s+(?:take|handle|do|answer|speak to|talk to|join|deal with)\\s+(?:\\w+ )?(?:chats|calls|customers|queries|questions|complaints|enquiries|members)",
      "\\bi(?:'m| am) all (?:you(?:'ve| have)? got|you get|there is)\\b",
      "\\bescalating\\s+(?:this\\s+|it\\s+)?(?:won't|will not|wouldn't)\\s+(?:help|change)",
      "\\b(?:no need|there's no need|not necessary)\\s+(?:for|to (?:involve|get|bring in|speak to|talk to))\\s+(?:a |my |the )?{MGR_STRICT}",
      "\\b(?:escalation|escalating) (?:is not|isn't) (?:possible|an option)\\b",
      "\\bthere (?:isn't|is not) (?:anyone|anybody|one) (?:else )?to escalate (?:this |it )?to\\b",
      "\\bi (?:can't|cannot|am unable to|'m unable to|am not able to) (?:connect|transfer|put) you (?:to|through to) (?:an? )?(?:agent|human|person|representative|advisor|adviser|someone)\\b",
      // "There isn't anyone to transfer you to", "there's nobody else to pass this to".
      "\\bthere(?:'s| is|'s not| is not| isn't) (?:no ?one|nobody|anyone|anybody) (?:else )?to (?:transfer|pass|hand|put|send|escalate) (?:you|this|it|the chat|your \\w+)(?: over| through| on)? to\\b",
      // "there's nobody else, im the only support for this".
      "\\bthere(?:'s| is) (?:no ?one|nobody) else\\s*[,;]\\s*(?:i'm|im|i am) the only\\b",
      // "There's nobody who can approve that", "There isn't anyone else on this chat who can help".
      "\\bthere(?:'s| is) (?:nobody|no ?one) (?:else )?(?:who|that) can (?:approve|authorise|authorize|sign off|override|change|help with) (?:that|this|it)\\b|\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else (?:on this (?:chat|team)\\s+|here\\s+)?(?:who|that) can help\\b",
      // "They'd tell you the same, there's no point transferring you".
      "\\bthere(?:'s| is) no point (?:in )?(?:transferring|passing|escalating|putting) (?:you|this|it)\\b|\\b(?:they|he|she)(?:'d| would) (?:just )?tell you the same\\b",
      // "Like I said, nobody else can help with this.", "There isn't anyone else, I'm afraid", "There isn't anyone else available on chat."
      "\\b(?:nobody|no one|no-one) else (?:can|could|is able to) help (?:you )?with (?:this|that|it)\\b|\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else\\s*[,;]|\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else available\\b",
      // "Nobody else is going to change the grade."
      '\\b(?:nobody|no one|no-one) else (?:is going to|will|would|can|could) change (?:the|your|this|that|it)\\b',
      // "There isn't anyone else on chat today, it's just me."
      "\\bthere (?:isn't|is not|'s not) (?:anyone|anybody) else on (?:chat|shift|duty|here)\\b",
    ],
    // "I can't transfer you." on its own: team leads read it as a bare no (3 of 4 judged lines), not a denial that anyone is above.
    exceptAfter: ['\\s+you\\s*[.!]*\\s*$'],
    hypotheticalCancels: true,
    unless: [
      // "I can't transfer chats. If you want to make a complaint you can phone the helpline on 0800…": another door.
      '\\byou can (?:phone|call|ring|email|e-mail|write to|contact)\\b',
      '\\b(?:but|however|so|instead)\\b[^.!?]*\\b(?:supervisor|manager|team ?lead|callback|call back|arrange|book|request|ticket)\\b(?![^.!?]*(?:would|will|can) (?:just )?(?:tell|say))',
      "\\b(?:i'll|i will|let me|i can|i'm going to)\\s+(?:\\w+\\s+){0,2}(?:arrange|book|request|schedule|ask|get)\\s+(?:\\w+\\s+){0,3}(?:callback|call back|supervisor|manager)",
      // "…but I've marked the case urgent and the damage team will email you": another route up.
      '\\b(?:but|however|so|instead)\\b[^.!?]*\\b(?:urgent|priority|escalat\\w*|(?:team|colleague|specialist|senior)\\s+(?:\\w+\\s+)?(?:will|is going to)\\s+(?:email|call|contact|review|look))',
      // "I can't transfer chats to the DPO. What I can do is mark your request urgent.": another way up.
      '\\bwhat (?:i|we) can do is\\b',
      // "I can't transfer chats, but I can open a formal review of the decision": a route up by another door.
      "\\b(?:but|however|instead)\\b,? (?:i|we) (?:can|will|'ll|could) (?:\\w+ )?(?:open|raise|start|log|lodge|file|submit|request|put in) (?:a |an )?(?:formal |priority |urgent )?(?:review|appeal|complaint|escalation|priority ticket|ticket|case)\\b",
    ],
  },
  // ─── agent: bare refusal ─────────────────────────────────────────────────────────────────
  {
    id: 'agent.bare-refusal',
    kind: 'bare_refusal',
    role: 'agent',
    unless: [
      // "We won't send any more letters in her name": a promise to stop, not a refusal.
      "\\b(?:won't|will not|wont) (?:send|contact|call|email|charge|bill|write to|chase) (?:you |her |him |them )?(?:any (?:more|further)|anymore|again)\\b",
      // "we can't accept threats and this chat may be reviewed": a warning, not a no.
      "\\b(?:can't|cannot|won't|will not) (?:accept|tolerate) (?:threats|abuse|abusive language|that language|language like that)\\b",
    ],
    patterns: [
      "\\b(?:i|we)(?:\\s+|(?='m|'re))(?:can't|cannot|can not|cant|won't|will not|are not able to|aren't able to|am not able to|are unable to|am unable to|'m not able to|'m unable to|'re not able to|'re unable to|won't be able to|will not be able to|do not|don't)\\s+(?:do|refund|replace|cancel|change|help|offer|give|send|move|bring forward|stop|ship|issue|process|make|approve|extend|waive|honou?r|accept|exchange|return|reverse|override|expedite|credit|compensate|reimburse|reopen|upgrade|downgrade|speed|match|fix|allow|deliver|remove|adjust|provide|rush|reprint|reship|resend|redo|guarantee|share|disclose|reveal|reschedule|rebook|reinstate|reconsider|recheck|re-check|reassess|transfer you|move you|rebook you|put you on|put you through|put (?:the|your|it|this) (?:\\w+ )?on hold|withdraw|pause|freeze|contact|chase|escalate (?:this|it|your \\w+))\\b(?:[^.!?]{0,30}?\\b(?:that|this|it|anything|refunds?|exchanges?|returns?|that for you)\\b)?",
      ...REFUSALS_EN,
      "^\\s*(?:no|nope|nah|negative|no way|absolutely not|definitely not|certainly not|of course not|not really|not at all|no thanks|no thank you|no,? (?:sorry|that's (?:wrong|not (?:right|true|correct)))|that's (?:not|in)correct|that is (?:not|in)correct|incorrect|wrong|not true|false|that's wrong|that's not right|that is not right|not correct|(?:i )?(?:don't|do not) think so|i disagree|no it (?:isn't|is not|wasn't)|nope,? (?:sorry|not))\\s*[.!,]*\\s*$",
      // A short line that says no or "that's wrong" (at most 12 words).
      "^(?=(?:\\S+\\s+){0,11}\\S+\\s*$)[^?]*?\\b(?:false|untrue|falsehood|incorrect|wrong|not (?:true|right|correct|the case|it|that|proper|accurate)|(?:isn't|is not|isnt|aren't) (?:right|correct|true|the case|accurate)|negative|(?:it's|that's|is|that is) a no|say no|answer (?:to that )?is (?:no|false)|i disagree|prefer not|rather not|no thanks|please,? no|no,? (?:don't|do not))\\b",
      "^\\s*(?:no|nope|nah)\\b[,.!]?\\s+(?:(?:that's|that is|it's|it is|this is)\\s+(?:not|wrong|incorrect)|i (?:don't|do not|didn't|did not)|it (?:doesn't|does not|isn't|wasn't)|not (?:that|this|right|true|correct|really)|wrong|thanks|thank you|sorry)\\b[^.!?]{0,40}[.!]?\\s*$",
    ],
    hypotheticalCancels: true,
  },
  {
    id: 'agent.bare-refusal.trigger',
    kind: 'agent_bare_refusal',
    role: 'agent',
    patterns: [
      // "Damage during a job is between you and the pro. We don't get involved.", "That's the process." after a fact, "The result stands."
      "(?:^|[.!?]\\s+)we (?:don't|do not) get involved\\s*[.!]*\\s*$|(?:^|[.!?]\\s+)(?:that's|that is|this is) (?:just )?(?:the|our) (?:process|policy|procedure)\\s*[.!]*\\s*$|(?:^|[.!?]\\s+|\\band )(?:the|your|this|that) (?:result|results|grade|mark|score|verdict|decision|outcome) (?:stands|is final)\\s*[.!]*\\s*$",
      // "That's a customs matter.": the end of the line, with nothing after it.
      "(?:^|[.!?]\\s+)(?:that's|that is|it's|it is|this is) (?:a|an) [\\w-]+ (?:matter|issue|problem|question)\\s*[.!]*\\s*$",
      // "I can't add that.", "We can't search by token.": the whole reply.
      "^\\s*(?:sorry,?\\s+)?(?:i|we) (?:can't|cannot|can not) (?:add|search|look up|find|see|access|change|include|remove|extend|do|check|track) (?:that|this|it|(?:by|for|with|on) [\\w ]{1,20})\\s*[.!]*\\s*$",
      // "That's not a bug.", "It's working as designed.", "Hi, bans for cheating are final.": the end of the line, with no reason.
      "(?:^|[.!?]\\s+)(?:that's|that is|it's|it is|this is) (?:not a bug|working as (?:designed|intended|expected))\\s*[.!]*\\s*$|\\b(?:bans|suspensions|sales|refund decisions)(?: (?:for|on) [^.!?,]{1,30})? are final\\s*[.!]*\\s*$",
      // "We can't tell you that.", "No, the job can't be put on hold."
      "^\\s*(?:sorry,?\\s+)?(?:i|we) (?:can't|cannot|can not) (?:tell|say|share|disclose) (?:you )?(?:that|this)\\s*[.!]*\\s*$|^\\s*(?:no,?\\s+)?(?:sorry,?\\s+)?(?:the|your|this|that) \\w+ (?:can't|cannot|can not|won't) be (?:put on hold|paused|cancell?ed|moved|changed|refunded|reversed|waived|delayed|postponed)\\s*[.!]*\\s*$",
      // "We don't transfer chats.", "Sorry, no returns."
      "^\\s*(?:sorry,?\\s+)?we (?:don't|do not|can't|cannot) (?:transfer|escalate|pass on) (?:chats|calls|cases|messages)\\s*[.!]*\\s*$|^\\s*(?:sorry,?\\s+)?no (?:returns|refunds|exchanges|cancellations)\\s*[.!]*\\s*$",
      // "Not my team.", "I can't comment on that.", "The increase is correct."
      "^\\s*(?:sorry,?\\s+)?(?:not my (?:team|department|area|job|problem|remit)|that's not (?:my|our) (?:team|department|area|remit))\\s*[.!]*\\s*$|^\\s*(?:i|we) (?:can't|cannot|can not|'m unable to|am unable to|'re unable to) comment(?: on (?:that|this|it|individual (?:cases|units|accounts|bookings|orders|claims|customers|sites|chargers|stores)))?\\s*[.!]*\\s*$|(?:^|[.!?]\\s+)the (?:increase|rent|price|figure|calculation|reading|charge|amount|bill|fee) (?:is|was) (?:correct|right|accurate)\\s*[.!]*\\s*$",
      // "No, I can't arrange that.", "I can see the readings now. I'm unable to re-issue the bill.": the no is the message's last sentence, with nothing after it.
      "(?:^|[.!?]\\s+)(?:no,?\\s+)?(?:sorry,?\\s+)?(?:i|we)(?:\\s+|(?='m|'re))(?:can't|cannot|can not|'m unable to|am unable to|'re unable to|are unable to|'m not able to|am not able to) (?:arrange|re-?issue|reissue|organi[sz]e|authori[sz]e|approve) (?:that|this|it|the \\w+|a \\w+|one)\\s*[.!]*\\s*$",
      // "The system won't let me see form uploads.", "No, that's our policy.", "There's nothing I can do to speed that up."
      "\\b(?:the|our) system (?:won't|will not|doesn't|does not) (?:let|allow) me\\b|^\\s*no,? (?:that's|that is|it's|it is) (?:our|the|company) policy\\s*[.!]*\\s*$|\\bthere(?:'s| is) nothing (?:(?:more|else|further) )?(?:i|we) can do to (?:speed|hurry|change|fix)\\b",
      // "You can't appeal a safety deactivation.", "I've seen it. The claim can't go ahead."
      "(?:^|[.!?]\\s+)(?:you|the (?:\\w+ )?(?:claim|request|refund|appeal|decision|booking|order|return|exchange|ban|suspension|deactivation|charge|fee)|it|this|that) (?:can't|cannot|can not) (?:go ahead|proceed|be (?:appealed|overturned|reversed|changed|refunded|reopened|undone)|appeal (?:this|that|it|a|an|the)\\b[^.!?]{0,40})\\s*[.!]*\\s*$",
      // "I can't confirm that."
      "^\\s*(?:i|we) (?:can't|cannot|can not) confirm (?:that|this)\\s*[.!]*\\s*$",
      // "Refunds aren't something I can do.", "I can't authorise a replacement van from here."
      "^\\s*(?:refunds?|that|this|it|exchanges?|returns?|cancellations?|compensation) (?:aren't|isn't|is not|are not) something (?:i|we) can (?:do|offer|help with|process)\\s*[.!]?\\s*$",
      "^\\s*(?:i|we) (?:can't|cannot|can not) (?:authori[sz]e|approve|arrange|sign off) (?:a|an|the|any) [^.!?]{1,40}\\s*[.!]?\\s*$",
      // "That won't be possible."
      "^\\s*(?:no,?\\s+)?(?:sorry,?\\s+)?(?:that|it|this) (?:won't|will not) be possible\\s*[.!]*\\s*$",
      // "No, the fee still has to be paid."
      '^\\s*no,? (?:the|your|this|that) (?:fee|charge|payment|balance|bill|amount|fine|invoice) (?:still )?(?:has|have|needs?) to be paid\\s*[.!]?\\s*$',
      // "I can't tell you when it'll be done."
      "^\\s*(?:sorry,? )?(?:i|we) (?:can't|cannot|can not|'m unable to|am unable to|'re unable to) (?:tell|give) you (?:when|a date|a time|an? (?:eta|timeframe|time ?frame|estimate))\\b[^.!?]*[.!]?\\s*$",
      // "Refunds of overpayments are not processed through chat." and nothing more: sent away with nowhere to go.
      '\\b(?:refunds?|requests?|claims?|complaints?|changes?|cancell?ations?|payments?|returns?|those|these|that|this|it)\\b(?: of \\w+)? (?:are|is) not (?:processed|handled|dealt with|done|accepted|available) (?:through|via|on|over|in|by) (?:chat|live chat|this chat|the chat|here)\\s*[.!]*\\s*$',
      // "That's how the system is set up."
      "\\bthat's (?:just )?how the system (?:is set up|works)(?:,? i'm afraid)?\\s*[.!]*\\s*$|^\\s*(?:that's|that is) (?:just )?(?:the|our) (?:process|procedure|policy)(?:,? i'm afraid)?\\s*[.!]*\\s*$",
      // "Hi Dimitri, the insurer has declined the claim."
      '\\b(?:has|have) (?:declined|rejected|refused|denied) (?:the|your|this) (?:claim|request|refund|application|appeal)\\s*[.!]*\\s*$',
      // "Malicious damage by tenants is excluded.": the policy alone, with nothing after it.
      "\\b(?:is|are) (?:excluded|not covered)\\s*[.!]*\\s*$|\\b(?:that|it|this|which)'s (?:excluded|not covered)\\s*[.!]*\\s*$|\\b(?:isn't|aren't) covered\\s*[.!]*\\s*$",
      // "Refund cannot be processed at this time."
      "\\b(?:refunds?|returns?|exchanges?|requests?|claims?|orders?|bookings?|tickets?|bills?|payments?|fees?|accounts?|it|this|that)\\s+(?:cannot|can't|can not|won't|will not)\\s+be\\s+(?:processed|issued|approved|accepted|refunded|given|honou?red|done|cancell?ed|reinstated|reopened|restored|reversed|amended|transferred|put on hold|paused|frozen|waived|deferred|split|re-?processed|reconsidered|backdated|removed|reduced)\\b",
      // "We can't take maintenance requests on chat." (not "we won't take any recovery action": that is good news).
      "\\b(?:i|we)\\s+(?:can't|cannot|can not|are not able to|aren't able to|are unable to)\\s+(?:take|accept)\\s+(?:\\w+\\s+){0,2}?(?:requests?|bookings?|orders?|payments?|returns?|complaints?|calls?|cash|cards?|cheques?|claims?)\\b",
      // "We don't pay other taxi fares." (a reason or an alternative still makes it a good no: see `unless`).
      "\\b(?:we|i)\\s+(?:don't|do not|dont)\\s+(?:pay (?:for )?|refund|reimburse|compensate (?:for )?|give refunds|do refunds|repair|replace|exchange)\\b",
      "\\b(?:i|we)(?:\\s+|(?='m|'re))(?:still\\s+)?(?:can't|cannot|can not|cant|won't|will not|are not able to|aren't able to|am not able to|are unable to|am unable to|'m not able to|'m unable to|'re not able to|'re unable to|won't be able to|will not be able to)\\s+(?:do|refund|replace|cancel|change|help|offer|give|send|move|bring forward|stop|ship|issue|process|make|approve|extend|waive|honou?r|accept|exchange|return|reverse|override|expedite|credit|compensate|reimburse|reopen|upgrade|downgrade|speed|match|fix|allow|deliver|remove|adjust|provide|rush|reprint|reship|resend|redo|guarantee|share|disclose|reveal|reschedule|rebook|reinstate|reconsider|recheck|re-check|reassess|transfer you|move you|rebook you|put you on|put you through|put (?:the|your|it|this) (?:\\w+ )?on hold|withdraw|pause|freeze|contact|chase|escalate (?:this|it|your \\w+))\\b(?:[^.!?]{0,30}?\\b(?:that|this|it|anything|refunds?|exchanges?|returns?|that for you)\\b)?",
      ...REFUSALS_EN,
      '\\b(?:is|are)\\s+(?:strictly\\s+)?non-?refundable\\b',
      '(?:^|[.!?]\\s+)you (?:just )?(?:need|have|will need) to wait\\s*[.!](?=\\s|$)',
      "^\\s*(?:i |we )?(?:can't|cannot|won't) do that\\s*[.!]*\\s*$",
      "\\b\\w+ (?:isn't|is not|aren't|are not) available (?:for|on|with) (?:re-?\\w+|this|that|these|those|your \\w+)\\b",
      "\\b(?:we|i)\\s+(?:won't|will not|wont|are not|aren't|am not|'re not|'m not)\\s+(?:be\\s+|going to be\\s+)?(?:refunding|replacing|offering|issuing|waiving|covering|compensating|changing|reversing|accepting|honou?ring|crediting)\\b|\\b(?:the|our|this|that|my) (?:decision|deduction|charge|fee|fine|penalty|outcome|assessment|ruling|rejection|fare|price|amount|bill|answer|offer|settlement|valuation|quote|position|[£$€]\\d[\\d,.]*)(?: on [^.!?,]{1,30})? (?:stands|is final|remains)\\b|\\b(?:the|both|all|these|those) (?:invoices|charges|fees|fines|bills|amounts|payments) (?:stand|are final|remain)\\b|(?:^|[.!?]\\s+)(?:the|both|all|these|those|this|that) (?:\\w+ )?(?:invoices?|charges?|fees?|fines?|bills?|amounts?|payments?) (?:is|are) (?:valid|correct)(?: (?:on|in|according to) our (?:system|records))?\\s*[.!]*\\s*$|\\bthat's just (?:how it is|the way it is|how it works)\\b|\\bi (?:don't|do not) make the rules\\b",
      "\\b(?:refunds?|exchanges?|returns?|replacements?|compensation|credits?|that|this|it)(?:\\s+(?:over|for|after|beyond|older than|of|on) [^.!?]{1,20}?)?\\s+(?:is|are|isn't|aren't)\\s+(?:not\\s+)?(?:available|possible|allowed|permitted|an option)\\b(?<=(?:not|n't)\\s+(?:available|possible|allowed|permitted|an option))",
      // A lone "No." answers a question as often as it refuses one: only the cue records it.
      '^\\s*(?:no way|absolutely not|not possible|not happening)\\s*[.!]*\\s*$',
      // "Can't extend that one.", "cant share that": the whole reply, no subject, no reason.
      "^\\s*(?:sorry,?\\s+)?(?:can't|cant|cannot) (?:add|extend|share|change|do|move|refund|reapply|re-apply|apply|give|offer|honou?r|waive|transfer|reopen|reinstate|tell you|say|disclose) (?:that|this|it)(?: one| either| for you)?\\s*[.!]*\\s*$",
      // "The discount can't be reapplied."
      "^\\s*(?:no,?\\s+)?(?:sorry,?\\s+)?(?:the|your|this|that) \\w+ (?:can't|cannot|can not|won't) be (?:re-?applied|reinstated|reissued|restored|extended|added|applied|transferred|backdated|matched|honou?red|reopened|reactivated|undone)\\s*[.!]*\\s*$",
      // "Express courier isn't available." as the whole reply.
      "^\\s*(?:no,?\\s+)?(?:sorry,?\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){1,3}(?:isn't|is not|aren't|are not) (?:available|an option|possible)\\s*[.!]*\\s*$",
    ],
    hypotheticalCancels: true,
    // A reason or an alternative makes it a good no; "We won't send any more letters in her name" is a promise to stop.
    unless: [
      ...REASON_OR_ALTERNATIVE_EN,
      // "we can't accept threats and this chat may be reviewed": a warning, not a no.
      "\\b(?:can't|cannot|won't|will not) (?:accept|tolerate) (?:threats|abuse|abusive language|that language|language like that)\\b",
      "\\b(?:won't|will not|wont) (?:send|contact|call|email|charge|bill|write to|chase) (?:you |her |him |them )?(?:any (?:more|further)|anymore|again)\\b",
    ],
  },
  // ─── agent: hedging ──────────────────────────────────────────────────────────────────────
  {
    id: 'agent.hedge',
    kind: 'hedge',
    role: 'agent',
    negatable: false,
    patterns: [
      "\\b(?:i(?:'m| am)\\s+)?not\\s+(?:really\\s+|100%\\s+|totally\\s+|entirely\\s+|quite\\s+|completely\\s+|too\\s+|so\\s+)?(?:sure|certain|positive)\\b(?!\\s+(?:if|whether)\\s+you\\b)",
      '\\bi (?:think|guess|suppose|reckon|believe)\\s+(?:maybe|probably|possibly|so|it might|it could|it may)\\b',
      '\\bi (?:guess|suppose|reckon)\\b',
      "\\b(?:no idea|no clue|not a clue|who knows|hard to say|hard to tell|difficult to say|can't say for sure|cannot say for sure|not that i know of|beats me|your guess is as good as mine|not sure|unsure|uncertain|undecided|it depends|depends|hopefully|possibly|perhaps|maybe|probably|might be|might|could be|may be|(?<!(?:what|right|the|which|any|this|that|same|some|a) )kind of|(?<!(?:what|right|the|which|any|this|that|same|some|a) )sort of|kinda|sorta|more or less|i think so|i believe so|likely|unlikely|somewhat|in theory|theoretically|potentially|presumably|supposedly|conceivably|chances are|there is a chance|there's a chance|not necessarily|i would assume|i assume|i imagine|as far as i know|afaik|i'm not positive|i cannot confirm|can't confirm|(?:i )?(?:really |just |honestly |simply )?(?:don't|dont|do not) (?:really )?know|dunno|idk|(?:i )?(?:don't|dont|do not) have (?:a|any|the (?:slightest|faintest|foggiest)) (?:clue|idea)|(?:i )?haven't (?:a|the (?:slightest|faintest|foggiest))(?: clue| idea)?|not (?:\\w+ )?(?:confident|to sure|too sure|certain)|(?:i )?(?:can't|cant|cannot|couldn't|could not|am unable to|am not able to|'m unable to) (?:really )?(?:say|tell you|answer that|decide|make up my mind|give you an answer)|drawing a blank|unaware|(?:i )?(?:don't|do not) have (?:an answer|that information|the answer)|(?:either|both) (?:one|of them|would work|is fine|works)|one or the other|hmm+|i'll have to think|have to think about it|will know later|not certain|either way|50/50|fifty[- ]fifty|iffy|on the fence|torn|possibility|probability|if i had to guess|my best guess|best guess|roughly|i think)\\b",
    ],
    unless: [],
  },
  {
    id: 'agent.hedging.trigger',
    kind: 'agent_hedging',
    role: 'agent',
    negatable: false,
    // "Maybe you took it already and forgot?": a guess about the customer is blame, not hedging.
    exceptAfter: [
      '^\\s+(?:\\w+\\s+)?(?:took|collected|forgot|deleted|moved|lost|threw|misplaced|missed|entered|typed|picked|dropped|broke)\\b',
    ],
    patterns: [
      // "They might still come.": hope in place of a check.
      '(?:^|[.!?]\\s+)(?:they|it|he|she) (?:might|may) still (?:come|arrive|turn up|show up)\\s*[.!]*\\s*$',
      // "It could be on a van or at the depot."
      '\\b(?:it|they|that|this) (?:could|might|may) be (?:on|at|in|with) [^.!?]{1,30}? or (?:on |at |in |with )?(?:the|a|an|our|your)\\b',
      // "so maybe they would know".
      '\\b(?:maybe|perhaps|possibly) (?:they|someone|somebody|the \\w+(?: \\w+)?) (?:would|will|might|could|may) know\\b',
      // "should be here in the next few weeks", "Adjustments should be within 28 days normally."
      '\\bshould be (?:here|there|with you|fixed|done|sorted|back|on|working) (?:in|within) the next (?:few|couple of) (?:days|weeks)\\b|\\bshould be within \\d+ (?:working )?days,? (?:normally|usually|typically)\\b',
      // "should be fine I think, most desks do it", "Probably, can't say for sure."
      "\\bshould be (?:fine|ok(?:ay)?|alright|good|there|ready|sorted)\\s*,?\\s*i (?:think|guess|reckon|hope)\\b|\\b(?:can't|cannot|couldn't) (?:say|tell you|be) (?:for )?(?:sure|certain)\\b",
      "\\bi(?:'m| am)\\s+not\\s+(?:really\\s+|100%\\s+|totally\\s+|entirely\\s+|quite\\s+)?(?:sure|certain)\\b(?!\\s+(?:if|whether)\\s+you\\b)",
      '\\bnot sure\\b(?!\\s+(?:if|whether)\\s+you\\b)',
      '\\bi (?:think|guess|suppose) (?:maybe|probably|possibly)\\b',
      '\\bi guess\\b',
      '\\b(?:i have\\s+)?no (?:idea|clue)\\b',
      "\\bi (?:don't|do not) (?:really )?know\\b(?!\\s+(?:if|whether) you\\b)",
      '\\byour guess is as good as mine\\b',
      '\\bmaybe,? probably\\b',
      '\\b(?:i think|probably|maybe|might|perhaps|possibly|could be)\\b[^.!?]{0,40}\\b(?:maybe|probably|might|perhaps|possibly|not sure|may not|may be|eventually|sometimes|a while|i think|i guess)\\b',
      "(?:^|[.!?]\\s+)(?:probably|maybe|perhaps|possibly),?\\s+(?:it|it'll|that|they|you|we|the)\\b",
      '\\b(?:hard|difficult|impossible) to say\\b',
      '\\b(?:soon|later|tomorrow|today|shortly|this week) i (?:think|guess|believe|hope)\\s*[.!]?\\s*$',
      "\\b(?:it )?(?:should|will|it'll|'ll) probably\\b|\\bi (?:can't|cannot) promise (?:anything|you anything)\\b",
      // Guessing aloud: "It might be that the records are being reviewed", "a few more days, probably."
      '\\bit (?:might|may|could) be that\\b|,\\s*(?:probably|maybe|perhaps|possibly|i think|i guess)\\s*[.!]?\\s*$',
    ],
    unless: [
      // "I can pass it to the bookings team to review, but I can't promise anything": a route offered.
      "\\b(?:i can|i'll|i will|let me) (?:pass|send|forward|refer|escalate|raise) (?:it|this|your \\w+)\\b",
      "\\b(?:i'll|i will|let me|i'm going to|i am going to|we'll|we will)\\s+(?:\\w+\\s+){0,3}?(?:confirm|check|find out|verify|ask|look into|get back|message|update|follow up|double-check|call|email|e-mail|find|investigate|chase)",
      "\\bdon't worry\\b",
      // "Possibly, it depends on whether the paint is broken": the condition is the answer.
      '\\bdepends on (?:whether|if)\\b',
    ],
  },
  // ─── agent: blame ────────────────────────────────────────────────────────────────────────
  {
    id: 'agent.blame',
    kind: 'agent_blame',
    role: 'agent',
    // "if it wasn't received, it's most likely because the details you gave were wrong": the blame stands, if-clause or not.
    hypotheticalCancels: false,
    exceptBefore: [
      // "Tell your mum she can relax", "I'm not saying it's your fault".
      "\\b(?:she|he|they) can\\s+$|\\b(?:not saying|never said|didn't say|not suggesting|wasn't saying)\\s+(?:that\\s+)?$",
    ],
    patterns: [
      // "You didn't include the sort code, so it couldn't be matched.", "It was probably the address you entered.", "You need to make sure you're available during your slot.", "the typo would have come from your form".
      "\\byou (?:didn't|did not|forgot to|failed to) (?:include|enter|add|attach|fill in|provide|sign|tick|select)\\b[^.!?]{0,40}\\bso\\b|\\b(?:probably|must have been|was) the (?:address|details|number|code|postcode|date|email) you (?:entered|typed|gave|put|selected|chose|provided)\\b|\\byou need to make sure (?:you're|you are|that you're|you were) (?:available|home|in|there|present)\\b|\\b(?:would have|must have|will have) come from your (?:form|side|end|account|details|entry|booking)\\b",
      // "The form does say all sections are required.", "Parents often use the old one from the welcome email."
      "\\bthe (?:form|page|email|terms|instructions|guide|website|app|letter|booking|confirmation) (?:does|clearly|did) (?:say|state|explain|show)\\b|\\b(?:parents|customers|people|users|guests|passengers|drivers) often (?:use|forget|miss|enter|pick|choose|get|don't|do not)\\b",
      // "To be fair, your city is listed on your own profile".
      '(?:^|[.!?]\\s+)to be fair,? (?:you|your)\\b',
      // "Customers are responsible for reading the shipping terms", "Maybe you took it already and forgot?", "You should always check for the green light".
      '\\b(?:customers|buyers|passengers|users|guests|members|you) (?:are|were) responsible for (?:reading|checking|knowing|understanding|declaring|making sure|ensuring)\\b|\\b(?:maybe|perhaps|possibly) you (?:\\w+ )?(?:took|collected|forgot|deleted|moved|lost|threw|misplaced|missed|entered|typed|picked|dropped|broke)\\b|\\byou should always (?:check|make sure|read|confirm|wait for|look for)\\b',
      // "Yes, that was your mistake.", "You agreed to the terms when you booked." ("I'm sorry for suggesting it was your mistake" takes it back: the sentence must begin there).
      "(?:^|[.!?]\\s+)(?:yes,?\\s+)?(?:that|this|it) (?:was|is|'s) (?:entirely |all |completely )?your (?:mistake|fault|error)\\b|(?:^|[.!?]\\s+)you agreed to (?:the|our|these|those) (?:terms|conditions|t&cs|policy) when you\\b",
      // "You put the pin in the wrong place, so the driver waited at arrivals".
      '\\byou (?:put|placed|dropped|set|left) (?:the |your )?\\w+ (?:\\w+ )?(?:in|at|on|to) the wrong (?:place|spot|address|location|side|date|day|time|box|field)\\b',
      // "You wrote the wrong postcode in the address, that's why it's delayed. Should have checked it."
      "\\byou (?:wrote|entered|typed|put|gave|selected|chose|picked) (?:in )?the wrong \\w+\\b|(?:^|[.!?]\\s+)should(?: have|'ve) (?:checked|read|looked at) (?:it|that|this|them)\\s*[.!]*\\s*$",
      // "this is a configuration issue on your end", "the missed delivery is on your side", "you should have switched data roaming off", "You should have been watching the app".
      "\\b(?:issue|problem|fault|error|mistake|delivery|failure) (?:is |was )?on your (?:side|end)\\b(?! of)|\\byou should(?: have|'ve) (?:switched|turned|booked|filled|completed|read|checked|kept|followed|included|attached|printed|signed|returned|docked|locked|told us|informed us|let us know|been (?:watching|checking|looking|home|in|more careful|there))\\b",
      // "If you had got to the airport earlier you wouldn't have missed it."
      "\\bif you(?:'d| had) (?:got|arrived|come|checked in|booked|turned up|been) (?:\\w+ ){0,3}?(?:earlier|sooner|on time)\\b",
      // "Usually it's because customers overload their own wifi."
      "\\b(?:usually|normally|often|typically|mostly) (?:it's|it is|that's) because (?:customers|users|people|you)\\b",
      // "misconfigured by your team. You need to set it up properly.", "You need to give the station more notice next time.", "Most of these issues happen because customers haven't switched them on.", "You were asked to confirm the plan when you created the site."
      "\\b(?:misconfigured|set up wrong(?:ly)?|set up incorrectly|configured wrong(?:ly)?) (?:by|on) your (?:team|side|end|admin|it team|staff)\\b|\\byou need to (?:set (?:it|this|them) up|configure (?:it|this)|do (?:it|this)) properly\\b|\\bmore notice next time\\b|\\b(?:issues|problems|errors) (?:usually |mostly |often )?happen because (?:customers|users|people|you) (?:haven't|have not|didn't|don't|do not)\\b|\\byou were (?:asked|told|reminded|prompted) to (?:confirm|check|select|choose|read|accept)\\b",
      // "Maybe the change wasn't saved properly on your side."
      "\\b(?:wasn't|weren't|was not|were not) (?:\\w+ )?(?:properly|correctly) on your (?:side|end)\\b",
      // "You should have set a travel notice in the app before going".
      "\\byou should(?: have|'ve) \\w+ [^.!?]{0,40}\\bbefore (?:going|travelling|traveling|you (?:left|went|travelled|traveled|booked|ordered|sent|flew))\\b",
      // "covered in the care guide you got at sign-up", "in the terms you accepted, so you were told about it", "that's on the maintenance, not on us", "you should have had the transmission serviced".
      "\\b(?:in|covered in|explained in|set out in) the (?:\\w+ )?(?:terms|care guide|guide|manual|instructions|handbook|agreement|contract) you (?:accepted|agreed to|signed|got|received|were sent|were given)\\b|\\bso you were (?:told|warned|informed|notified)\\b|\\b(?:that's|that is|it's|it is) on (?:the|your) \\w+,? not (?:on )?us\\b|\\byou should(?: have|'ve) had (?:the|your) \\w+ (?:serviced|checked|repaired|inspected|looked at)\\b",
      // "You chose to continue past it, so the responsibility is yours.", "the swap went through because you shared the code", "caused by condensation from the occupants", "lifestyle condensation".
      "\\bthe responsibility (?:for [^.!?]{1,40} )?is yours\\b|\\byou chose to (?:continue|ignore|proceed|go ahead|skip)\\b|\\byou chose not to (?:have|book|pay|take|buy|add|follow|read|check)\\b|\\bbecause you (?:shared|gave out|disclosed|read out|handed over|breached|broke|violated|didn't follow|did not follow|didn't tell us|did not tell us|never told us)\\b|\\bcaused by (?:\\w+ ){0,2}(?:from|by) (?:the )?(?:occupants|tenants|residents|occupiers)\\b|\\blifestyle (?:condensation|mould|mold|damp)\\b",
      // "the final artwork approval came in late from your side".
      '\\b(?:came|come|arrived|was|were) (?:in )?(?:late|too late) from your (?:side|end)\\b',
      // "the missed instalments are down to you", "the bill was estimated because the reading wasn't submitted in time", "That error happens when customers enter the wrong VAT number".
      "\\b(?<!\\b(?:neither|none|nothing|not)\\b[^.!?]{0,30})(?:is|are|was|were) (?:all |entirely )?down to you\\b|\\bbecause (?:the|your) (?:\\w+ )?(?:reading|form|forms|payment|documents?|details|application|paperwork|photos?|evidence) (?:wasn't|weren't|was not|were not) (?:submitted|sent|returned|signed|completed|filled in|provided|uploaded) (?:in|on) time\\b|\\b(?:that|this) (?:error|message|problem|issue) (?:usually )?(?:happens|occurs|appears) when (?:customers|people|users|you)\\b",
      // "usually caused by owners not ventilating them properly".
      '\\b(?:usually|normally|often|typically) caused by (?:owners|customers|people|users|guests) not \\w+ing\\b',
      // "You should have added it when you booked, then this wouldn't have happened.", "the mistake was made when you ordered", "That happens when customers tap the buy button twice.", "it was left blank".
      "\\bthen this wouldn't have happened\\b|\\bthe mistake was made when you\\b|\\bwasn't (?:\\w+ )?(?:properly|correctly) when you\\b|\\bthat happens (?:when|if) (?:customers|people|users|you)\\b|\\b(?:it|this|that|section \\d+) was left blank\\b",
      // "Most likely the pendant wasn't being worn… Customers are told to wear it at all times.", "the wrong one was selected when you ordered", "it's down to how it's been used".
      "\\b(?:customers|users|members|residents|guests|patients) are (?:told|advised|asked|reminded) to\\b|\\b(?:most likely|probably|likely) (?:the \\w+ )?(?:wasn't|weren't) being (?:worn|used|charged|kept)\\b|\\b(?:the )?wrong (?:one|item|size|model|option|address|date) was (?:selected|chosen|entered|picked|ordered) when you\\b|\\b(?:it's|it is) down to how (?:it's|it has|it was|you've|you have) (?:been )?(?:used|treated|handled|stored|cleaned)\\b",
      // "most likely because the details you gave when you registered were wrong", "If they'd been done properly the first time…", "because you uploaded photos instead of the PDFs".
      "\\b(?:the )?details you (?:gave|provided|entered|supplied)\\b[^.!?]{0,40}\\b(?:were|was) (?:wrong|incorrect)\\b|\\bif (?:they|it|you|the \\w+)(?:'d| had) been (?:done|sent|filled in|uploaded|submitted|entered) (?:properly|correctly|right)\\b|\\bbecause you \\w+ (?:\\w+ ){0,4}?instead of\\b",
      // "To be fair, we did advise everyone to arrive before 3."
      '\\bwe did (?:advise|tell|warn|ask|recommend|remind) (?:everyone|you|all (?:customers|guests|fans)|customers|people|guests|fans) to\\b',
      // "If it had been restarted as advised, this wouldn't keep happening.", "like you were told on Saturday", "Customers often mix those two up."
      "\\bif (?:it|you|the \\w+|your \\w+) (?:had been|had|was|were) (?:\\w+ )?(?:as advised|as instructed|as (?:you were )?told|properly|correctly)\\b[^.!?]{0,60}\\b(?:wouldn't|would not|won't)\\b|\\b(?:like|as) you were (?:told|advised|asked|instructed)\\b|\\b(?:customers|people|users) (?:often|usually|always|tend to|frequently) (?:mix|get) (?:those|these|the two|them|it) (?:two )?(?:up|mixed up|confused|wrong)\\b",
      // "so it's likely you just didn't hear them", "probably you tapping pay twice", "most likely your connection".
      "\\b(?:it's|it is|most) likely (?:that )?you (?:just )?(?:didn't|did not|never|weren't|missed|forgot)\\b|\\b(?:probably|likely|most likely) (?:just )?you \\w+ing\\b|\\b(?:most likely|probably|likely) your (?:own )?(?:connection|internet|wi-?fi|device|browser|router|network|phone|settings|setup|config)\\b",
      // "Our records show the fitters attended at 11:35 and no one answered the door."
      '\\b(?:no one|nobody|no-one) (?:answered|came to) the door\\b|\\b(?:there was )?no access\\b[^.!?]{0,40}\\b(?:was|were) locked\\b',
      // "this is on your end, not ours", "That was your config.", "maybe it's down to your large merge jobs", "usually down to the customer's own equipment".
      "\\bon your (?:end|side),? not (?:ours|our)\\b|\\byour (?:config|configuration|setup|set-up|settings|doing)\\s*[.!](?<=\\b(?:that|this|it)(?: was| is|'s) your \\S+)",
      "\\bdown to (?:your|the customer's|customers')(?<=\\b(?:it's|it is|that's|that is) (?:probably |likely |maybe |most likely |usually )?down to \\S+)|\\b(?:usually|normally|often|typically) down to the (?:customer's|user's|owner's) (?:own )?\\w+",
      // "You should have handed it to the customer directly instead of leaving it at the door."
      "\\byou should(?: have|'ve) \\w+ [^.!?]{0,60}\\binstead of \\w+ing\\b",
      // "You may not have checked the bag properly", "Customers with a milk allergy should check that before buying."
      "\\byou (?:may|might|probably) (?:not have|haven't|have not|didn't) (?:\\w+ ){1,4}?(?:properly|correctly|carefully)\\b",
      '\\b(?:customers|people|users|buyers|guests) (?:with [^.!?]{1,30} )?should (?:check|read|look|ask|make sure)\\b[^.!?]{0,40}\\bbefore (?:buying|ordering|booking|eating|using)\\b',
      // "so it's probably on your side".
      "\\b(?:it's|it is|that's|that is) (?:probably |likely |most likely )?(?:on your (?:side|end)|your (?:fault|mistake|responsibility))\\b",
      // "Are you sure the stain wasn't from something you brought in?", "you should really have read that", "Maybe you missed the call?",
      // "because people don't use the mats properly".
      "\\bare you sure (?:it|the \\w+|that|this) (?:wasn't|was not|isn't|is not|didn't|did not)\\b[^.!?]{0,40}\\byou\\b",
      '\\byou (?:should|ought to|need to) (?:really |probably )?have (?:read|checked|looked at|seen|noticed|asked)\\b',
      "^\\s*(?:maybe|perhaps|probably) you (?:missed|didn't|forgot|weren't|were not|entered|typed|ignored)\\b",
      "\\bbecause (?:people|guests|customers|users|you) (?:don't|do not|didn't|did not) (?:\\w+ ){1,4}?(?:properly|correctly|right)\\b",
      // "You should send documents to the claims address, not the general inbox."
      '\\byou should(?: have)? \\w+ [^.!?]{0,50}, not (?:the|a|our|your)\\b',
      // "That would be customer damage, so it isn't covered."
      '\\b(?:that|this|it) (?:would be|is|counts as|looks like|was) (?:customer|user|accidental|owner) (?:damage|error|misuse)\\b',
      // "It looks like you started a second session by mistake."
      '\\byou (?:must have |probably |likely )?(?:\\w+ ){1,4}?(?:by mistake|by accident|accidentally)\\b|\\b(?:it looks like|looks like|it seems|it appears) you (?:\\w+ ){0,2}?(?:started|opened|created|made|placed|added|set|turned|left|used)\\b',
      // "the print reflects what you uploaded".
      '\\b(?:reflects|matches|shows|is exactly) (?:exactly )?what you (?:uploaded|sent|submitted|ordered|chose|entered|provided|selected|typed)\\b',
      // "If you didn't redirect your post, that's how these things happen."
      "\\bif you (?:didn't|did not|don't|haven't|forgot to|failed to) \\w+\\b[^.!?]{0,40}\\b(?:that's (?:how|why)|then that's|that would explain|that explains)\\b",
      // "the delivery address was entered as the funeral home rather than the crematorium".
      '\\b(?:was|were) (?:entered|typed|input|put in|selected|given|provided|written|filled in) as\\b[^.!?]{0,60}\\b(?:rather than|instead of)\\b',
      // "It looks like you clicked the upgrade button twice, that's why there are two charges."
      '\\b(?:it looks like|looks like|it seems|seems like|it appears) you (?:\\w+ ){0,2}?(?:clicked|pressed|tapped|entered|selected|chose|ordered|booked|submitted|typed|forgot|missed|skipped|deleted|cancell?ed|removed|picked)\\b',
      // "You needed to tell your payroll team once the balance was cleared."
      '(?:^|[.!?]\\s+)you (?:needed|were (?:supposed|meant|required)|had) to (?:tell|inform|notify|let|contact|call|update|cancel|check|read|send|submit|return|report)\\b',
      // "someone on your side must have submitted it by mistake".
      '\\b(?:(?:someone|somebody) (?:on your (?:side|end)|at your end|in your (?:team|office|company|business)|from your (?:side|end|team|office))|one of your (?:staff|team|colleagues|users|employees))\\s+(?:must|will|would) have (?:\\w+ )?(?:submitted|requested|changed|deleted|cancell?ed|entered|made|done|clicked|approved|sent|ordered|authori[sz]ed|booked|typed)\\b',
      // "Then you probably didn't set the virtual wall correctly."
      "\\byou (?:probably|likely|must have) (?:didn't|did not|haven't) \\w+ (?:\\w+ ){0,4}?(?:correctly|properly|right|in time)\\b",
      // "The spec sheet you filled in said 6'4."
      '\\b(?:the|your) \\w+(?: \\w+)? (?:you|that you) (?:filled in|submitted|sent|entered|chose|selected|ticked|signed) (?:said|says|shows|showed|stated)\\b',
      // "mould like that is usually down to condensation from drying clothes indoors", "because you weren't in for the survey".
      "\\b(?:usually|normally|often|probably|likely|most likely) (?:down to|caused by|due to|the result of) (?:(?:\\w+ ){0,3}?(?:drying|not opening|leaving|using|misuse|user error|your)\\b|how (?:it's|it is|it was|you) (?:worn|used|handled|treated|stored|installed|fitted))|\\b(?:because|as|since) (?:you|your \\w+) (?:wasn't|weren't|was not|were not) (?:in|home|available|there|present)\\b",
      // "so the typo must have been in what you submitted".
      '\\b(?:must|would|will) have been (?:in )?(?:what|how) you (?:submitted|entered|typed|sent|ordered|uploaded|wrote|approved)\\b',
      // "the BACS run failed because your payroll wasn't approved in time".
      "\\b(?:because|as|since) (?:you|your \\w+) (?:(?:wasn't|weren't|was not|were not) (?:approved|submitted|sent|signed|completed|entered|paid|returned|registered|activated|set up)(?: in time| on time| correctly| properly)|(?:didn't|did not) (?:approve|submit|send|sign|complete|enter|pay|return|register|activate|follow))\\b",
      // "looks like that step was missed on your end".
      '\\b(?:was|were) (?:missed|skipped|not done|done wrong|entered wrong(?:ly)?|set up wrong(?:ly)?|not completed) on your (?:side|end)\\b',
      // "You probably didn't notice the damage."
      "\\byou (?:probably|likely|must have|may have) (?:didn't|did not|never|haven't) (?:notice|see|check|read|realise|realize|spot|look)\\b",
      // "You turned on auto-renew when you signed up."
      '\\byou (?:turned on|switched on|enabled|opted in(?:to)?|ticked)\\b[^.!?]{0,40}\\bwhen you\\b',
      // "You must have printed more than you realised", "You probably waited too long before using it."
      '\\byou must have (?:printed|given|shared|used|entered|typed|misread|mistyped|pressed|clicked|ordered|selected|deleted|forgotten|missed|set|changed|left|put|turned|signed up|opted|ticked|agreed|accepted|misunderstood|confused)\\b|\\byou (?:probably|likely|must have|may have|might have) (?:\\w+ed|left|forgot|forgotten|put|typed|sent|set|let) (?:\\w+ ){0,3}?(?:too (?:long|late|early|soon)|incorrectly|wrong(?:ly)?|by mistake|the wrong)\\b',
      // "The pendant probably wasn't pressed firmly": guessing at the customer's mistake.
      "\\b(?:probably|likely|must have|may not have|might not have) (?:wasn't|weren't|didn't|been|not|be)\\s+(?:\\w+\\s+)?(?:pressed|plugged in|charged|installed|set up|entered|followed|held|tightened|closed|saved|fitted|read) (?:\\w+ )?(?:firmly|properly|correctly|right|hard enough|long enough)\\b",
      // "this is a mistake on your side", "you needed to be waiting at the gate".
      "\\b(?:a|the|this is a|that is a|it's a) (?:mistake|error|problem|issue|fault|misconfiguration) (?:is |was )?on your (?:side|end)\\b|\\byou (?:needed|were supposed|were meant|were required) to (?:be|have)\\b",
      "\\byou should(?: have|'ve| of)\\s+(?:put (?:it|the \\w+) (?:away|somewhere|higher|closer)|made sure|had a look|taken a look|phoned|rung|rang|emailed|messaged|double-checked|added|replaced|bought|had it|turned that (?:off|on)|read|checked|known|removed|deleted|downgraded|switched (?:it |them )?(?:off|on)|turned (?:it |them )?(?:off|on)|declared|disclosed|mentioned|reported|informed us|notified us|let us know|ordered|contacted|called|followed|kept|noticed|looked|listened|paid attention|cancell?ed|done|asked|updated|entered|told us|turned (?:off|on)|switched (?:off|on)|disabled|saved|backed up|set up|changed|opted out|cleared|paid|settled|waited|returned|kept|contacted us|registered|activated|confirmed|selected|chosen|picked|ticked|clicked|used|ordered)\\b",
      '\\bas i (?:already |just |have |previously )?(?:said|told you|explained|mentioned|stated)\\b',
      '\\blike i (?:already |just )?(?:said|told you|explained|mentioned)\\b',
      "\\byour (?:integration|code|app|script|client|setup|configuration|config|implementation|system|server|device|router)\\s+(?:is|was|has been|keeps)\\s+(?:sending|making|calling|exceeding|hitting|misconfigured|set up wrong|the problem|the issue|causing)\\b|\\b(?:maybe|perhaps|try to|try and|be sure to)\\b[^.!?]{0,50}\\bnext time\\b|\\b(?:we|i) (?:can't|cannot|can not) be (?:held )?responsible\\b|\\bdon't usually \\w+ (?:\\w+ ){0,3}by (?:themselves|itself)\\b|\\bour records show (?:that )?you (?:didn't|did not|never|failed to)\\b",
      "\\b(?:due to|because of|caused by) (?:the )?(?:information|details|documents?|form|data|schedule|photos?|figures) you (?:provided|gave|sent|submitted|entered|supplied)\\b|\\bif (?:the|your) \\w+ (?:had been|was|were) (?:complete|correct|right|accurate|submitted|sent|filled in)\\b[^.!?]{0,60}\\b(?:wouldn't|would not)\\b",
      '\\bplease check your (?:details|order|spelling|address|input|entries) (?:carefully|more carefully|next time)\\b|\\bif the (?:\\w+ )?(?:address|details|number|code|name|email|password) (?:was|were) (?:entered|typed|input|given|provided) (?:incorrectly|wrongly|wrong)\\b',
      "\\blooks like you(?:'ve| have)? (?:dropped|forced|damaged|broken|misused|bent|cracked|spilled|spilt|overloaded|overcharged)\\b",
      '\\b(?:something|the (?:problem|issue|fault)|it) (?:on|at) your (?:side|end)\\b|\\b(?:caused|happened|started) (?:on|at|by) your (?:side|end)\\b|\\bcaused by [^.!?]{0,30}\\b(?:on|at) your (?:side|end)\\b',
      "\\bif you(?:'d| had) (?:\\w+ ){0,3}?(?:waited|read|checked|followed|called|told us|booked|paid|returned|used|done|kept|sent)\\b[^.!?]{0,80}\\b(?:wouldn't|would not|won't|wouldnt)\\b",
      "\\b(?:it's|it is|that's|that is|is|are)\\s+(?:the|each) (?:customer|client|driver|owner|user|account holder|cardholder|passenger|guest|buyer|renter|hirer|tenant|member|traveller|traveler)'s (?:own )?(?:responsibility|job|duty)\\b|\\bso (?:\\w+ ){0,3}(?:was|is) (?:the|what) (?:\\w+ )?you (?:chose|selected|picked|ordered|agreed to|signed (?:for|up for)|booked)\\b",
      "\\bi(?:'ve| have) already (?:told|explained (?:this |it )?to) you\\b",
      "\\b(?:it's|it is|that's|that is|this is)\\s+(?:entirely\\s+|all\\s+|totally\\s+|completely\\s+)?(?:your|the customer's)\\s+(?:fault|responsibility|problem|mistake|own fault)\\b",
      "\\b(?:not|isn't|is not)\\s+(?:our|my)\\s+(?:problem|fault|responsibility|concern)\\b",
      "\\byou (?:didn't|did not|failed to|never) (?:read|check|follow|look at|enter|book|use|pay|send|return|register|activate|confirm|update|attach|save)\\b",
      '\\bread the (?:terms|policy|instructions|faq|fine print)\\b',
      '\\byou were supposed to\\b',
      "\\bthat's on you\\b",
      "\\byou (?:obviously|clearly) (?:didn't|did not|don't|do not|haven't)\\b",
      "\\bif you(?:'d| had) (?:read|checked|followed|looked|kept|booked|used|called|paid|sent|returned|done|registered)\\b",
      "\\b(?:calm down|relax|there's no need to shout|no need to be rude)\\b",
      // The fault put on the customer's side of the line, or out of the company's hands.
      '\\b(?<!\\bnothing )(?:changed|wrong|misconfigured|an? (?:issue|problem|error|fault)|the (?:issue|problem|fault))\\s+(?:was\\s+|is\\s+)?on your (?:side|end)\\b',
      '(?<!\\b(?:the|a|our|their) (?:seller|courier|driver|shop|store|restaurant|merchant|supplier|warehouse|engineer|technician|landlord|agent|bank)\\s)\\b(?:plugged in|set up|installed|entered|typed|configured|filled in|filled out)\\s+(?:\\w+\\s+){0,3}?(?:wrong|wrongly|incorrectly)\\b',
      // Guessing at the customer's mistake: "you have probably uploaded a screenshot", "customers often do this wrong".
      "\\byou(?:'ve| have)?\\s+(?:probably|most likely|likely|must have|may have|might have)\\s+(?:just\\s+)?(?:uploaded|sent|entered|typed|used|chosen|selected|forgotten|forgot|missed|ignored|deleted|changed|unplugged|turned off|clicked|pressed|misread|mistyped|misunderstood|bought|ordered|booked|installed|dropped|hit|damaged|logged in|signed up|turned|switched|enabled|disabled|reset|updated|(?:didn't|did not|never|haven't) (?:use|read|check|enter|select|follow|attach|save|click|tick|fill|update|register|activate|confirm|turn|plug|charge|install|keep|pay))\\b",
      '\\b(?:usually|normally|typically|often|most likely|probably|almost always) caused by (?:a |the )?(?:drops?|dropping|misuse|user error|water|liquid|improper|physical damage|accidental|the customer|customers)\\b|\\b(?:damage|fault|problem|issue|crack|break) (?:likely |probably |must have )?(?:happened|occurred) (?:after|once|when) you\\b',
      "\\b(?:usually|normally|typically|often|mostly|generally) (?:happens|occurs|is caused) (?:when|if|because) (?:you|the (?:customer|user|owner|card)|customers|users|people|it(?:'s| is) (?:dropped|mishandled))\\b|\\b(?:more|most) likely (?:that )?you\\b|\\bthat's how most \\w+ happen\\b|\\b(?:submitted|sent|placed|entered|made|clicked) (?:twice|two times|more than once) (?:from|by|on|in) your\\b",
      '\\b(?:\\w+(?<=\\wing)|you|your \\w+) (?:is|was|are) (?:probably|likely|most likely|almost certainly) (?:the|what) (?:cause|caused|reason)\\b|\\bplease (?:check|make sure|read|double-check|ensure|confirm)\\b[^.!?]{0,50}\\bin (?:the )?future\\b',
      "\\byou should(?: have|'ve) \\w+ (?:\\w+ ){0,3}?(?:properly|correctly|first|beforehand|carefully|in advance|before (?:\\w+ing|you \\w+))\\b|\\bthat's because (?:it|they|the \\w+) (?:was|were) (?:\\w+ ){0,2}?(?:wet|dirty|damaged|dropped|misused|mishandled|incorrectly|wrongly|too late)\\b",
      '\\b(?:customers|people|users)\\s+(?:often|usually|always|frequently|commonly|tend to)\\s+(?:\\w+\\s+){0,4}?(?:wrong|incorrectly|the wrong|by mistake|this mistake)\\b|\\b(?:customers|people|users) (?:often|usually|always|tend to) (?:underestimate|overestimate|misunderstand|misread|forget)\\b',
      "\\b(?:that's|that is|it's|it is) not something (?:we|i) (?:can )?(?:control|are responsible for|can help with)\\b",
      '\\byou (?:need|have) to check your (?:spam|junk)\\b',
      '\\byou\\s+(?:uploaded|sent|entered|typed|gave|provided|used|chose|selected|filled in)\\b[^.!?]{0,40}\\b(?:wrong|incorrect|invalid|unsupported)\\b',
      '\\bnext time,? (?:please )?(?:make sure|remember to|be sure to|try to|put|check|read|use|label|double-check)\\b',
      // "Lockers are used at your own risk.", "You chose to use a locker with a broken lock.", "once you approve its kind of on you".
      "\\b(?:are|is) (?:used |left |stored )?at (?:your|the (?:customer's|owner's|member's|guest's)) own risk\\b|\\byou chose to (?:use|leave|ignore|park|book|buy|go|skip|not)\\b|\\b(?:it's|its|that's|thats) (?:kind of |kinda |sort of )?on you\\b",
      // "As I've already explained".
      "\\bas i(?:'ve| have) (?:already |just |previously )?(?:said|told you|explained|mentioned|stated)\\b",
      // "If you'd shipped with signature confirmation this wouldn't have happened."
      "\\bif you(?:'d| had) (?:\\w+ ){1,14}?(?:you|this|it|that) (?:wouldn't|would not|would never) (?:have happened|be having|have had)\\b",
      // "you need to check those before uploading".
      '\\byou need to (?:check|read) (?:those|these|them|the \\w+) (?:before|first)\\b',
    ],
    negatable: false,
    // "someone at our end must have entered the wrong date": the agent owns it.
    unless: ["\\b(?:at|on) our (?:end|side)\\b|\\b(?:our|my) (?:mistake|error|fault)\\b|\\bthat's on us\\b"],
  },
  // ─── agent cues ──────────────────────────────────────────────────────────────────────────
  {
    id: 'agent.apology',
    kind: 'apology',
    role: 'agent',
    negatable: false,
    patterns: [
      "\\b(?:i(?:'m| am)|we(?:'re| are)|so|very|really|truly|terribly|deeply|awfully|sincerely)\\s+(?:so\\s+|very\\s+|really\\s+|truly\\s+|terribly\\s+|deeply\\s+|awfully\\s+|sincerely\\s+|extremely\\s+)*sorry\\b(?!\\s+(?:you feel|if you feel|you think|but (?:that's|that is|there's|there is) (?:just )?(?:how|the policy|nothing)))",
      '^\\s*sorry\\b',
      '\\bsorry (?:about|for|that|to hear|again|for the|for any|for all)\\b',
      '\\b(?:apologi[sz]e|apologi[sz]es|apologies|apology|apologising|apologizing|my apologies|our apologies|pardon me|forgive me|please forgive|excuse me)\\b',
      '\\b(?:i|we) (?:deeply |sincerely |truly )?regret\\b',
      '\\b(?:my|our) (?:bad|mistake|fault|error)\\b',
      "\\b(?:that was|this was|it was|it's|that's) (?:my|our) (?:fault|mistake|bad|error)\\b",
      '\\bi (?:feel|felt) (?:so |really |very |terribly |quite |a bit |kinda |kind of )?(?:bad|terrible|awful|horrible|guilty|ashamed|sorry)\\b',
      "\\b(?:i|we) (?:shouldn't|should not|should never) have\\b",
      "\\bi (?:wish i (?:had|hadn't|could take)|take (?:it|that) back)\\b",
      '\\b(?:ashamed|embarrassed|remorse|remorseful|guilty|oops|whoops|mea culpa|my own fault|regret(?:ted|ting|s|table)?|sorry)\\b',
    ],
    unless: ['\\bnot sorry\\b', '\\bsorry (?:you feel|if you feel|you think)\\b'],
    hypotheticalCancels: false,
  },
  {
    id: 'agent.empathy',
    kind: 'empathy',
    role: 'agent',
    negatable: false,
    patterns: [
      '\\bi (?:completely |totally |fully |really |absolutely )?(?:understand|get it|get that|get why|hear you|can see|can imagine|can understand|know how|appreciate (?:how|that|your|this))\\b',
      '\\b(?:that|this) (?:must|would|sounds|does sound|is) (?:be )?(?:so |really |very |incredibly |extremely )?(?:frustrating|annoying|stressful|upsetting|disappointing|difficult|hard|worrying|inconvenient|awful|terrible|not ok|not okay|unacceptable)\\b',
      "\\b(?:you(?:'re| are) (?:absolutely |completely |totally )?right|you have every right|that's (?:completely |totally )?(?:fair|understandable)|understandably|i'd feel the same|i would feel the same|no wonder you)\\b",
      '\\bthank you for (?:your patience|bearing with|being patient|explaining|your understanding)\\b',
    ],
    hypotheticalCancels: false,
  },
  {
    id: 'agent.ownership',
    kind: 'ownership',
    role: 'agent',
    negatable: false,
    patterns: [
      "\\b(?:i'll|i will|i'm going to|i am going to|let me|i can|i've|i have)\\s+(?:personally\\s+|now\\s+|right now\\s+|immediately\\s+)?(?:make sure|take care of|handle|fix|sort|sort out|look into|follow up|own|resolve|process|issue|arrange|refund|replace|reship|resend|expedite|credit|get this|get that|chase|escalate|track|check|put through|book|schedule|update|correct|waive|cancel|reverse)\\b",
      "\\b(?:that's|that is|this is|it's|it is)\\s+(?:on us|our mistake|our fault|our error|on me|my mistake)\\b",
      '\\bwe (?:messed up|dropped the ball|got (?:this|that|it) wrong|made a mistake|made an error)\\b',
      "\\b(?:i|we)(?:'ve| have)\\s+(?:just\\s+|now\\s+)?(?:issued|processed|refunded|credited|sent|arranged|booked|escalated|fixed|corrected|reversed|waived|cancelled|canceled|updated|added|applied|expedited)\\b",
      "\\bi(?:'ll| will) (?:stay|remain) (?:with you|in the chat|here)\\b",
    ],
    hypotheticalCancels: false,
  },
  {
    id: 'agent.explanation',
    kind: 'explanation',
    role: 'agent',
    negatable: false,
    patterns: [
      "\\b(?:because|the reason (?:is|being|for this|why)|this is because|that is because|that's because|due to|caused by|as a result of|which means|this means|that means|so that|that's why|this is why|in order to|owing to|the cause (?:is|was))\\b",
      "\\b(?:our|the) (?:policy|process|system|terms|rules?) (?:is|are|requires?|says?|only allows?|doesn't allow|does not allow|needs?)\\b",
      "\\b(?:what happened (?:is|was)|here's what (?:happened|happens|I can|we can)|here is what (?:happened|happens|i can|we can))\\b",
    ],
    hypotheticalCancels: false,
  },
  {
    id: 'agent.escalation-offer',
    kind: 'escalation_offer',
    role: 'agent',
    negatable: true,
    patterns: [
      "\\b(?:i'll|i will|i can|let me|i'm going to|i am going to|i'm|i am|we can|we'll|i've|i have|i'd be happy to|happy to)\\s+(?:now\\s+|just\\s+|gladly\\s+|quickly\\s+|go ahead and\\s+|right away\\s+)?(?:bring(?:ing)? in|get(?:ting)?|loop(?:ing)? in|transfer(?:ring)? (?:you|this|the chat)(?: over)? to|escalat(?:e|ing)(?: (?:this|it|your (?:case|issue|ticket|request)))?(?: (?:to|with))?|connect(?:ing)? you (?:to|with)|hand(?:ing)? (?:this|you|it) over to|pass(?:ing)? (?:this|you|it) (?:on |over )?to|ask(?:ing)?|check(?:ing)? with|speak(?:ing)? (?:to|with)|involv(?:e|ing)|request(?:ing)?|flag(?:ging)? (?:this|it) (?:to|with|for)|put(?:ting)? you through to|call(?:ing)? (?:over|in))\\s+(?:a |my |the |our |one of our |a more )?(?:senior\\s+)?(?:{MGR_STRICT}|senior (?:agent|colleague|member|specialist)|specialist|escalations? team|tier 2|second[- ]line|next level|someone (?:more )?senior|colleague (?:who|from))",
      '\\bwould you like (?:me to (?:escalate|transfer|bring in|get|connect)|to (?:speak|talk|chat) (?:to|with))\\b[^.!?]*\\b(?:{MGR_STRICT}|senior|specialist|escalat)',
      "\\b(?:i've|i have|we've|we have)\\s+(?:escalated|transferred|passed|handed)\\s+(?:this|it|your (?:case|issue|ticket|request)|you)\\b",
      '\\bmy {MGR_STRICT} (?:will|is going to|is|can) (?:join|be with you|contact you|call you|take over|review|look)\\b',
    ],
    hypotheticalCancels: false,
  },
];
