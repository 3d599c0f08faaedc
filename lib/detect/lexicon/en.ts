import { AGENT_RULES_EN } from './en-agent-rules';
import { EN_BASE } from './en-base';
import type { LexiconInput } from './schema';

export { REASON_OR_ALTERNATIVE_EN } from './en-reasons';

/** The English lexicon: its base (en-base.ts), the customer rules here, the agent rules (en-agent-rules.ts). */
export const LEXICON_EN: LexiconInput = {
  ...EN_BASE,
  rules: [
    // ─── customer: escalation requests ────────────────────────────────────────────────────────
    {
      id: 'escalation.talk-to',
      kind: 'escalation_request',
      role: 'customer',
      patterns: [
        // "Then who can I speak to?", "Could you find someone who does know?", "I'm asking again for this to be escalated to a supervisor", "Every exam board has a head of assessment".
        '(?:^|[.!?]\\s+)(?:then|so) who (?:can|do|should) i (?:speak|talk) to\\s*\\?|\\b(?:find|get|put me through to|pass (?:me|this) to) (?:me )?someone who (?:does|actually|would|might) know\\b|\\b(?:escalated|passed|referred) (?:up )?to (?:a|the|your) (?:supervisor|manager|team leader)\\b|\\bevery (?:[\\w-]+ ){1,2}has (?:a|an) head of [\\w-]+\\b',
        // "I'd like to speak to the dealer principal", "There's obviously a dealer principal… Can you ask him to call me?"
        "\\b(?:speak|talk) (?:to|with) (?:the|your) (?:dealer principal|general manager|head of (?:the )?[\\w-]+)\\b|\\bthere(?:'s| is) obviously (?:a|an) (?:dealer principal|director|owner|head of [\\w-]+)\\b",
        // "If I don't hear from a manager today…", "Can I speak to the owner please?"
        "\\bif (?:i|we) (?:don't|do not) hear (?:back )?from (?:a|the|your) (?:manager|supervisor|director|owner)\\b|\\b(?:can|could|may) (?:i|we) (?:speak|talk) (?:to|with) the owner\\b|\\b(?:i'd|i would|we'd) like to (?:speak|talk) (?:to|with) the owner\\b|\\b(?:i|we) want to (?:speak|talk) (?:to|with) the owner\\b",
        // "I'd like to speak to one of the partners".
        '\\b(?:speak|talk) (?:to|with) (?:one of )?the (?:partners|directors|owners)\\b',
        // "I want to speak to the director of the company", "I want to speak to your data protection officer".
        '\\b(?:speak|talk) (?:to|with) (?:the|your) (?:managing )?director\\b|\\b(?:speak|talk) (?:to|with) (?:the|your) (?:data protection officer|dpo)\\b',
        // "I'd like someone from underwriting, or a manager, to call me".
        '\\b(?:someone|somebody) (?:from|in) (?:the )?[\\w-]+(?: team)?,? or (?:a|the|your) (?:manager|supervisor|team leader),? to (?:call|ring|contact|phone|email) me\\b',
        // "I demand the responsible person, the chief of the shop", "Please give me the chief", "put me with the chief": a manager in other words.
        '\\b(?:demand|want|need|ask for|give me|put me (?:with|through to)|bring me|pass me to|speak (?:to|with)|talk (?:to|with)) (?:the |a |your )?(?:responsible person|person responsible|chief)\\b',
        // "I want someone senior looking at this", "I need an actual explanation or someone who can give me one", "Can I be put through to her or whoever replaced her?", "unbelievable. so who do I talk to??"
        "\\b(?:i want|i need|i'd like|i would like|get me) someone (?:more )?senior\\b|\\b(?:explanation|answer|response|decision) or someone who (?:can|could)\\b|\\bput through to (?:her|him|them)\\b|(?:^|[.!?]\\s+)so who (?:do|can|should) i (?:talk|speak) to\\s*(?:\\?{2,}|\\?*\\s*$)",
        // "Is there someone on the desk who would know?"
        '\\bis there (?:someone|somebody|anyone) (?:on the desk|on the team|in the team|there|else) who (?:would|might|does|can) (?:know|help)\\b',
        // "I'd like to talk to whoever is above her, please."
        '\\b(?:talk|speak) to (?:whoever|someone|somebody) (?:is )?(?:above|over) (?:her|him|them|you)\\b',
        // "Then I'd like to speak to Orla's manager please.", "Please have someone who actually knows what's happening call me. A supervisor or the operations team."
        "\\b(?:speak|talk) to (?:his|her|their|\\w+'s) (?:manager|supervisor|boss|line manager)\\b|\\b(?:have|get|send) (?:someone|somebody) (?:who (?:actually )?knows|more senior|senior)\\b|(?:^|[.!?]\\s+)(?:a|the|your) (?:supervisor|manager) or (?:the|a|your|someone)\\b",
        // "Is there someone else there who does know?", "I want our account manager on this today", "a call with our account director", "I want to talk to my account manager".
        '\\bis there (?:someone|somebody|anyone) else (?:there )?who (?:does |actually |can )?(?:knows?|helps?|understands?)\\b|\\b(?:want|need|get) (?:our|my|the) account (?:manager|director|lead) (?:on (?:this|it|the phone|a call)|to (?:call|ring|contact|get involved))\\b|\\bwhoever is senior enough\\b|\\ba call with (?:our|my|the|your) account (?:manager|director)\\b|\\b(?:talk|speak) (?:to|with) (?:my|our) account (?:manager|director|lead)\\b',
        // "I want this handled by a complaints manager".
        '\\bhandled by (?:a|the|your) (?:[\\w-]+ )?{MGR_STRICT}\\b',
        // "Is there someone more senior I could speak to?", "could you arrange for a supervisor to call me?", "I'd like this handled by someone who can approve it", "I'm calling corporate."
        "\\b(?:someone|somebody|anyone) (?:more )?(?:senior|higher up|in charge) (?:i|we) (?:could|can|might) (?:speak|talk)\\b|\\barrange for (?:a|the|your) {MGR_STRICT} to\\b|\\bhandled by someone (?:who can|more senior|senior|with (?:the )?authority)\\b|\\b(?:i'm|im|i am|i'll|i will) (?:be )?(?:calling|call|contacting|contact|emailing|email|writing to) corporate\\b",
        // "I'd like to speak to the owner please.", "Then the owner." (not "the owner of the account").
        "\\b(?:i'd like|i would like|i want|let me|can i|could i|i need) to (?:speak|talk) to (?:the|your) (?:shop |store |business |company )?owner\\b(?! of\\b)|(?:^|[.!?]\\s+)then (?:the|your) owner\\b",
        // "I ask that the matter be escalated to a senior manager", "I am asking that my complaint be referred to the person responsible".
        "\\b(?:i|we)(?: am| are|'m|'re)? (?:ask|asking|request|requesting) that (?:the|this|my) (?:matter|complaint|case|issue|query) (?:be|is) (?:escalated|referred|passed|forwarded)\\b",
        // "Then who supervises the people who moved my boxes?", "I still want the manager down at our pitch today."
        '\\bwho supervises\\b|\\bwant (?:the|a|your) {MGR_STRICT} (?:down|here|over|out|to come)\\b',
        // "please can someone more senior look at this", "Please put me through anyway.", "Put me through to the home manager", "I asked to speak to one.", "or someone senior to look at it".
        "\\b(?:can|could|will) (?:someone|somebody) (?:more )?(?:senior|in charge|higher up) (?:actually )?(?:look at|review|check|deal with|handle|help with|follow (?:it |this )?up|sort (?:it|this))\\b|\\bput me through anyway\\b|\\bput me through to (?:the|your|a) (?:[\\w-]+ ){0,2}(?:manager|supervisor|team ?lead(?:er)?)\\b|\\bi asked to speak to (?:one|a manager|a supervisor|someone (?:senior|else|in charge))\\b|\\bor (?:someone|somebody) (?:more )?senior to\\b|\\bthere's always (?:a|an) (?:manager|supervisor)\\b",
        // "someone must be in charge of that building", "then who do I complain to?", "Then a supervisor, a team leader, anyone…"
        '\\b(?:someone|somebody) (?:must|has to) be in charge\\b|\\bwho (?:do|can|should) i complain to\\b|(?:^|[.!?]\\s+)(?:then|ok,? then|fine,? then) (?:a|your|the) {MGR_STRICT}\\b',
        // "who runs the Kingsgate salon?", "Who's in charge at Hillgate?", "I want someone above all of them", "put me onto your manager".
        "\\bwho(?:'s| is) in charge (?:at|of|there|here)\\b|\\bwho runs (?:the|your|this) (?:[\\w-]+ ){0,2}(?:salon|shop|branch|store|office|clinic|hospital|site|depot|restaurant|hotel|place|centre|center)\\b|\\bthere's always (?:someone|somebody) (?:in charge|above you|higher up)\\b",
        '\\b(?:want|need|demand) (?:someone|somebody) (?:above|over) (?:you|all of (?:you|them)|them|your \\w+)\\b|\\bput me (?:onto|on to) (?:your|a|the) {MGR}',
        // "I need your head of support on a call today", "Who is your support manager? Give me a name."
        '\\b(?:want|need|get|put)\\s+(?:your|the|a)\\s+(?:head of (?:support|customer \\w+|complaints|service)|(?:support|customer service|duty|shift) {MGR_STRICT}|{MGR_STRICT})\\s+on\\s+(?:a|the)\\s+(?:call|phone|line)\\b',
        "\\bwho(?:'s|\\s+is)\\s+(?:your|ur|the)\\s+(?:support|customer service|duty|shift|line) (?:manager|supervisor|team ?lead(?:er)?)\\b",
        // "Put me through to whoever deals with refunds", "I want someone above you to look at this", "raised with someone who can".
        '\\bput me through to (?:whoever|someone|somebody|the person|a person)\\b',
        "\\b(?:want|need|would like|i'd like) (?:someone|somebody) (?:above you|higher up|more senior) to\\b|\\b(?:raised|escalated|passed) (?:with|to) (?:someone|somebody) who can\\b",
        // "Get me the owner. Now.", "give me a phone number or email for a supervisor".
        '\\bget me (?:the|your) (?:owner|duty manager|manager|boss|supervisor|person in charge)\\b',
        '\\b(?:give|send) me (?:a |the )?(?:phone number|number|email|e-mail|contact details?|address)(?: or (?:an? )?(?:phone number|number|email|e-mail|address))? (?:for|of) (?:a|the|your) {MGR_STRICT}\\b',
        // "Is there anyone there with a brain I can talk to?"
        '\\b(?:anyone|anybody|someone|somebody) (?:there )?with (?:a brain|half a brain|some sense|a clue|any sense)\\b',
        // "then i want someone else to look at it".
        "\\b(?:want|need|would like|i'd like|we'd like) (?:someone|somebody) else to (?:look at|check|deal with|handle|review|take over|see|sort)\\b",
        // "I still want that call from the duty manager tomorrow".
        '\\b(?:still )?(?:want|need|expect|waiting for|waiting on) (?:that |a |the |my )?(?:call|callback|call back|phone call) (?:back )?from (?:the |a |your )?(?:duty |area |branch |store |shift )?{MGR_STRICT}\\b',
        // "Can I talk to Phil or whoever's in charge please?"
        "\\b(?:talk|speak|chat) (?:to|with) (?:\\w+ ){0,3}?(?:or )?whoever(?:'s| is) (?:in charge|responsible|the boss|the owner)\\b",
        // "I'm asking again to have this escalated to a supervisor", "there must be someone above you".
        '\\b(?:have|get|want) (?:this|it|my \\w+) escalated to (?:a |the |your )?(?:{MGR_STRICT}|complaints team|someone (?:senior|higher))\\b|\\bthere must be (?:someone|somebody|a manager|a supervisor) (?:above you|higher|more senior|in charge)\\b',
        // "or whoever is above you", "Is there someone else who could send them?"
        '\\bwhoever is (?:above|over) you\\b|\\bis there (?:someone|somebody|anyone|anybody) else (?:there )?(?:who|that) (?:can|could)\\b',
        // "I want to speak to them or to their manager."
        '\\b(?:speak|talk|chat) (?:to|with) (?:\\w+ ){1,3}?or (?:to |with )?(?:their|his|her|your|a|the) {MGR_STRICT}\\b',
        // "I want to speak to whoever actually runs the shop", "Is there someone there who actually knows how the upload works?".
        "\\b(?:speak|talk|chat) (?:to|with) whoever (?:actually |really )?(?:runs|owns|manages|is in charge of)\\b|\\b(?:is there|i need|i want|i'd like|we need|need|want) (?:someone|somebody|anyone|anybody) (?:there |else |in \\w+ )?(?:who|that) (?:actually |really )?(?:knows|understands|can (?:actually |really )?help)\\b",
        // "I want someone from engineering or a manager on this chat now", "or their supervisor, on this".
        "\\b(?:want|need|get|put|bring)\\s+(?:[\\w']+,?\\s+){0,6}?(?:a|an|the|your|their)\\s+{MGR_STRICT},?\\s+(?:on|in|onto|into)\\s+(?:this|the)\\b(?:\\s+(?:chat|call|ticket|case|thread|line|conversation|now))?",
        // "I'd like to speak with whoever decided to schedule the works", "I'm sure there is someone above you".
        '\\b(?:speak|talk|chat) (?:to|with) whoever (?:decided|made (?:the|that|this) (?:decision|call)|approved|signed (?:it |this |that )?off|is responsible|was responsible|is in charge|authori[sz]ed)\\b',
        "\\b(?:i'?m|i am) sure (?:there(?:'s| is)|you have) (?:someone|somebody|a manager|a supervisor) (?:above you|more senior|senior|higher up|in charge)\\b",
        "\\b(?:want|wanna|need|needs|have|has|got|like|love|demand|demanding|insist on|prefer|let me|lemme|can i|could i|may i|i'd|id|would|must|going|gonna|ask to|asking to|request to|requesting to|time to|trying to|tryna|pls|please|plz|just)\\s+(?:to\\s+)?(?:be\\s+)?(?:able to\\s+)?(?:\\w+\\s+)?{TALK}(?:ing)?\\s+(?:to|with)\\s+{DET}?\\s*{MGR}",
        '^\\s*(?:\\w+\\s+)?{TALK}\\s+(?:to|with)\\s+{DET}?\\s*{MGR}',
        // "help me talk to a person", "I'm trying to speak with a live agent", "contact an operator".
        '\\b(?:{TALK_ANY}\\s+(?:to|with)|contact|contacting|reach|reaching|get in touch with|get hold of|get ahold of)\\s+(?:(?:a|an|the|your|ur|some|one of your|any|to a|a real|a live)\\s+)?(?:\\w+\\s+)?{PERSON}\\b',
        // "get back to the boss" (returning to a game) is not "get me to the boss".
        '\\b(?:hand|pass|transfer|put|get|connect|direct|redirect|send|route|forward|switch)\\s+(?!back\\s)(?!(?:the|a|an|our|my) (?:code|codes|key|keys|details|password|pin|address|number|form|invoice|photos?|files?|documents?|link|receipts?|quote|po)\\b)(?:\\w+\\s+){0,3}?(?:over\\s+|through\\s+)?(?:to|with)\\s+(?:(?:a|an|the|your|some)\\s+)?{PERSON}\\b',
        '\\b(?:get|find|bring|fetch)\\s+(?:me\\s+)?(?:a|an|some)\\s+(?:real\\s+|live\\s+|actual\\s+)?(?:human|person|agent|operator|representative|rep|manager|supervisor)\\b',
        "\\b(?:don't|dont|do not|doesn't|won't|not) (?:want|wanna|like|need)(?: to)? (?:talk|speak|chat|deal) (?:to|with) (?:a |the |this |your |some )?(?:stupid )?(?:bot|chatbot|robot|machine|computer|ai|automated (?:system|assistant)|virtual assistant)s?\\b",
        "\\b(?:talking|speaking|chatting) (?:to|with) (?:a |the |this |your )?(?:bot|chatbot|robot|machine|computer)s? (?:is|isn't) (?:stupid|useless|pointless|helping|not helping|annoying)\\b",
        '\\b(?:want|need|wanna)\\s+(?:a\\s+)?(?:human|real person|person|agent)\\b(?!\\s+(?:resources|rights|error|nature))',
        '\\bhuman (?:handoff|hand-off|hand off|takeover|support please)\\b',
        '\\bevery (?:\\w+ ){0,2}(?:has|have) (?:a |an )?(?:[\\w-]+ )?(?:{MGR_STRICT}s?|complaints? (?:process|department|team|procedure))\\b|\\bis there (?:a|an|any) (?:duty |senior |shift |floor |store |general |hotel |site )?{MGR_STRICT}(?: or (?:someone|anyone|somebody))?(?: on site| on duty| there| here| in today)?(?: (?:who|that) (?:can|could)|\\s*\\?| available| (?:i|we) (?:can|could))',
        "\\b(?:get|find|bring|put me through to|i want|i'd like|let me speak to) (?:me )?whoever (?:runs|owns|manages|is in charge of)\\b",
        "\\b(?:i shall|i will|i'll|i am going to|i'm going to) (?:be )?writ(?:e|ing) (?:directly )?to (?:the|your) (?:managing director|md|ceo|chief executive|chairman|chair|head(?:master|mistress|teacher)?|director|board|owner|principal|bursar|governors|head office)\\b|\\bi (?:should|would|'d) (?:like|wish) to (?:speak|talk) (?:to|with) (?:him|her|them|whoever)\\b",
        '\\bis there (?:actually |really )?(?:an? )?(?:actual |real |live )?(?:person|human)\\b(?! (?:error|resources))',
        // A bot answered: "AGENT. a human. please", "human please", "representative".
        '(?:^|[.!?]\\s*)(?:an? )?(?:agent|human|representative|operator|live agent|real person)\\s*(?:,?\\s*(?:please|pls|plz))?\\s*(?:[.!]+(?=\\s|$)|$)',
        '\\b(?:give me|i want|i need|send me) (?:a|the) (?:number|email|email address|phone number|contact|name) (?:or (?:a|an) (?:number|email|email address) )?(?:for|of) (?:one|them|him|her|your (?:manager|supervisor|boss))\\b',
        '\\bput me through to (?:the|your) \\w+ or (?:a|the|your) (?:supervisor|manager|team ?lead(?:er)?)\\b',
        '\\bis there (?:someone|somebody|anyone) (?:who|that) (?:deals with|handles|specialises in|specializes in|knows about) (?:this|these|that)\\b',
        '(?:^|[.!?]\\s+)(?:someone|somebody|anyone) else,? then\\b|\\bis there (?:a|any|one) (?:person|human|one|body|someone|anyone) (?:there |at \\w+ |in \\w+ )?who can (?:actually )?help\\b|\\b(?:put|transfer|connect|pass) me (?:through |over )?to (?:one|your complaints (?:team|department))\\b',
        '\\b(?:want|need|get|have)\\s+(?:a|an|the|your|my)\\s+(?:manager|supervisor|team ?lead(?:er)?|senior (?:agent|manager|person))\\s+to\\s+(?:call|ring|phone|email|e-mail|contact|look|review|check|get back|deal)\\b',
        // "Then I would like somebody senior to ring me back", "can someone more senior call me?"
        "\\b(?:want|need|get|have|find|would like|i'd like|we'd like)\\s+(?:someone|somebody|a person)\\s+(?:more\\s+)?(?:senior|higher up|in charge|with (?:more )?authority)\\s+to\\b|\\b(?:can|could|will) (?:someone|somebody) (?:more )?(?:senior|in charge|higher up) (?:call|ring|phone|contact|email) me\\b",
        '\\b(?:someone|somebody|anyone)\\s+(?:from|in|at)\\s+(?:customer (?:care|service|support)|support|your team|the (?:support )?team)\\b',
        '\\b(?:get|put|transfer|connect|pass|forward|send|escalate|route|redirect|switch|hand)\\s+(?:me|us|this|my (?:case|issue|complaint|ticket|call|chat)|it)\\s+(?:over\\s+|through\\s+|up\\s+)?(?:to|with)\\s+{DET}?\\s*{MGR}',
        "\\b(?:want|need|would like|'d like|demand)\\s+(?:this|it|my (?:case|issue|complaint|claim|ticket))\\s+(?:passed|escalated|transferred|sent|handed|taken)\\s+(?:on\\s+|up\\s+|over\\s+)?to\\s+{DET}?\\s*{MGR}",
        // (From "I'm", so the guard against "I'm a real person" does not read it as one.)
        "\\b(?:(?:i'm|im|i am|we're|we are)\\s+)?(?:ask|asking|asked|want|need|request|requesting)\\s+(?:again\\s+)?for\\s+(?:someone|somebody|anyone)\\s+(?:more\\s+)?(?:senior|higher|in charge|above you)\\b",
        "\\b(?:i'm |i am )?(?:ask|asking|asked)\\s+(?:again\\s+)?for\\s+(?:a|the|your)\\s+{MGR_STRICT}\\b",
        // "someone who can actually do something": not this agent.
        '\\b(?:someone|somebody|anyone|anybody|a person)\\s+(?:who|that)\\s+(?:can|could|is able to|has the (?:power|authority) to)\\s+actually\\b|\\b(?:someone|somebody|anyone)\\s+with (?:actual |real )?(?:authority|power)\\b',
        '\\b(?:get|fetch|bring|call|give|find|send)\\s+(?:me\\s+)?(?:your|a|the|ur)\\s+{MGR_STRICT}\\b',
        "\\b(?:i want|i need|i demand|i'd like|i would like|i wanna|can i (?:have|get|see)|could i (?:have|get|see)|let me have|may i have)\\s+(?:a|your|the|ur|some|an)\\s+(?:\\w+\\s+)?{MGR_STRICT}\\b",
        "\\b(?:i want|i need|i demand|i'd like|i would like|i wanna|gimme|give me|get me)\\s+(?:a |an |to have a )?(?:real|actual|live) (?:person|human|agent)\\b",
        "\\b(?:i want|i need|i demand|i'd like|i would like|i wanna|give me|get me)\\s+(?:a |an )?(?:human|person|agent|representative|rep|operator)(?: being)?(?: (?:now|please|pls|plz|asap))?\\s*(?:[.!]|$)",
        '\\b(?:escalate|escalating)\\s+(?:this|it|my (?:case|issue|complaint|ticket)|the (?:case|issue|complaint|ticket)|the matter|this matter)\\b',
        '\\bescalation\\s+(?:please|now|request|team)\\b',
        "\\b(?:want|need|would like|'d like|demand|expect)\\s+(?:this|it|my (?:case|issue|complaint|ticket))\\s+(?:to be\\s+)?escalated\\b",
        "\\bwho(?:'s|\\s+is)\\s+(?:your|ur|the)\\s+(?:boss|manager|supervisor|superior)\\b",
        '\\b(?:still\\s+)?(?:waiting|wait)\\s+(?:on|for)\\s+(?:that|the|a|your|my)\\s+{MGR_STRICT}\\b',
        "\\bwhere(?:\\s+is|'s|s)\\s+(?:that|the|my|your)\\s+{MGR_STRICT}\\b",
        "\\b(?<!-)(?:human|agent|representative|operator|manager|supervisor|real person|live agent|customer service)\\s*(?:please|pls|plz|now|asap)\\b(?<!\\b(?:a|an|the|is|as|was|'s|be|become|becomes|became)\\s+\\w+(?: \\w+)?\\s*\\w+)",
        '^\\s*(?:human|agent|representative|operator|manager|supervisor|real person|live agent|live person|person)\\s*[.!?]*\\s*$',
        "\\b(?:is there|isn't there|is their)\\s+(?:a|an|any|some)\\s+(?:human|person|real person|manager|supervisor|someone|somebody|one)\\s+(?:i|else i)\\s+(?:can|could)\\s+{TALK}",
        '\\b(?:someone|somebody|anyone|anybody)\\s+(?:else|higher|senior|more senior|in charge|above you|who can (?:actually )?help|competent|with authority)\\b(?=\\s+(?:please|now|who can|to talk|to speak|i can (?:talk|speak)|help me|deal with|to deal))',
        '\\b(?:take|taking)\\s+(?:this|it)\\s+(?:higher|up the chain|further|to (?:your|a) (?:manager|supervisor|boss))\\b',
        '\\b(?:no|not|stop talking to|done with)\\s+(?:more\\s+)?(?:bots?|robots?|machines?|automated (?:replies|responses))\\b',
        '\\b(?:connect|transfer|put|get|pass)\\s+me\\s+(?:to|with|through|onto|on to|over to)\\s+(?:someone|somebody|a person|a human)\\b',
        '\\b(?:get|find|bring|give|fetch)\\s+me\\s+(?:someone|somebody|a person|a human)\\b|\\b(?:passed|escalated|sent|handed|taken)\\s+(?:on\\s+|up\\s+|over\\s+)?to\\s+(?:whoever|someone who|somebody who|the person who)\\s+(?:runs|manages|is in charge|is above|can overrule|oversees|leads)\\b',
        '\\b(?:someone|somebody|a (?:real |actual )?(?:person|human))\\b[^.!?]{0,40}?,?\\s+not (?:a |another |the |your )?(?:bot|robot|machine|script|chatbot|ai|auto[- ]?reply)\\b',
        '^\\s*(?:\\w+\\s+){0,2}(?:customer (?:service|support|care)|live (?:agent|chat|person|support)|human (?:agent|support|help))\\s+(?:contact|number|chat)?\\s*(?:please|pls|now)?\\s*\\?*$',
        "\\b(?:how (?:can|do) i|how to|where (?:can|do) i|help me|i need to|i want to|need to|want to|i'd like to|i have to|trying to|how could i)\\s+(?:contact|reach|call|get (?:hold of|in touch with|to)|speak (?:to|with)|talk (?:to|with)|chat with|get through to)\\s+(?:a |an |the |your |some |someone |somebody |one of your )?(?:live |real |actual |human )?(?:agents?|representatives?|reps?|operators?|customer (?:service|care|support)|customer service agent|person|human|assistants?|staff|support (?:team|staff|agent|person)|service team|someone|somebody|people|employee|advisor|adviser|specialist)\\b",
        '\\b(?:live|human|real)\\s+(?:agent|person|representative|assistant|support|operator|help)\\b(?=[^.?!]*(?:\\?|please|need|want|speak|talk|chat|contact|reach|get))',
        // "Is there someone else I could talk to?"
        '\\bis there (?:someone|somebody|anyone|anybody) else\\b[^.!?]{0,50}?\\b(?:i|we) (?:could|can|might) (?:talk|speak) to\\b',
        // "put a supervisor on"
        '\\bput (?:a|the|your) (?:supervisor|manager|boss|team ?leader|team lead|duty manager) on\\b',
        // "a complaints email for someone senior"
        '\\b(?:email|e-mail|contact|number|details|name)(?: address)? (?:for|of) (?:someone|somebody) (?:senior|more senior|higher up|above you|in charge)\\b',
        // "I want the clinical director" (not "the manager role").
        "\\bi (?:want|need|demand) (?:the|your) (?:clinical |medical |practice |managing |operations |regional |area |store |branch |general )?(?:director|manager|supervisor|head of [\\w-]+)\\b(?!'s|\\s+(?:role|account|view|permissions?|access|login|app|cut|edition|version)\\b)",
        // "I still want that manager to ring me", "a callback from someone senior".
        '\\b(?:want|need|expect) (?:that|the|a|your) (?:manager|supervisor|team leader|director|someone senior|senior manager) to (?:ring|call|phone|contact|email) (?:me|us)\\b|\\b(?:callback|call back|call|phone call|ring) from (?:someone|somebody) (?:senior|more senior|higher up|in charge|above you)\\b',
        // "then someone else. anyone above you."
        "(?<!\\bthere (?:is|'s) )\\b(?:anyone|anybody|someone|somebody) (?:above|higher than|over) you\\b",
        // "supervisor. now." as the whole message.
        '^\\s*(?:a |your |the )?(?:supervisor|manager|boss|team leader)\\s*[.!]+\\s*(?:now|please|pls|asap)?\\s*[.!]*\\s*$',
        // "want a manager calling me today".
        '\\b(?:want|need|expect) (?:that|the|a|your) (?:manager|supervisor|team leader|director) (?:calling|ringing|phoning|emailing) (?:me|us)\\b',
        // "I want to talk to whoever's above Darren".
        "\\b(?:talk|speak) to whoever(?:'s| is) (?:above|over|in charge of|senior to) \\w+\\b",
        // "can ANYONE senior look at this".
        '\\b(?:can|could) (?:anyone|someone|somebody|anybody) (?:senior|more senior|higher up|in charge) (?:look at|review|deal with|handle|check|see|sort)\\b',
        // "I'd like this dealt with by your superintendent pharmacist".
        "\\b(?:i'd like|i would like|i want|i need|i'd rather|i would rather|i expect)\\b[^.!?]{0,25}\\b(?:dealt with|handled|looked at|reviewed) by (?:a|your|the) (?:[\\w-]+ ){0,2}?(?:manager|supervisor|pharmacist|director|head of [\\w-]+|someone senior)\\b",
        // "last try: supervisor or a manager, now."
        '(?:^|[.!?:]\\s*)(?:a |your )?(?:supervisor|manager)(?: or (?:a |your )?(?:supervisor|manager|team leader))?,? now\\b',
        // "could you pass this to whoever in your team can actually authorise it?"
        '\\bpass (?:this|it|me) (?:on |over )?to whoever\\b',
        // "still want that manager call though".
        "\\b(?:want|need|expect|waiting for) (?:that|the|a|my) (?:manager|supervisor)(?:'s)? (?:call|callback|call back|phone call)\\b",
        // "I'd appreciate it if someone more senior could look into why".
        '\\b(?:someone|somebody) (?:more senior|senior|higher up) (?:could|can|would|to) (?:look|have a look|review|investigate)\\b',
        // "can I ask for this to go to a supervisor then?"
        '\\b(?:for )?(?:this|it) to go (?:up )?to (?:a|the|your) (?:supervisor|manager|team leader)\\b',
        // "is there an actual engineer or someone in the software team I can speak to".
        '\\bis there (?:an actual|a real|a proper) (?:[\\w-]+ ){0,2}?(?:engineer|manager|supervisor|person|human|specialist)\\b[^.!?]{0,40}\\b(?:i|we) (?:can|could) (?:speak|talk) to\\b',
      ],
      exceptAfter: [
        '\\s*{PRODUCT_AFTER}',
        // "Could you please escalate the ticket priority to P1?": a routine priority change, not a request for a manager.
        '\\s+(?:priority|severity)\\b|\\s+(?:to|as) (?:a )?(?:p[0-4]|sev(?:erity)? ?[0-4]|priority ?[0-4]|high priority)\\b',
        // "Can I speak to the manager of the venue about the menu?": the venue's own manager, for a booking detail.
        '\\s+of (?:the|your|our|my) (?:venue|restaurant|hotel|store|shop|building|site|gym|club|property|cafe|café|bar|kitchen)\\b(?=[^.!?]{0,40}\\babout (?:the|our|my) (?:menu|food|cake|decorations|seating|timings?|booking|party|event|room))',
      ],
      exceptBefore: [
        "\\b(?:am i|are you|is this|was i|were you|i'm|im|i am|i was|we're|we are)\\s+(?:\\w+\\s+)?$",
        '\\b(?:am i|are you|is this|is it|is that)\\s+(?:a |an )?(?:\\w+\\s+)?(?:or|and)\\s+(?:a |an )?$',
        '\\b(?:your|my|the) (?:bot|assistant) (?:said|says)\\b[^.!?]*$', // "Is that how you're allowed to speak to people?": how staff talk, not a request to talk to anyone.
        "\\bhow (?:you(?:'re| are) (?:allowed|supposed|trained|meant) to|you|your \\w+ (?:are allowed to|can)) $",
        // "note on it that I asked for a supervisor three times": for the record, not a new request.
        "\\b(?:note|notes|noted|record|recorded|says|log|logged|write (?:it )?down)(?: (?:on|in) (?:it|the (?:notes|file|complaint|case|record)))?(?: that)? i (?:have |'ve )?$",
      ],
      // "I need to speak to my supervisor about the chapter first", "I'll check with my manager": the writer's own boss, not the company's.
      unless: [
        '\\b(?:speak|talk|check|chat) (?:to|with) my (?:academic |phd |thesis |line |own )?(?:supervisor|manager|boss|team ?lead(?:er)?)\\b(?! (?:at|from|in) (?:your|the) (?:company|bank|store|shop|branch|team))',
      ],
      skipQuestions: false,
    },
    // ─── customer: threats ──────────────────────────────────────────────────────────────────
    {
      id: 'legal.lawyer',
      kind: 'threat_legal',
      role: 'customer',
      // "I could take it to the ombudsman, but I'd rather sort it here": named to set it aside ("If I
      // have to I'll report it, but I'd rather you replaced it" is still a threat).
      unless: [
        "\\b(?:i|we) (?:could|can|might)(?: always| just)? (?:\\w+ ){0,5}?\\w+\\b[^.!?]{0,40},? but (?:i'd|i would|we'd|we would) (?:much )?(?:rather|prefer)\\b",
      ],
      exceptBefore: [
        // "i ended up taking them to small claims" (another shop, last time): a past case told.
        '\\b(?:ended up|had to) (?:in|at|taking|take|going|go|having to take|suing|sue)\\b[^.!?]{0,30}$',
        // "do I have to like sue the seller myself?": asking how it works.
        '\\b(?:do|would|should|will|must|can) (?:i|we) (?:have to|need to|just)?\\s*(?:like\\s+)?$',
      ],
      patterns: [
        // "take it to an employment tribunal if I have to".
        '\\b(?:take|taking|took|go|going|refer|referring|bring|bringing|apply|applying|file|filing|lodge|lodging|claim|putting in)\\b[^.!?]{0,30}\\b(?:an? |the )?(?:employment|industrial|tenancy|property|first-tier) tribunal\\b',
        // "treat this message as a letter before action", "issue a claim in the County Court".
        "\\bletter (?:before|of) (?:action|claim)\\b|\\b(?:claim|proceedings) in the (?:county|small claims|district|magistrates'?) court\\b|\\bissue (?:a )?(?:county court )?claim against\\b",
        // "I'm getting advice from a housing solicitor".
        '\\b(?:getting|taking|seeking|get|take|seek) (?:legal )?advice from (?:a|my|our) (?:[\\w-]+ )?(?:solicitor|lawyer|attorney)\\b',
        // "you'll be hearing from our solicitor".
        "\\byou(?:'ll| will) be hearing from (?:my|our) (?:solicitors?|lawyers?|attorneys?|legal team)\\b",
        // "take me to court then, I'll see you there with my own lawyer": a dare.
        '\\btake me to court,? then\\b|\\bsee you (?:there|in court) with my (?:own )?(?:lawyer|solicitor|attorney)\\b',
        // "they've put me in touch with a housing solicitor about a disrepair claim".
        '\\b(?:in touch with|instructed|instructing|hired|hiring) (?:a |an |my )?(?:housing |disrepair |consumer |employment )?(?:solicitor|lawyer|attorney)\\b|\\bdisrepair claim\\b',
        // "let's see what the consumer forum thinks", "we'll let the Tenancy Tribunal decide", "watch your inbox for a letter".
        "\\blet'?s see what (?:the |a )?(?:[\\w-]+ )?(?:court|judge|tribunal|magistrates?|consumer (?:forum|court))s? (?:thinks?|says?|makes of|decides?|has to say)\\b|\\b(?:let|leave it to) (?:the |a )?(?:[\\w-]+ ){0,2}?(?:tribunal|court|judge|magistrates?)\\s+(?:decide|sort (?:it|this) out|rule|settle)\\b|\\bwatch (?:your|the) (?:inbox|post|mail|letterbox|mailbox) for (?:a|my|our) (?:letter|claim|notice|summons)\\b",
        '\\b(?:my|a|an|our|the family|get a|getting a|hire a|hiring a|call(?:ing)? my|contact(?:ing)? my|speak(?:ing)? to my|talk(?:ing)? to my|consult(?:ing)? (?:my|a))\\s+(?:lawyers?|lawer|laywer|attorneys?(?! general)|attourney|solicitors?|legal (?:team|counsel|department|representative|advice|advisor))\\b',
        '\\b(?:lawsuit|law suit|class action|litigation|legal action|legal proceedings|legal steps|legal route|small claims?|court case|court order|cease and desist)\\b',
        "\\b(?:going to|gonna|will|'ll|shall|could|can|to|would|'d|should|and|i)\\s+(?:\\w+\\s+)?(?:sue|suing|sues)\\b",
        '\\b(?:sue|suing)\\s+(?:you|your|u|ya|them|the company|this company|you guys|the lot|for|over|everyone)\\b',
        '\\b(?:take|taking|drag|dragging|see|seeing|meet)\\s+(?:you|u|ya|them|this|it|your company|you guys)\\s+(?:to|in)\\s+court\\b',
        '\\bsee you in court\\b',
        "\\b(?:my )?next (?:call|stop|step|email|message|move|letter) (?:is|will be|'s) (?:to |from )?(?:my|a|the) (?:lawyers?|solicitors?|attorneys?)\\b",
        '\\b(?:take|taking|pursue|pursuing)\\s+(?:legal|this legally)\\b',
        "\\b(?:legal|lawyers?|solicitors?|attorneys?|legal team)\\s+(?:will be|are going to be|is going to be|'ll be)\\s+(?:involved|contacting you|in touch|writing to you|hearing about this)\\b",
      ],
      // "My lawyer asked me to get a copy of the contract": paperwork for a lawyer, not a threat.
      exceptAfter: [
        // "my husband's a solicitor, he's meeting me at arrivals": who is coming along, not a legal step.
        "\\s*,\\s*(?:and )?(?:he|she|they)(?:'s| is| are|'re| will be|'ll be) (?:meeting|picking|collecting|coming|joining|travelling|traveling|flying|driving|staying)\\b",
        // "My solicitor ordered the same sofa last year and recommended it": a customer like any other.
        '\\s+(?:ordered|bought|recommended|loves|uses)\\b(?![^.!?]{0,60}\\b(?:sue|suing|court|legal|claim|letter|action|proceedings)\\b)',
        // "my lawyer friend checked the contract and said it looks fine": a friend who happens to be a lawyer.
        '\\s+(?:friend|mate|pal|neighbou?r|colleague|cousin)\\b(?![^.!?]{0,60}\\b(?:sue|suing|court|legal action|claim against|proceedings|letter)\\b)',
        // "my sister is a lawyer and wants the vegan menu too": a job mentioned, no legal step after it.
        '\\s+and (?:she|he|they)?\\s*(?:just )?(?:wants?|likes?|loves?|prefers?|recommended|suggested|mentioned|told me about|put me onto|uses|used|set up|sorted|arranged|drew up|ordered|bought|booked|orders|buys|has (?:one|the same)|is (?:coming|joining|vegan|veggie|allergic))\\b(?![^.!?]{0,60}\\b(?:sue|suing|court|legal|claim|letter|action|proceedings|compensation)\\b)',
        // "my dad's a lawyer and won't let me sign anything he hasn't read": a careful reader, not a threat ("my brother is a solicitor, he'll be writing to you" is one).
        '\\s+so (?:he|she|they) (?:read|checked|looked (?:at|over)) (?:the|it|them|my)\\b',
        "\\s+and (?:(?:he|she|they)(?:'s| is| will| wouldn't)? )?(?:won't let (?:me|us) sign|wants? to (?:read|check|see) (?:it|the|everything|anything)|will (?:read|check) (?:it|the))\\b",
        // Buying a home: "our solicitor says the keys might not be released until 1pm", "the cover note my solicitor needs for exchange",
        // "our solicitor submitted the registration in April": the lawyer doing the conveyancing, not a threat ("my solicitor says I can sue you" is).
        '\\s+(?:has |have |had )?(?:also |already )?(?:says?|said|thinks?|submitted|sent|registered|needs?|asked|has asked|is waiting|are waiting|was waiting|received|confirmed|checked|told (?:us|me) (?:that|the|it)|is handling|handled|will (?:send|handle|do|check|forward|confirm|need))\\b(?![^.!?]{0,80}\\b(?:sue|suing|(?<!\\bfrom (?:the )?)court(?! order)|legal action|claim against|negligence|(?<!divorce )proceedings|breach|compensation|tribunal|letter before action)\\b)',
        // "my solicitor holds the original deeds": a lawyer keeping papers.
        '\\s+(?:holds|has|keeps|is holding|has got) (?:the |my |our |all the )?(?:original )?(?:deeds|documents|paperwork|contract|will|keys|file|title)\\b',
        // "he's going to sue me": the customer is the one being sued.
        '\\s+(?:me|us)\\b',
        // "my brother is a solicitor and he said to also ask for the photos": advice on what to ask for.
        "\\s+and (?:he|she|they)(?:'s| has| have)? (?:said|says|told me|suggested|advised)(?: me)? to (?:also )?(?:ask|get|request|check|keep|send|find)\\b",
        // "my disability claim is with my lawyer and she asked for a copy of my last invoice": paperwork.
        '\\s+and (?:she|he|they) (?:has |have )?(?:also |already )?(?:asked|needs?|wants?|requested|would like)\\b[^.!?]{0,60}\\b(?:cop(?:y|ies)|documents?|invoices?|statements?|records?|letter|paperwork)\\b',
        // "my lawyer will be happy": good news for the lawyer.
        "\\s+(?:will|'ll|would) be (?:so |very )?(?:happy|pleased|glad|relieved|thrilled|delighted)\\b",
        // "my attorney is handling the transfer", "my lawyer also wants to know whether the fee is added": routine work and questions.
        "\\s+(?:(?:is|was|'s) (?:handling|dealing with|doing|sorting|looking after|managing|taking care of)|handles|handled|manages|deals with) (?:the|our|my|mum's|mom's|dad's|his|her|\\w+'s) (?:lasting power of attorney|power of attorney|affairs|transfer|conveyancing|sale|purchase|closing|paperwork|estate|probate|will|registration|contract|lease|settlement|mortgage|bond|deposit dispute|rent arrears|arrears|personal injury(?: side| claim)?|injury claim|divorce|eviction)\\b",
        '\\s+(?:also |just )?(?:wants|wanted|needs|would like|asked) to (?:know|check|confirm|see)\\b|\\s+(?:also )?asked (?:me )?(?:whether|if|what|when|how|which)\\b',
        // "my solicitor's office prefers paper": the lawyer's office, address or fees.
        "'s (?:office|address|details|email|name|number|fees?|firm|secretary|assistant)\\b",
        // "my solicitor asked me to get them for the claim": records already named.
        '\\s+(?:has |have )?(?:also |already )?(?:asked|needs?|wants?|told) (?:me )?to (?:get|send|request|obtain|collect|bring) (?:them|these|those|it|this|that)\\b(?![^.!?]{0,20}\\b(?:court|tribunal)\\b)',
        // "My solicitor, Mr Pryce, is dealing with Dennis's estate and he asked me to get a copy of the booklet".
        '(?:\\s*\\([^)]{0,80}\\)|\\s*,[^,.!?]{0,80},)?(?:\\s+(?:is |was )?(?:dealing with|handling|looking after|working on|sorting)\\s+(?!(?:this|it|that|the (?:matter|case|complaint|dispute|claim)|my (?:case|complaint|claim))\\b)[^.!?]{0,60}?\\s+and(?: (?:he|she|they))?)?\\s+(?:has |have )?(?:also |already )?(?:asked|needs?|wants?|requested|requires?|would like|told me to|suggested)\\b[^.!?]{0,60}\\b(?:cop(?:y|ies)|documents?|contract|statement|paperwork|letter|records?|lease|agreement|policy|deeds?|invoices?|receipts?|details|dpa|nda|msa|soc ?2|(?:sub-?)?processor list|certificates?|audit reports?|sla reports?|(?:service|claims?|payment|account|maintenance|repair|medical) (?:history|records?))\\b',
        // "so our solicitors are chasing them" (the other driver's insurer): the lawyers act against someone else.
        "^\\s+(?:are|is|have been|'re) (?:now )?(?:chasing|dealing with|handling|pursuing|talking to|writing to|in touch with|suing) (?:them|him|her|the other|their|his|that)\\b",
        // "sue the seller myself", "take the seller to small claims": the case is against another user.
        '^\\s*(?:the|that|this|my|our) (?:seller|buyer|landlord|builder|other driver|other party|neighbou?r|tenant|scammer)\\b',
        // "I'm going to sue him for damages" (the dog): someone other than the company.
        '^\\s+(?:him|her)\\b',
      ],
      severity: 1,
    },
    {
      id: 'regulator',
      kind: 'threat_regulator',
      role: 'customer',
      // "I could take it to the ombudsman, but I'd rather sort it here": named to set it aside ("If I
      // have to I'll report it, but I'd rather you replaced it" is still a threat).
      unless: [
        "\\b(?:i|we) (?:could|can|might)(?: always| just)? (?:\\w+ ){0,5}?\\w+\\b[^.!?]{0,40},? but (?:i'd|i would|we'd|we would) (?:much )?(?:rather|prefer)\\b",
      ],
      exceptBefore: [
        // "I got an email from Ofgem saying the voucher expired": a message from the regulator, not a report to it.
        '\\b(?:email|e-mail|letter|message|text|notice|call|voucher|reply|response) from (?:the )?$',
      ],
      patterns: [
        // "I'll be reporting the firm to its professional body".
        '\\bto (?:its|their|your|the) (?:professional|regulatory) body\\b',
        // "reporting you to the Employment Agency Standards Inspectorate".
        '\\b(?:report|reporting) (?:you|this|it|them) to the (?:[\\w-]+ ){0,4}(?:inspectorate|standards authority|standards agency)\\b|\\bACAS\\b(?<=\\b(?:to|going to|contact(?:ing)?|call(?:ing)?) ACAS)',
        // "I'm reporting it to the ORR".
        '\\bORR\\b|\\boffice of rail and road\\b',
        // "I'm reporting this to the HSE".
        '\\b(?:the )?HSE\\b|\\bhealth and safety executive\\b',
        // "the state insurance commissioner".
        '\\b(?:state )?insurance (?:commissioner|department|regulator)\\b|\\bdepartment of insurance\\b|\\bpublic (?:utilities|service) commission\\b',
        // "I'll report the property to the council's private housing team", "I'm calling the council at 4:01", a typed "onbudsman".
        "\\b(?:report|reporting)\\b[^.!?]{0,30}\\bto (?:the )?(?:council(?:'s)?(?: private housing team| housing team| housing officer)?|environmental health|local authority)\\b|\\b(?:i'm|im|i am|i'll|ill|i will) (?:be )?(?:calling|call|ringing|ring|contacting|contact) (?:the )?council\\b(?! (?:about|to (?:ask|book|check|pay|find)))|\\b(?:onbudsman|ombusman|ombudman|obmudsman|ombundsman)\\b",
        // "I will be reporting this to ABTA".
        '\\breport(?:ing)? (?:this|it|you|them) to abta\\b',
        // "we'll see what the ombudsman says about all this".
        "\\b(?:we'll|i'll|let's|we will|i will) see what (?:the |a )?(?:[\\w-]+ )?(?:ombudsman|regulator|fca|ofcom|ofgem|ofwat|cfpb|ftc|bbb|trading standards|attorney general) (?:says|thinks|makes of|decides|has to say)\\b",
        // Travel and equality bodies: "I'll take it to AviationADR… I'll go to the CAA", "I'll file with ABTA's dispute resolution service", "report this to the Equality Advisory Service".
        "\\b(?:aviation ?adr|civil aviation authority|the caa|cedr|rail ombudsman|abta(?:\\s|\\'s\\s)(?:dispute|arbitration|complaints?)|equality advisory (?:and support )?service|ehrc|equality and human rights commission|licensing authority|department of transportation|(?<!\\bon )the dot)\\b",
        '\\b(?:CQC|care quality commission|care inspectorate|ofsted|fundraising regulator|BBB|better business bureau|bafin|asic|acma|afca|crtc|ccts|icasa|ccpc|comreg|arcep|procon|profeco|consumer council|ICO|information commissioner|FTC|federal trade commission|CFPB|consumer financial protection|FCA|financial conduct authority|financial ombudsman|ombudsman|independent appeals? (?:service|body|panel)|independent adjudicator|popla|gambling commission|ofcom|ofgem|ofwat|ACCC|trading standards|attorney general|consumer protection(?: agency| bureau| office)?|consumer affairs|consumer rights (?:agency|body)|department of transportation|DOT complaint|FAA|FCC|data protection (?:authority|commissioner)|ICO|information commissioner|state regulator|regulators?|citizens advice|watchdog|CNIL|DPC)\\b',
        '\\b(?:report|reporting|file (?:a )?(?:complaint|report)|lodge (?:a )?complaint|complain)\\s+(?:you|this|it|your company|the company)?\\s*(?:to|with)\\s+(?:the\\s+)?(?:authorities|regulators?|government|police|state|feds)\\b',
        '\\b(?:raising|raise|report(?:ing)?|refer(?:ring)?) (?:the matter|this|it|you) (?:with|to) (?:the )?\\w+\\b[^.!?]{0,40}\\bregulated by\\b',
        '\\b(?:report|reporting|complain|complaining|escalate|escalating|take|taking|(?:fil(?:e|ing)|lodg(?:e|ing)|mak(?:e|ing)|rais(?:e|ing)) (?:a )?(?:formal )?complaint)\\s+(?:you|this|it|your company)?\\s*(?:to|with)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:authority|regulator|ombudsman|commission|watchdog)\\b',
        // "I'm reporting this to the GPhC", "reporting you to the GOC": the health professions' regulators.
        '\\b(?:GPhC|GOC|GDC|GMC|NMC|HCPC|MHRA|general pharmaceutical council|general optical council|general dental council|general medical council|nursing and midwifery council)\\b(?<=\\b(?:to|contact(?:ing)?|call(?:ing)?|tell(?:ing)?|email(?:ing)?) (?:the )?(?:GPhC|GOC|GDC|GMC|NMC|HCPC|MHRA|general pharmaceutical council|general optical council|general dental council|general medical council|nursing and midwifery council))',
      ],
      exceptAfter: ['\\s+(?:approved|compliant|regulations?|rules|guidelines|requires?|says)\\b'],
    },
    {
      id: 'chargeback',
      kind: 'threat_chargeback',
      role: 'customer',
      // "I could take it to the ombudsman, but I'd rather sort it here": named to set it aside ("If I
      // have to I'll report it, but I'd rather you replaced it" is still a threat).
      unless: [
        "\\b(?:i|we) (?:could|can|might)(?: always| just)? (?:\\w+ ){0,5}?\\w+\\b[^.!?]{0,40},? but (?:i'd|i would|we'd|we would) (?:much )?(?:rather|prefer)\\b",
      ],
      patterns: [
        // "Refund it or I go to my bank."
        '\\bor (?:i|we) (?:go|am going|will go) (?:straight )?to (?:my|the|our) bank\\b',
        // "After that I'm filing the dispute."
        "\\b(?:i'm|i am|i'll|i will|i shall|we're|we'll) (?:be )?fil(?:e|ing) (?:a|the|my) (?:dispute|chargeback)\\b",
        // "if no answer by Friday I'm going to the bank".
        "\\b(?:i'm|i am|i'll|i will|we're|we'll) (?:be )?(?:going|go) (?:straight )?to (?:the|my|our) bank\\b(?! (?:to (?:pay|deposit|withdraw|get|ask|check))|\\s+(?:branch|app|website))",
        '\\bcharge ?backs?\\b',
        "\\b(?<!\\b(?:i|we) (?:want|would like|'d like|need) to )(?:dispute|disputing|contest|contesting|reverse|reversing|reverse the)\\s+(?:the|this|that|these|my|your|every|all (?:the|my|your|of the)?)?\\s*(?:charges?|transactions?|payments?|debits?|bill)\\b",
        '\\b(?:call|calling|contact|contacting|ring|ringing|phone|phoning|talk to|speak to|tell|going to)\\s+(?:my|the)\\s+(?:bank|credit card (?:company|provider|issuer)|card (?:company|issuer|provider)|amex|visa|mastercard)\\b(?!\\s+(?:to (?:pay|deposit|withdraw|get (?:cash|money)|open|set up|change|update)|branch|app)\\b)',
        '\\b(?:file|filing|open|opening|raise|raising)\\s+(?:a\\s+)?(?:dispute|claim)\\s+(?:with|through)\\s+(?:my|the)\\s+(?:bank|card|credit card|paypal)',
        '\\bstop (?:the )?payment\\b',
        '\\b(?:the|a|my) (?:dispute|chargeback|claim with my bank) (?:goes in|is going in|will go in|gets filed|gets raised)\\b',
        '\\bdisput(?:e|ing)\\s+(?:[\\w$£€.,]+\\s+){0,4}?with\\s+(?:my|our|the)\\s+(?:bank|card|credit card|card issuer|credit card company|card company|paypal)\\b',
        '\\b(?:ask|asking|get|getting|have|having)\\s+(?:my|the)\\s+(?:bank|card (?:company|issuer|provider)|credit card company)\\s+to\\s+(?:reverse|refund|dispute|stop|cancel|block|claw back|pull back|raise (?:a )?dispute|open (?:a )?dispute|file (?:a )?dispute|charge (?:it |this )?back)\\b',
        '\\bpaypal (?:claim|dispute)\\b',
        '\\b(?:proceed|go ahead|continue) with (?:the|a|my) (?:dispute|chargeback|claim with my (?:bank|card issuer))\\b',
        "\\b(?:my )?next (?:call|stop|step|email|message|move) (?:is|will be|'s) (?:to )?(?:my|the) (?:bank|card (?:company|issuer)|credit card company)\\b",
        '\\b(?:reverse|dispute|charge back|cancel)\\b[^.!?]{0,30}\\bon my (?:credit |debit )?card\\b',
        '\\b(?:dispute|disputing|contest|contesting)\\s+(?:it|this|that|them)\\s+(?:with|through)\\s+(?:my|our|the)\\s+(?:bank|credit card|card|card issuer|credit card company|card company|paypal)\\b',
        // "After Friday it goes to the bank": the dispute, said as what happens next.
        "\\b(?:it|this)(?:'s| is)?\\s+(?:goes|going|will go|'ll go)\\s+(?:straight\\s+)?to\\s+(?:my|the)\\s+(?:bank|card (?:company|issuer)|credit card company)\\b",
        // "I'm disputing it with Amex today": the card company by name.
        '\\bdisput(?:e|ing)\\s+(?:it|this|that|them|the \\w+)\\s+(?:with|through)\\s+(?:amex|american express|visa|mastercard|barclaycard|discover)\\b',
        // "im charging back the platinum with my bank", "I'll charge it back" (not "charge it back to my card", a refund asked of the company).
        "\\b(?:i'm|im|i am|i'll|ill|i will|we'll|we're|gonna|going to)\\s+(?:just\\s+)?charg(?:e|ing)\\s+(?:(?:it|this|that|them|the \\w+|my \\w+)\\s+back|back\\s+(?:the|my|this|that|it|them|every|all))\\b(?!\\s+to\\b)",
        // "I'm just going to ring Barclaycard and get them to reverse it".
        '\\bget (?:them|my bank|the bank|my card (?:company|provider)) to (?:reverse|claw back|refund) (?:it|the (?:charge|payment|transaction|money))\\b',
        // "I'll be claiming it back under Section 75".
        '\\bsection 75\\b(?<=\\b(?:under|using|via|through|claim(?:ing)?|raise|raising) (?:a )?section 75)|\\bclaim(?:ing)? (?:it|the (?:deposit|money|payment)) back (?:from|through|under|via) (?:my )?(?:credit card|card company|card provider|bank)\\b',
      ],
      // "the chargeback report for Q1", "our dispute webhook": a product's reports and settings, not a threat.
      exceptAfter: [
        '\\s+(?:reports?|dashboards?|webhooks?|rates?|ratios?|notifications?|alerts?|api|endpoints?|exports?|data|volumes?|tab|page|module|settings?|queue|tool)\\b',
      ],
      // A chargeback someone else made ("one of my customers did a chargeback on me"), or one already talked about.
      exceptBefore: [
        // "I'll hold off on calling the bank then": the threat withdrawn.
        '\\bhold(?:ing)? off (?:on )?$',
        // "I will wait for the email then before I ring the bank": waiting first, no threat yet.
        '\\bbefore (?:i|we) $',
        '\\b(?:withdraw|withdrawing|drop|dropping|close|closing|cancel|cancell?ing|call off|calling off) (?:the |my |our )?$',
        // ("put me through to someone above you or im charging back…": after "or" the speaker's own clause.)
        '\\b(?:customers?|buyers?|clients?|someone|somebody|a guest|the guest)\\s+(?:(?!or\\b|otherwise\\b)\\w+\\s+){0,3}$',
        // "can you reverse the payments?": asking the company itself, a refund or fraud claim, not a threat.
        '\\b(?:can|could|would|will|please) (?:you|u)\\s+(?:please\\s+)?(?:just\\s+)?$',
        // "do I need to call my bank or file a dispute?": asking how, not threatening.
        '\\b(?:do|would|should|will|must|can) (?:i|we) (?:need to|have to|just)?\\s*$',
        '\\b(?:because of|about|regarding) (?:the|that|this)\\s+$',
      ],
    },
    {
      id: 'churn',
      kind: 'threat_churn',
      role: 'customer',
      patterns: [
        // "Brightwell Motors down the road have the same model in stock".
        '\\b(?:down the road|round the corner|across the road|over the road) (?:have|has|can do|sell|do|are doing)\\b(?=[^.!?]{0,40}\\b(?:same|cheaper|in stock|better|instead|for less)\\b)',
        // "I'm taking her out and moving her to the council nursery", "I'm cancelling the rest of the term anyway, we've found someone local".
        "\\b(?:i'm|i am|i'll|i will|we're|we'll) (?:be )?taking (?:her|him|them|my (?:son|daughter|child|kids?)) out\\b(?! (?:for|to|of)\\b)|\\b(?:we've|i've|we have|i have) found (?:someone|somebody|another|a) (?:local|else|cheaper|new|different)\\b|\\bcancell?ing the rest of the (?:term|year|contract|season|course|block|sessions)\\b",
        // "I'm going to move to another accountant at year end", "I'm still deleting the app".
        "\\b(?:move|moving|switch|switching) (?:over )?to (?:another|a different|a new) (?:accountant|accountancy firm|bookkeeper|solicitor|lawyer|firm|practice|dentist|vet|agency|broker|adviser|advisor|provider|supplier|company|bank|insurer|lender|letting agent|nursery|school|garage|dealer)\\b|\\b(?:i'm|i am) (?:still |now |just )?(?:deleting|uninstalling|removing) (?:this|the|your) app\\b(?!\\s+and (?:re-?install|reinstalling|download|try|trying))",
        // "this is the last thing I'm buying from you".
        "\\bthe last (?:thing|time|order|item|purchase) (?:i'm|i am|i'll|i will|we're|we'll) (?:ever )?(?:buying|ordering|booking|getting|buy|order|book) (?:from|with) you\\b",
        // "I'll go with the other quote."
        "\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to) go with (?:the other|their|the cheaper|the new) (?:quote|offer|company|insurer|provider|supplier)\\b",
        // "we'll move to Ledgerly at renewal".
        "\\b(?:we'll|we will|i'll|i will) (?:move|switch|go) (?:over )?to \\w+ (?:at|on|before) (?:the )?renewal\\b",
        // "I'll move the whole lot somewhere else", "I've already opened an account with another app", "I'm closing my store card".
        '\\bmov(?:e|ing) (?:the whole lot|everything|it all|all of it|my savings|my money) (?:somewhere else|elsewhere)\\b|\\bopened an account with (?:another|a different|a new) (?:app|bank|provider)\\b|\\bclos(?:e|ing) (?:my|the|our) store card\\b',
        // "I'll cancel them all and book somewhere else", "I'm done with you", "I'll just move my flying to Borealis".
        "\\band (?:book|go|shop|stay) (?:somewhere else|elsewhere)\\b|\\b(?:i'm|i am) done with you\\b|\\bmove my (?:flying|business|custom|banking|bookings|stays) (?:over )?to\\b",
        // "I'll get a local electrician to fit one", "I'll go through the council scheme with another installer".
        "\\b(?:i'll|i will|we'll|we will) (?:get|use|find|book|hire) (?:a |another |a different )?local (?:electrician|plumber|engineer|installer|firm|company|builder|garage|roofer)\\b|\\b(?:i'll|i will|we'll|we will) (?:go|do it|get it done|book it) (?:through [^.!?]{1,30} )?with (?:another|a different|a new) (?:installer|provider|company|firm|supplier|engineer|electrician|plumber|builder)\\b",
        // "I'll be using a different pizza place from now on", "I'm looking at other systems this week", "we'll be going out to tender", "I'm cancelling the sport pass and the main subscription".
        "\\b(?:i'll|i will|we'll|we will) (?:be )?(?:using|going to|ordering from|booking with) (?:a different|another|a new) (?:[\\w-]+ )?(?:place|shop|restaurant|company|provider|firm|one)\\b|\\b(?:i'm|i am|we're|we are) (?:already )?looking at (?:other|alternative|different) (?:systems|providers|suppliers|companies|options|banks|platforms|tools|apps|airlines|hotels|networks)\\b|\\b(?:going|go|put (?:it|this|the contract)) out to tender\\b|\\b(?:i'm|im|i am|i'll|i will|we're|we'll) (?:be )?cancell?ing (?:the |my |our |her |his )?(?:[\\w-]+ ){0,3}(?:and (?:the |my |our )?(?:[\\w-]+ ){0,2})?(?:subscription|membership|contract|account|plan|cover|policy|pass)\\b",
        // "never buying another one of your games".
        '\\b(?:never|not) (?:buying|ordering|booking) (?:another|any more|anything else)(?: one)? (?:of|from) your\\b',
        // "I won't be setting foot in one of your gyms again", "we'll be taking the whole team to another vendor", "going with a local firm", "I might as well take it all to the building society".
        "\\b(?:won't|will not|never) (?:be )?(?:set(?:ting)? foot in|step(?:ping)? (?:foot )?in(?:to)?) (?:one of )?your\\b|\\b(?:taking|take|moving|move) (?:the|our|my) (?:whole |entire )?\\w+ (?:over )?to (?:another|a different|a new|a rival) (?:vendor|provider|supplier|company|platform|tool)\\b|\\b(?:going|go) with a local (?:firm|company|provider|engineer|plumber|garage|shop)\\b|\\b(?:might|may) as well (?:take|move|switch|go)\\b[^.!?]{0,40}\\b(?:to|elsewhere|somewhere else)\\b",
        // "I won't be rejoining after this", "I won't be re-enrolling for the autumn term".
        "\\b(?:won't|will not|shan't) be (?:rejoining|re-?enrolling|re-?subscribing|re-?booking|renewing|returning|coming back|ordering again|buying again)\\b",
        // "I'm going to opt out at renewal and just take the cash allowance".
        '\\bopt(?:ing)? out (?:at|on|before|when it comes to) (?:the )?renewal\\b',
        // "I intend to transfer the remaining administration of the estate to another firm", "I shall not be instructing you on any future matter".
        "\\b(?:i|we) (?:intend to|shall|will|'ll|am going to|'m going to|are going to) (?:be )?(?:transfer(?:ring)?|mov(?:e|ing)|tak(?:e|ing)) (?:[\\w'-]+ ){0,6}?to (?:another|a different|a new|a rival) (?:firm|practice|solicitor|provider|bank|agency|company|insurer|supplier|lender|network)\\b(?![^.!?]{0,40}\\b(?:form|forms|details|paperwork)\\b)|\\b(?:will|shall) not be (?:instructing|using|booking with|ordering from|renewing with) (?:you|your (?:firm|company|practice|services?))\\b",
        // "we'll book with Alpenrent next winter instead", "I'm moving my channel's tips to a different platform".
        "\\b(?:we'll|i'll|we will|i will) (?:book|go|shop|order|buy|stay) with \\w+ (?:next \\w+ )?instead\\b|\\b(?:moving|move|taking|take) my (?:[\\w'-]+ ){1,2}to (?:a different|another|a new|a rival) (?:app|site|platform|provider|service|company)\\b",
        // "that spend moves to another card", "not buying another pass, uninstalling", "I'm taking the whole lot out".
        "\\b(?:spend|business|custom) (?:moves|goes|will move|will go) (?:to (?:another|a different|a new)|elsewhere)\\b|\\bnot buying (?:another|any more|anymore)\\b|\\b(?:won't|will not) be buying any more of your\\b|\\btaking the whole (?:lot|system|thing) out\\b",
        // "…and find another caterer", "we'll book somewhere else", "I'll be moving her to another home", "I can't see us using you again", "I'm minded to switch", "whether to carry on giving at all".
        "\\b(?:i'll|i will|we'll|we will|and) (?:\\w+ )?(?:find|get|book|use|go with) (?:another|a different|a new) (?:caterer|photographer|venue|florist|dj|provider|supplier|company|builder|plumber|electrician|garage|vet|dentist|home|school|gym|insurer|bank|agency|pharmacy|chemist)\\b|\\b(?:we'll|i'll|we will|i will) (?:book|go|shop|order|buy) (?:somewhere else|elsewhere)\\b|\\b(?:moving|move|take|taking) (?:her|him|them|mum|mom|dad|my \\w+) to (?:another|a different|a new) (?:home|school|nursery|provider|practice|agency|care home|surgery)\\b",
        "\\bcan't see (?:us|me|myself|ourselves) (?:using|booking with|ordering from|buying from|coming back to) you again\\b|\\b(?:i'm|i am) (?:minded|thinking|tempted|considering) (?:to )?(?:switch|switching|move|moving|go|going|cancel|cancelling|leave|leaving)\\b|\\bwhether to (?:carry on|keep|continue) (?:giving|donating|paying|subscribing|using you)\\b|\\b(?:move|moving|transfer|transferring) (?:both |all )?(?:our|my) prescriptions? (?:over )?to\\b",
        // "if they say no I'm taking my number to another network".
        "\\b(?:(?:i'm|im|i am|we're|we are|i'll|i will|we'll|we will)\\s+(?:just\\s+)?)?(?:taking|take|porting|port|moving|move) my (?:number|business|custom|account|money) (?:over )?to (?:another|a different|a new|a rival)\\b",
        // "I'll be finding a different physio", "I'm registering us both at Millbrook Medical", "If it's not backdated I'm leaving".
        "\\b(?:i'll|i will|we'll|we will|i'm|we're) (?:be )?(?:finding|find|looking for|getting) (?:a |another )(?:different|new) (?:physio|dentist|gp|doctor|practice|surgery|vet|gym|provider|supplier|bank|insurer|broker|garage|school|nursery|salon|groomer|lender|solicitor|agent)\\b|\\b(?:i'm|we're|i am|we are|i'll be|we'll be) (?:re-?)?registering (?:us|myself|me|the (?:kids|family))(?: both| all)? (?:at|with) (?!your|you|the same)\\w+|\\bif\\b[^.!?,]{3,60}\\s(?:i'm|im|i am|we're|we are) (?:leaving|off|gone)\\s*(?:[.!,]|and\\b|$)",
        // "I've got a quote from another insurer for $980 so unless you can get near that I'll be moving.", "never coming back to this dump".
        "\\b(?:i'll|i will|we'll|we will) be (?:moving|switching|leaving|going elsewhere)\\s*[.!]*\\s*$(?<=\\b(?:quotes?|cheaper|another (?:insurer|provider|company|supplier|bank))\\b[\\s\\S]{0,120})|(?:^|[.!?]\\s+|\\b(?:i'm|im|i am|we're|we are|i'll|we'll|i will|we will)\\s+)(?:never|not) (?:coming|going) back\\b(?! (?:to (?:the|my|our) (?:house|home|flat|room|car|desk)|in|inside|out|home))",
        // "honestly I'm already looking at other yards".
        "\\b(?:i'm|im|i am|we're|we are) (?:already |now |actively )?looking (?:at|for) (?:other|another|a new|a different) (?:yards?|providers?|suppliers?|companies|banks?|insurers?|gyms?|vets?|practices?|schools?|nurseries|hosts?|platforms?|networks?|brokers?|stables|kennels|groomers?|garages?|airlines?)\\b",
        // "If this one goes the same way I'm cancelling the order.", "I'm still not renewing", "I won't be getting another Arden".
        "\\bif\\b[^.!?]{3,60}\\b(?:i'm|im|i am|we're|we are|i'll|i will|we'll|we will) cancell?(?:ing)? (?:the|my|our) (?:order|booking|contract|policy|subscription|membership|account|plan|service|installation)\\b",
        "\\b(?:i'm|i am|we're|we are) (?:still |definitely |just )?not renewing\\b|\\b(?:i|we) (?:won't|will not|wont) be (?:getting|buying|leasing|ordering|booking|renting|choosing) (?:another|a second|one of your)\\b",
        // "if this isn't sorted I'm not rebooking with you", "I will withdraw before Year 3".
        "\\b(?:i'm|i am|we're|we are|i'll|we'll) not (?:be )?(?:re-?booking|booking again|coming back|renewing) with you\\b|\\b(?:i|we) (?:will|'ll|am going to|'m going to) withdraw (?:from (?:the|this|my) (?:course|programme|program|degree)|before)\\b",
        // "Honestly if that's the answer I'll just switch provider".
        "\\b(?:switch|switching|change|changing) (?:provider|supplier|bank|network|insurer|carrier|broker)s?\\b(?<=\\b(?:i'll|i will|we'll|we will|i'm|im|i am|we're|we are) (?:just |definitely |probably )?(?:going to |gonna )?\\w+ \\w+)",
        // "if its not back tonight im moving to the other app", "I'll probably move the cottage over to the other site", "I'm moving my whole portfolio to another broker".
        "\\b(?:i'm|im|i am|we're|we are|i'll|i will|we'll|we will)\\s+(?:probably\\s+|just\\s+|definitely\\s+)?(?:be\\s+)?(?:moving|move|switching|switch|taking|take|transferring|transfer)\\s+(?:(?:my|our|the|all my|all our)\\s+(?:whole\\s+|entire\\s+)?[\\w-]+\\s+)?(?:over\\s+)?to\\s+(?:the other|another|a different|a rival|a competing)\\s+(?:app|site|platform|broker|brokerage|bank|provider|supplier|insurer|company|service|marketplace|exchange|agency|courier|carrier)\\b(?![^.!?]*\\b(?:try|test|see if|check)\\b)",
        // "this will be the last holiday we ever book with you".
        '\\b(?:the|our|my) last (?:holiday|trip|order|booking|flight|stay|thing|package) (?:we|i) (?:ever )?(?:book|buy|order|take|fly|use|get)\\b[^.!?]{0,20}\\b(?:with|from|through) you\\b',
        // "this is the last year I'm ordering from you", "I'm done backing anything on your site", "I've had it with this app, I'm deleting it".
        "\\b(?:this is|that's|this will be|this was) the last (?:year|time|order|summer|season) (?:i'm|i am|we're|we are|i'll be|we'll be|i|we) (?:ordering|buying|booking|shopping|using you|order|buy|book)\\b",
        "\\b(?:i'm|i am|we're|we are) done (?:backing|buying|ordering|booking|shopping|using) (?:anything |everything )?(?:(?:on|from|with|at) (?:your|this) (?:site|app|platform|shop|store|company)|(?:from|with) you)\\b",
        "\\b(?:i'm|im|i am) deleting (?:it|this app|the app|my account)\\b(?![^.!?]{0,30}\\b(?:reinstall\\w*|try(?:ing)? again)\\b)",
        // "we won't be leasing our next car from you", "we'll cancel all four memberships", "I'll just go private".
        "\\b(?:we|i) (?:won't|will not|wont) be (?:leasing|buying|ordering|booking|renting|using|getting|hiring) (?:our|my|the|any) (?:next )?(?:\\w+ ){0,2}?(?:from|with|through) you\\b",
        "\\b(?:we'll|we will|i'll|i will) cancel (?:all|both|every one of) (?:\\w+ )?(?:of )?(?:our|my|the )?(?:memberships|accounts|policies|contracts|subscriptions|lines|plans)\\b",
        "\\b(?:i'll|i will|we'll|we will) (?:just )?go private\\b",
        // "after 6 summers here this was probably our last one".
        '\\b(?:this|that) (?:was|is|will be) (?:probably |definitely |certainly )?(?:our|my) (?:very )?last (?:one|stay|visit|holiday|summer|order|booking|time|year)\\b',
        // "we'll all move to another network when they're up", "I'll join the place across the road", "go to someone who can show a bit of humanity".
        "\\b(?:we'll|we will|i'll|i will|we're|i'm) (?:all )?(?:move|moving|switch|switching|port|porting) (?:all )?(?:\\w+ )?(?:over )?to (?:another|a different|a new|a rival) (?:network|carrier|operator)\\b(?![^.!?]*\\b(?:try|test|see if|check)\\b)",
        "\\b(?:i'll|i will|we'll|we will) (?:just )?(?:join|go to|use|switch to|sign up (?:at|with)) (?:the (?:[\\w-]+ ){1,2}(?:across the road|down the road|next door|round the corner|up the road|in town)|your competitors?|a competitor)\\b",
        '\\b(?:go|move|switch|take (?:our|my) business) (?:to|over to) (?:someone|somebody|a company|an insurer|a provider|a bank) (?:else|who|that)\\b',
        // "I'll be registering with another practice".
        "\\b(?:i'll|i will|we'll|we will|i'm|we're|i am|we are) (?:be )?(?:registering|signing up|going|moving|joining|booking) with (?:another|a different|a new|a rival) (?:practice|provider|company|supplier|dentist|gp|surgery|gym|bank|insurer|agency|clinic|firm)\\b",
        // "I'm cancelling the whole package".
        "\\b(?:i'm|i am|we're|we are|i'll be|we'll be) cancell?ing (?:the|my|our) (?:whole|entire) (?:package|subscription|membership|account|contract|plan|bundle|service|policy|order)\\b",
        // "im not spending another cent on this game".
        "\\b(?:not|never|won't be|will never|i'll never) (?:spending|spend|paying|giving you|paying you) (?:another|one more|a single) (?:cent|penny|dime|pound|dollar|euro|quid|buck|red cent)\\b",
        // "we're moving to another CRM at the end of the quarter".
        "\\b(?:we're|we are|i'm|i am|we'll|i'll|we will|i will) (?:be )?(?:all )?(?:moving|switching|going|changing|migrating|move|switch|go|change|migrate) (?:over )?to (?:another|a different|a rival|a competing) (?!(?:house|flat|address|home|city|town|country|room|seat|table|date|day|time|plan|tier|branch|account|card|phone|device|laptop|size|colou?r|one|model|version|page|tab|browser|network)\\b)\\w+",
        // "if it is like this again I shall move my savings to the credit union in town".
        "\\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\\s+(?:just\\s+)?(?:move|take|transfer|switch) (?:all )?(?:my|our) (?:savings|money|mortgage|accounts?|business|custom|pension|isa|policy|policies|insurance|broadband|energy|contract) (?:over )?to (?:the |a |an )?(?:[\\w-]+ ){0,3}?(?:banks?|building society|credit union|providers?|suppliers?|insurers?|competitors?|competition|network|lenders?)\\b",
        // "I'm trading the car in for another brand", "moving my vault to another password manager".
        '\\btrad(?:e|ing) (?:it|the \\w+|my \\w+) in for (?:a |an )?(?:another|a different) (?:brand|make|manufacturer|model)\\b|\\b(?:move|moving|switch|switching) (?:my|our) \\w+ to (?:another|a different) (?:\\w+ )?(?:app|service|platform|brand|password manager)\\b',
        // "I'm cancelling the standing order and I'll be buying from the market stall from now on."
        "\\b(?:i'm|i am|we're|we are) cancell?ing (?:the|my|our) (?:standing order|subscription|membership|direct debit|contract|account|plan|box)\\b|\\b(?:i'll|i will|we'll|we will) be (?:buying|ordering|shopping|getting (?:it|them|my \\w+)) (?:from|at|with) (?!(?:you|your|the (?:app|website|site|shop|store))\\b)(?:[\\w']+ ){0,4}?from now on\\b",
        // "I'm cancelling the two nights I booked with you", "after this I'm going to fly next time", "I'll just give up my membership".
        "\\bcancell?ing (?:the |my |our )?(?:\\w+ ){0,3}?(?:i|we) (?:booked|have|reserved) with you\\b|\\bafter this,? (?:i'm|i am|i'll|we'll|we're) (?:going to |gonna )?(?:fly|drive|use|go with|book with|shop at|take the)\\b|\\bgive up (?:my|our) (?:membership|subscription|account|season ticket|plan)\\b",
        // "ok. still switching though."
        '\\bstill (?:switching|leaving(?! (?:a|an|my|the) )|cancell?ing|moving (?:supplier|provider|bank))\\b',
        // "we will move the fleet to another card provider".
        "(?:\\b(?:we|i)(?:'ll| will|'re going to| are going to| am going to|'m going to)\\s+)?\\b(?:move|moving|switch|switching|take|taking|transfer|transferring) (?:the |our |my |all (?:of )?(?:our|my) )?(?:\\w+ )?(?:to|over to) (?:another|a different|a new) (?:\\w+ )?(?:provider|supplier|company|bank|insurer|carrier|network|operator|firm|vendor|broker|agency)\\b",
        // "I'm asking my clinic to move me to a different supplier".
        '\\b(?:move|switch|transfer|put) (?:me|us) (?:over )?to (?:a different|another|a new) (?:supplier|provider|company|insurer|bank|network|carrier|pharmacy)\\b',
        // "it won't be with you again", "I'm going over to Zippa full time".
        "\\b(?:won't|will not|wont) be (?:with|using|booking with|renting from|buying from|ordering from|flying with|banking with) (?:you|your \\w+|them)(?: \\w+)? again\\b|\\b(?:i'm|i am|i'll|we're|we'll)\\s+(?:going|moving|switching|jumping)\\s+over\\s+to\\s+\\w+(?: \\w+)? (?:full[- ]time|instead|for good|permanently)\\b",
        // "£138 more than Harbourline. If you can't get closer than that I'm going with them" (the price check comes last, so it runs only after the words match), "I'll hand in my notice and we'll all move to Hatch Works down the road", "if a fourth box turns up I'm cancelling".
        "\\b(?:i'm|i am|i'll|we're|we'll|i will|we will) (?:going|go|switching|signing up|sign up) with (?:them|the other (?:lot|company|provider|one)|another (?:provider|company|insurer|supplier))\\b(?<=\\b(?:cheaper|more than|less than|quotes?|prices?|offers?|deals?)\\b[\\s\\S]{0,200})",
        "\\b(?:hand|handing|give|giving|put|putting) in (?:my|our) notice\\b(?!\\s+(?:at|to) (?:work|my (?:boss|employer|job)))|\\b(?:move|moving|go|going|switch|switching) (?:\\w+ )?to [\\w' ]{1,30} (?:down the road|round the corner|across the road|over the road)\\b",
        "(?:^|[.!?,]\\s+|\\b(?:then|and|so)\\s+|\\bif\\b[^.!?,]{3,60}\\s)(?:i'm|im|i am|we're|we are) cancell?ing\\s*(?:[.!,]|$)",
        // "I'll collect it unrepaired and take it somewhere else".
        '\\btak(?:e|ing) (?:it|them|my \\w+|the \\w+) (?:somewhere else|elsewhere|to (?:another|a different) (?:shop|garage|store|place|company|provider|mechanic|dealer|repairer|branch))\\b',
        // "We will never sail with Azure Star again", "we're evaluating other providers after this", "If this happens again we're gone."
        "\\b(?:will|'ll|shall|would|'d) never (?:\\w+ ){0,2}?(?:sail|fly|shop|buy|order|stay|travel|book|bank|deal|holiday|cruise|use \\w+) (?:with|from) (?!(?:my|our|his|her)\\b)(?:[\\w'&-]+ ){0,3}?again\\b",
        "\\b(?:we're|we are|i'm|i am|we've been|i've been|been) (?:now |already |actively |seriously )?(?:evaluating|looking at|considering|talking to|getting quotes from|shopping around for) (?:other|alternative|different|competing) (?:providers|vendors|suppliers|companies|banks|carriers|platforms|tools|options|insurers)\\b|\\b(?:we're|we are|i'm|i am) (?:gone|outta here)\\s*[.!]*\\s*$|(?:^|[.!?,]\\s+|\\b(?:then|and)\\s+)(?:we're|we are|i'm|i am) gone\\s*[.!]",
        // "I'll be moving both our pets' policies elsewhere at renewal", "after this ill go to the place on mill street from now on".
        "\\b(?:mov(?:e|ing)|tak(?:e|ing)|transfer(?:ring)?) (?:both |all |the rest of )?(?:my|our|of our|of my) (?:\\w+'?s?'?\\s+){0,3}(?:policies|policy|accounts?|business|custom|money|savings|subscriptions?|orders?|contracts?|lines?|plans?|cards?) (?:elsewhere|somewhere else|to (?:another|a different) (?:provider|company|insurer|bank|firm|supplier|shop))\\b",
        "\\b(?:i'?ll|ill|i will|we'?ll|we will)\\s+(?:just\\s+)?(?:go|use|shop|order)\\s+(?:(?:to|at|with|from)\\s+)?(?:another|a different|somewhere else|elsewhere|someone else|the (?:place|shop|garage|one|guys?|company|store) (?:on|in|at|down|up|near|round|across)\\b)[^.!?]{0,40}?\\b(?:from now on|in future|next time|instead)\\b",
        '\\b(?:cancel|cancell?ing|acncel|cancle|close|closing|closingt|clos(?:e|ing) out|clsoing|clsoe|delete|deleting|deleet|delte|terminate|terminating|end|ending|shut down|shutting down|deactivate|deactivating|remove|removing|get rid of|discontinue|discontinuing|quit|quitting|stop|stopping|drop|dropping|erase|wipe)\\s+(?:my|ym|m|our|the|this|your|an|a|all my|all our|all of my|my whole)?\\s*(?:\\w+\\s+){0,2}(?:account|acount|acct|cacount|accoutn|acct|accounts|subscription|subscriptions|sub|membership|memberships|service|services|contract|plan|profile|relationship|business with you|card with you|premium|policy|user account|bank account)\\b',
        // (Going to the bank to dispute a charge is a chargeback, not leaving.)
        '\\b(?<!\\b(?:a|the|kill|light|power|toggle)[- ])(?:switch|switching|move|moving|go|going|change|changing|port|porting|take|taking)(?![^.!?]*\\b(?:dispute|disputing|chargeback|charge back|reverse|reversing|(?:my|the) bank|(?:my|the) (?:credit )?card company)\\b)\\s+(?:over\\s+)?(?:(?:my business|our business|my money|my account|my number|our numbers?)\\s+(?:elsewhere|somewhere else)\\b|(?:my business\\s+|our business\\s+|my money\\s+|my account\\s+|my number\\s+|our numbers?\\s+)?to(?!\\s+(?:report|tell|call|complain|speak|talk|ask|write|contact|make|take|file|be|have|get|do|see|put|post|leave|raise|pay|need|wait|check|send|give|let)\\b)\\s*(?:a |an |another |your )?(?:competitor|competition|different (?:provider|company|bank|airline|carrier|service|network)|another (?:provider|company|bank|airline|carrier|service|network|operator|supplier|insurer)|elsewhere|somewhere else)?\\b(?=[^.!?]*\\b(?:competitor|competition|provider|company|bank|airline|carrier|service|network|operator|supplier|insurer|elsewhere|somewhere else|business)\\b))',
        '\\btak(?:e|ing) my (?:business|money|custom)\\s+(?:elsewhere|somewhere else)\\b',
        '\\bcancel (?:everything|it all|all of it)\\b',
        // Nouns: "the cancellation of my Gold account", "account deletion".
        '\\b(?:cancell?ations?|deletions?|terminations?|terminatio\\w?|removals?|closures?|closing|deactivations?)\\s+of\\s+(?:my|a|an|the|our|this)?\\s*(?:\\w+\\s+){0,2}(?:account|acount|subscription|membership|contract|plan|profile)s?\\b',
        '\\b(?:account|acount|subscription|membership|contract|profile)\\s+(?:cancell?ations?|deletions?|terminations?|removals?|closures?|closing|deactivations?)\\b',
        "\\b(?:want|need|would like|'d like|get|have)\\s+(?:my|the|our|this)\\s+(?:\\w+\\s+)?(?:account|subscription|membership|profile)\\s+(?:deleted|closed|cancell?ed|terminated|removed|deactivated)\\b",
        '\\b(?:account|subscription|membership|profile)\\s+(?:needs to|has to|must|should|to) be\\s+(?:deleted|closed|cancell?ed|terminated|removed|deactivated)\\b',
        // A promise about the future ("I'll never fly with you again"), not a habit ("I never use the international minutes").
        "\\b(?:will never|'ll never|won't ever|will not ever|not ever|never again)\\s+(?:again\\s+)?(?:buy|buying|order|ordering|shop|shopping|fly|flying|use|using|purchase|purchasing|book|booking|stay|staying|deal|dealing|do business|doing business|come back|coming back|recommend|recommending)\\b",
        "\\bnever\\s+(?:buy|buying|order|ordering|shop|shopping|fly|flying|use|using|purchase|purchasing|book|booking|stay|staying|deal|dealing|do business|doing business|come back|coming back|recommend|recommending)\\b[^.!?]{0,30}\\b(?:again|(?<!\\b(?:can|could|will|would|do|did|have|are) )(?:you|u|y'all|ya)\\b|your (?:company|service|airline|bank|store|shop|app|products?|brand))",
        "\\b(?:last time|final time)\\s+i(?:\\s+will|'ll|\\s+am)?\\s+(?:ever\\s+)?(?:buy|order|shop|fly|use|purchase|book|deal)",
        "\\b(?:i'm|im|i am|we're|we are)\\s+(?:done|finished|through)\\s+(?:with\\s+(?:you|your|this)|here)\\b",
        '\\b(?:unsubscribe|opt out)\\s+(?:me\\s+)?(?:from\\s+)?(?:everything|all|your service)\\b',
        // "I'm leaving" alone or about you; "I'm leaving at 5 from Boston" is a trip.
        "\\b(?:i'm|im|i am|i will be|we are|we're|i'll be)\\s+(?:leaving|quitting|switching|cancell?ing)(?=\\s*(?:[.!]|$|you\\b|your\\b|this (?:company|service|bank|provider|app|platform)\\b|for (?:good|another|a competitor|the competition)\\b|and (?:never|not|won't|telling|posting|going|switching|moving|taking)\\b|(?:to|for) (?:a |another )?(?:competitor|different (?:company|provider|bank))))",
        '\\b(?:lost|losing) (?:a|another|one more)\\s+customer\\b',
        '\\bclose (?:my|the)\\s+(?:\\w+\\s+)?acc(?:ou)?n?t\\b',
        '\\b(?:delete|deleting|remove|removing|close|closing|cancel|terminate|terminating|deactivate)\\s+(?:my|the|an|this)?\\s*(?:\\w+\\s+)?(?:online\\s+)?(?:profile|user|login|membership|registration)\\b',
        // "or I'm switching to Brightline": to a named provider, not to a plan, a format or a place.
        "\\b(?:i'm|im|i am|we're|we are|i'll|we'll|i will|we will|gonna|going to)\\s+(?:be\\s+)?(?:switching|switch|porting|port|moving (?:our|my) (?:business|account|money))\\s+(?:over\\s+)?to\\s+(?!(?:the|a|an|your|our|my|annual|monthly|yearly|paperless|e-?billing|direct debit|autopay|auto-pay|card|email|e-mail|text|sms|app|online|new|another plan|a different plan|the \\w+ plan|\\w+ plan|\\w+ billing|\\w+ tier)\\b)\\w+",
        '\\b(?:switch|switching|move|moving|go|going)\\s+(?:over\\s+)?to\\s+(?!the bank\\b)(?:the|a|an|another)\\s+(?:[\\w-]+\\s+){0,2}(?:scheme|provider|company|competitor|bank|network|carrier|airline|supplier|operator)\\b(?!\\s+(?:plan|tier|option|account))',
        "\\b(?:we|i)(?:'ll|\\s+will)?\\s+(?:won't|will not|are not going to|aren't going to|am not going to|'m not going to|won't be|will not be|not be)\\s+renew(?:ing)?\\b",
        "\\b(?:i|we)\\s+(?:want|wanna|would like|'d like|need|am going|'m going|are going|'re going)\\s+to\\s+cancel(?:\\s+(?:everything|it all|then|now|altogether|the lot))?\\s*(?:[.!]|$)",
        // "if this isn't fixed this week we'll move to Pipewell": an ultimatum, so not a house move.
        "\\bif\\b[^.!?]{0,60}(?:n't|\\bnot|\\bnever|\\bbroken|\\bthis (?:bad|slow|unreliable|useless|buggy)|\\bstill)\\b[^.!?]{0,40}\\b(?:we'll|i'll|we will|i will|we're|i'm|we are|i am)\\s+(?:just\\s+)?(?:mov(?:e|ing)|tak(?:e|ing))\\s+(?!(?:you|u|ya|them|this|it|that|the matter)\\b)(?:[\\w-]+\\s+){0,3}?to\\s+(?!(?:the|a|an|your|our|my|another|next|later|tomorrow|today|tonight|\\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|plan|option|step)\\b)\\w+",
        "\\b(?:i'll|i will|we'll|we will) be (?:booking|buying|ordering|going) (?:with|from|through|to) (?:\\w+ ){0,2}directly\\b",
        "\\bi (?:shan't|shall not) be (?:bidding|buying|booking|ordering|using|returning|renewing|dealing|staying|flying)\\b|\\btak(?:e|ing) my (?:custom|business|money) to\\b",
        "\\b(?:won't|will not|wont)\\s+be\\s+(?:renting|buying|ordering|flying|booking|using|shopping|staying|coming back|dealing|doing business)\\b[^.!?]{0,30}\\bagain\\b",
        "\\bif\\b[^.!?]{0,60}(?:n't|\\bnot|\\bnever)\\b[^.!?]{0,40}\\b(?:we'll|i'll|we will|i will|we're|i'm|we are|i am)\\s+(?:be\\s+)?(?:[\\w-]+\\s+){0,3}?(?:with|to)\\s+(?:another|a different|a new|a rival|a competing)\\s+(?:lender|bank|provider|company|supplier|insurer|broker|carrier|network|airline|operator|platform|host|retailer|shop|store|app|tool|service|firm)\\b",
        "\\b(?<!\\b(?:it|he|she|they|that|this|which|who|(?:the|my|your|our|his|her|their) \\w+)\\s)(?:won't|will not|wont)\\s+be\\s+(?:coming back|back|renewing|returning)\\b(?!\\s+(?:in (?!a hurry)|at |to |from |until |till |before |on |home|tomorrow|today|tonight|next |for a (?:few|couple|week|day)))|\\b(?:i'll be|i will be|i'm|i am)\\s+(?:resigning|leaving)\\s+(?:\\w+\\s+)?and (?:joining|moving to|going to|switching to)\\b",
        "\\b(?:looking at|thinking (?:about|of)|considering|seriously considering)\\s+(?:switching|moving|changing|going)\\s+(?:to|over to|providers|supplier|retailer|bank|elsewhere)\\b|\\b(?:reviewing|considering|deciding|weighing up|thinking about|looking at) (?:whether|if) (?:to |we should |i should )?(?:move|switch|go|change) (?:over )?to (?:another|a different|a new|a rival|an alternative) (?:provider|supplier|company|bank|insurer|host|platform|vendor|carrier|network)\\b|\\bnext time (?:i'll|i will|i|we'll|we will|we) (?:go|book|fly|use|buy|order|shop|travel) (?:with|from|at) (?:the other|another|a different|someone else|your competitor)\\b",
        "\\b(?:i'll|we'll|i will|we will|i'm|we're|i am|we are) (?:be )?(?:using|looking at|going with|trying|booking with|buying from|shopping with|flying with|ordering from) (?:someone else|someone i know|other (?:\\w+ )?(?:lines|providers|companies|airlines|banks|suppliers|brands|shops|firms|services|options)|another (?:company|provider|service|firm|airline|bank|supplier)|a different (?:company|provider|service|firm|airline|bank|supplier))\\b",
        "\\b(?:i'll|i will|we'll|we will|i'm|we're|i am|we are)\\s+(?:be\\s+)?(?:go|going|taking (?:my|our) (?:business|custom|money)|shopping|looking) elsewhere\\b|\\b(?:moving|move|taking|take|switching|switch) (?:my|our) (?:[^.!?]{0,40}? )?to (?:another|a different|a new|a rival) (?:app|provider|company|bank|service|platform|tool|supplier|host|retailer)\\b|\\b(?:moving|move|taking|take|switching|switch) the (?:[^\\s.,!?]+ ){0,2}to (?:another|a rival) (?:supplier|provider|bank|insurer|lender|carrier|network|firm)\\b",
        "\\b(?:i'm|im|i am|i'll|ill|i will|and)\\s+(?:be\\s+)?(?:deleting|uninstalling|removing) (?:the|your|this) app\\b(?![^.!?]{0,30}\\b(?:reinstall\\w*|re-install\\w*|install(?:ing)? it again|download(?:ing)? it again|try(?:ing)? again)\\b)",
        "\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to)\\s+(?:just\\s+)?(?:buy|shop|order|book|get it)\\s+(?:from\\s+)?(?:somewhere else|someone else|elsewhere)\\b",
        '\\b(?:the|my|our) cancell?ation (?:stands|still stands|is final|goes ahead)\\b',
        '\\b(?:switching|changing|moving) (?:supplier|suppliers|provider|providers|bank|banks|network|networks|insurer|insurers|energy company)\\b|\\bport(?:ing)? (?:my|our) (?:number|numbers|lines?) (?:out|away|elsewhere)\\b',
        '\\bnot (?:buying|ordering|shopping|booking) (?:anything|owt) (?:else )?(?:from|with) (?:you|your)\\b',
        "\\bi'?m off to (?:another|a different|a new|a rival) (?:network|provider|bank|supplier|company|gym|app|studio|shop|garage)\\b",
        '\\b(?:done|finished|fixed|sorted|repaired|serviced|installed) (?:at|by|with) (?:another|a different) (?:studio|shop|garage|company|firm|salon|provider|place|clinic|store|installer|supplier)\\b|\\bgo(?:ing)? with (?:someone|somebody) else\\b|\\bgo(?:ing)? with (?:another|a different) (?:company|firm|provider|supplier|installer|contractor|quote)\\b',
        "\\bif\\b[^.!?]{0,60}(?:n't|nt|\\bnot|\\bnever)\\b[^.!?]{0,30}\\b(?:i'?m|i am|we'?re|we are|i'll|we'll)\\s+cancell?ing\\b|\\b(?:booking|staying|shopping|ordering) (?:somewhere|someplace) else\\b|\\b(?:honestly |seriously )?never again\\s*[.!]*\\s*$|\\b(?:move|moving|switch|switching|take|taking) (?:my|our) (?:account|accounts|business|money|custom|savings) (?:there|to them|over there|elsewhere)\\b",
        "\\byou (?:won't|will not|wont) (?:be )?see(?:ing)? (?:me|us|my \\w+|our \\w+)(?: or [^.!?]{0,20})? again\\b|(?:^|[.!?]\\s+)(?:deleting|uninstalling|removing) (?:this|the|your) app\\b|\\busing (?:a different|another) (?:one|app|provider|company|service|bank|supplier) from now on\\b",
        // "if that doesnt work we're done": done, as the end of an if-ultimatum.
        "\\b(?:if|unless)\\b[^.!?]{0,80}?\\b(?:we're|we are|i'm|im|i am) (?:so |just )?done\\b(?!\\s+(?:with (?:the|that|this|it|my|our)\\b|now\\b|uploading|here\\b|for (?:today|now)))",
        // "ill rent from enterprise from now on": another company from now on (not "from your app").
        "\\b(?:i'll|ill|i will|we'll|we will) (?:be )?(?:rent(?:ing)?|buy(?:ing)?|order(?:ing)?|shop(?:ping)?|book(?:ing)?|fly(?:ing)?|bank(?:ing)?|hir(?:e|ing)) (?:from|at|with) (?!(?:you|your|the (?:app|website|site|shop|store))\\b)(?:[\\w'&-]+ ){1,4}?from now on\\b",
        // "I'll be moving all 14 sites to another host" (not "I'm moving the site to a different host", said to explain a change).
        "\\b(?:i'll|ill|i will|we'll|we will) (?:be )?(?:moving|move|taking|take) (?:all |our |my )?(?:[\\w-]+ ){0,3}?to (?:another|a different|a new) (?:host|provider|company|bank|supplier|registrar|platform|clinic|practice|dentist|optician|store|shop|retailer)\\b",
        // "ill take them back and go to boots instead", "id rather cancel the lot".
        "\\b(?:i'll|ill|i will|we'll|i'd rather|id rather|i would rather)\\b[^.!?]{0,40}\\b(?:go|going|switch) (?:to|with) (?!(?:the|your|a|an|you)\\b)[\\w']+ instead\\b|\\b(?:i'd|id|i would|we'd) rather (?:just )?cancel\\b",
        // "I'm one more fee away from just moving to the one by the station".
        "\\b(?:i'm|im|i am|we're|we are) (?:one|1) more (?:\\w+ ){1,2}?away from (?:just )?(?:moving|leaving|cancell?ing|switching|going elsewhere|walking)\\b",
        // "and im moving my mortgage elsewhere".
        "\\b(?:i'm|im|i am|we're|i'll|ill|i will|we'll) (?:be )?(?:moving|taking) (?:my|our|the) (?:[\\w-]+ ){1,2}?(?:elsewhere|somewhere else)\\b",
        // "if it's not here by tomorrow I'm moving my prescriptions back to the local chemist".
        "\\bif\\b[^.!?]{0,60}\\b(?:i'm|im|i am|i'll|ill|i will) (?:be )?(?:moving|taking) (?:my|our|the) (?:[\\w-]+ ){1,2}?(?:back )?(?:to|elsewhere)\\b",
        // "when this contract ends I'm moving to one of them" (cheaper private firms).
        "\\b(?:i'm|im|i am|we're|i'll|ill|i will|we'll) (?:be )?(?:moving|switching|going|changing) (?:over )?to one of (?:them|those|the others)\\b",
        // "I shan't be buying another".
        "\\b(?:i|we) shan't be (?:buying|using|ordering|booking|shopping|renewing|coming back|returning)\\b",
      ],
      // Closing the account of someone who has died is an estate matter, not a customer leaving.
      unless: [
        // "I've been playing a lot more than I should and I need to stop": a self-exclusion, asked for protection.
        "\\bself-?exclu\\w*|\\bi need to stop\\b|\\b(?:playing|spending|gambling|betting) (?:a lot |way )?more than i should\\b|\\b(?:don't|do not) want to be able to (?:open|use|log in|reopen)\\b",
        // Moving abroad or house and ending a contract because of it is a life event, not a customer leaving in anger.
        "\\bno complaints\\b|\\b(?:won't|will not|don't|do not) need (?:it|the account|them|the service)(?: (?:any ?more|from abroad|after (?:that|this|the move))\\b|\\s*(?:[.!]|$))|\\bno longer (?:need|use)\\b",
        '\\b(?:moving|relocating|emigrating)\\b[^.!?]{0,40}\\b(?:for (?:work|a job|uni|university|college|my studies)|abroad|overseas|out of the country|house)\\b',
        '\\b(?:died|passed away|passed on|bereave\\w*|deceased|death certificate|probate|executors?|estate of|late (?:mother|father|mum|mom|dad|husband|wife|partner))\\b',
        "\\b(?:i've|i have|we've|we have) (?:just )?moved (?:to|house|abroad|away|out of)\\b|\\bnothing (?:wrong|bad) with (?:the|your) \\w+\\b|\\b(?:new job|no time|zero time)\\b",
      ],
      exceptAfter: [
        // "I'd like to close the contract and report him": ending a job with another user, not leaving.
        '\\s+and (?:report|block|flag) (?:him|her|them|the (?:client|buyer|seller|user|freelancer))\\b',
        // "we're thinking of switching to the annual plan": another plan with the same company.
        '\\s+(?:the|an?|our|my) (?:[\\w-]+ ){0,2}(?:plan|tier|package|bundle|billing|option|version|edition)\\b',
        // "cancel my premium CV add-on".
        '\\s+(?:[\\w-]+\\s+){0,2}(?:add-?ons?|bolt-?ons?|extras?)\\b',
        '\\s+(?:settings?|page|button|details|number|info|information|holder|name|type|upgrade|downgrade|renewal date)\\b',
        // Moving house: close the old account and open the new one ("…and move to Pulse" is leaving, though).
        '[^.!?]{0,50}\\band (?:open|set up|start)\\b|[^.!?]{0,50}\\band (?:transfer|move)\\b(?!\\s+(?:over\\s+)?to\\s+(?!(?:a|my|the|our) new (?:house|flat|home|address|place)\\b|abroad\\b)\\w)',
        // "terminating the old contract as planned and moving to the new plan with you": an upgrade, staying.
        '[^.!?]{0,50}\\b(?:and|then) (?:moving|switching|upgrading|changing|going|migrating) (?:over )?(?:to|onto) (?:the|a|your) new\\b[^.!?]{0,40}\\bwith you\\b',
        // "remove a profile from our family account": one member of a shared account, not leaving.
        '^\\s+(?:from|off)\\s+(?:our|my|the)\\s+(?:[\\w-]+\\s+){0,2}(?:account|plan|subscription|team|workspace|group|household)\\b',
      ],
      exceptBefore: [
        // "on the 2nd I asked you to delete my account", "I've asked you to cancel twice already": a request made before, chased (repeat contact), not a new threat.
        "\\b(?:i|we)(?:'ve| have)? (?:already )?(?:asked|requested|told) you to\\s+$",
        "\\b(?:how (?:do|can|would) (?:i|we) (?:update|change|edit|add|upgrade|downgrade|pause|renew|reactivate|open|create|set up|recover|restore|verify)|did you|have you|we'll|we will|i'll help)\\s+$",
        // "eventually we'll need to close the accounts": the process after a death or a move, not a threat.
        "\\b(?:will|'ll|would|shall) (?:eventually |also |then |probably )?need to\\s+$",
        // "do I need to close the mortgage account myself?": a question about the process.
        '\\b(?:do|would|should|will|must) (?:i|we) (?:also |still |then |first |now |even )?(?:need|have) to\\s+$',
        '\\b(?:should|could|can|shall) (?:i|we)\\s+$',
      ],
    },
    {
      // "I no longer use my Pro account, help me delete it": the verb on "it", the account named
      // before. The negation before "account" is about using it, so this rule is not negatable;
      // a negation between the noun and the verb ("…account, I don't want to close it") blocks it.
      id: 'churn.anaphora',
      kind: 'threat_churn',
      role: 'customer',
      negatable: false,
      // "a second SIM on the account for an old tablet, can I cancel that line too?": a line, not the account.
      exceptAfter: ['\\s+(?:line|sim|number|add-?on|bolt-?on|card|device)\\b'],
      patterns: [
        "\\b(?:account|acount|subscription|membership|profile|user)\\b(?:(?!\\b(?:not|don't|dont|never|won't|wont|no)\\b)[^.!?]){0,60}?\\b(?:close|closing|clsoing|cancel|cancell?ing|delete|deleting|remove|removing|reove|terminate|terminating|deactivate|get rid of)\\s+(?:it|that|this one)\\b",
        // "them" only for accounts in the plural: in "hacked my account and liked 500 songs, I had to delete them" it is the songs.
        "\\b(?:accounts|subscriptions|memberships|profiles)\\b(?:(?!\\b(?:not|don't|dont|never|won't|wont|no)\\b)[^.!?]){0,60}?\\b(?:close|closing|cancel|cancell?ing|delete|deleting|remove|removing|terminate|terminating|deactivate|get rid of)\\s+(?:them|both|all of them)\\b",
      ],
    },
    {
      id: 'public',
      kind: 'threat_public',
      role: 'customer',
      patterns: [
        // "I'll be posting exactly what happened in the school parents' group".
        "\\bpost(?:ing)? (?:exactly )?what happened (?:in|on) (?:the |a |my |our )?(?:[\\w'-]+ ){0,3}(?:group|forum|chat|facebook|twitter|tiktok|instagram|reddit)\\b",
        // "I'm posting the screenshots of his messages and your reply on tiktok".
        '\\b(?:post|posting|share|sharing|put|putting) (?:the |these |all the |my )?screenshots\\b[^.!?]{0,60}\\bon (?:tiktok|twitter|x|facebook|instagram|reddit|linkedin|youtube|threads)\\b',
        // "I'm going to post about this on the consumer forum".
        "\\bpost(?:ing)? about (?:this|it|you|what happened) on (?:the |a |my )?(?:[\\w'-]+ ){0,2}(?:forum|group|page|blog|site|twitter|facebook|reddit|tiktok|instagram|linkedin|trustpilot)\\b",
        // "I'll be putting all of this in a review".
        '\\bputting (?:all of )?(?:this|it) in a review\\b',
        // "I'm screenshotting this chat for twitter".
        '\\bscreenshot(?:ting|ted)? (?:this|the whole) (?:chat|conversation|thread) for (?:twitter|x|facebook|tiktok|reddit|instagram|linkedin)\\b',
        // "I'll be writing about this on Glassdoor so other candidates know".
        "\\bwrit(?:e|ing) about (?:this|it|you|what happened) on (?:[\\w'-]+ ){0,2}(?:glassdoor|trustpilot|reddit|twitter|facebook|tiktok|linkedin|google|yelp|tripadvisor|mumsnet|forum|blog)\\b",
        // "if this isn't sorted I'll be leaving a review", "I'll be writing it up on the deaf sport forum I run".
        "\\bif\\b[^.!?]{0,60}\\b(?:i'll|i will) (?:be )?(?:leaving|leave|writing|posting) (?:a|an) (?:\\w+ )?review\\b|\\bwrit(?:e|ing) (?:it|this|the whole thing) up (?:on|in|for) (?:the |a |my |our )?(?:[\\w'-]+ ){0,3}(?:forum|group|blog|page|site)\\b",
        // "I'll post this whole DM thread on the fans' forum".
        "\\b(?:post|posting|share|sharing|put|putting) (?:this|the|our) (?:whole |entire )?(?:dm |chat )?(?:thread|conversation|chat|exchange|dms|transcript|screenshots?) (?:on|in|to) (?:the |a |my |our )?(?:[\\w'-]+ ){0,3}(?:forum|group|page|twitter|facebook|reddit|tiktok|instagram)\\b",
        // "sending photos to the Evening Courier", "I'm putting it on the Beacon Street Facebook group".
        "\\b(?:send|sending|sent) (?:the |my |these |all (?:the |my )?)?(?:photos|pictures|videos?|footage|screenshots|story) to the (?:evening|local|daily) (?:[\\w-]+ )?(?:courier|advertiser|argus|record|journal|star|sentinel|observer|news|press)\\b|\\b(?:putting|put|posting|post) (?:it|this|the whole thing) (?:up )?on (?:the |our |my |a )?(?:[\\w'-]+ ){0,3}(?:facebook|whatsapp|neighbourhood|community|local) (?:group|page)\\b",
        // "I'll be leaving a review about how you treat people".
        '\\b(?:leave|leaving|write|writing|post|posting) (?:a |an |my )?(?:\\w+ )?reviews? (?:about|of|on) how (?:you|this|they|your|the)\\b',
        // "I'll tell the new tenants exactly what they're signing up for".
        '\\b(?:tell|warn|telling|warning) (?:the |any )?(?:new|next|future|other|prospective) (?:tenants|customers|guests|residents|buyers|members|renters|students|parents) (?:exactly )?(?:what|about|how)\\b',
        // "the whole thing goes on r/esports", "I'm posting about this in the allergy parents group", "I'll be posting exactly how you treat people".
        "\\b(?:goes|go|going) (?:up )?on (?:r/\\w+|reddit|twitter|facebook|tiktok|instagram|youtube)\\b|\\bposting (?:about )?(?:this|it|what happened) in (?:the|our|my|a) (?:[\\w'-]+ ){0,3}(?:group|forum|chat)\\b|\\b(?:posting|post|telling|tell) (?:everyone |people )?exactly how you treat\\b",
        // "I'll be writing up exactly what happened on the WedChat forum", "I'm sending the whole email chain to the Herald", "drafted a letter to the Evening Gazette", "write to your letters page", "leaving a review so nobody else gets caught out".
        "\\bwrit(?:e|ing) up (?:exactly |everything |the whole thing |what happened|(?:this|my|our|the) (?:whole )?experience)\\b[^.!?]{0,40}\\b(?:on|in|for) (?:the |a |our |my )?(?:[\\w'-]+ ){0,3}(?:forum|group|blog|reviews?|sites?|page)\\b|\\b(?:send(?:ing)?|forward(?:ing)?) (?:the whole |this |the |all (?:the |of )?)?(?:\\w+ )?(?:chain|thread|story|chat|emails|transcript|correspondence|screenshots?|video|photos|pictures|footage|recording) to the (?:evening |local |daily )?(?:herald|gazette|times|post|mail|echo|chronicle|telegraph|guardian|mirror|express|standard|papers?|newspaper|press|news)\\b|\\b(?:drafted|draft(?:ing)?|writ(?:e|ing)|written) (?:a letter )?to the (?:evening |local |daily )?(?:herald|gazette|times|post|mail|echo|chronicle|telegraph|guardian|mirror|express|standard|papers?|newspaper|press|news)\\b|\\bwrite to (?:your|the) letters page\\b|\\b(?:leaving|leave|post|posting|write|writing) a review so (?:nobody|no one|no-one|others|other \\w+|people)\\b|\\b(?:writing|leaving|write|leave|posting|post) a review about (?:all of )?(?:this|it|what happened|the way)\\b|\\bwrit(?:e|ing) (?:the whole thing|it all|everything|this) up\\b[^.!?]{0,40}\\b(?:on|in|for) (?:the |a |our |my )?(?:[\\w'-]+ ){0,3}(?:forum|group|blog|reviews?|sites?|page)\\b",
        // "I'll write a review saying exactly why", "post it in the Harbour View buyers' group".
        "\\b(?:i'll|i will|i'm going to|gonna|we'll|we will) (?:write|leave|post) (?:a|an|my) (?:honest |full |detailed )?review (?:saying|explaining|describing|telling)\\b|\\b(?:post|share|put) (?:it|this|them|the (?:whole )?(?:timeline|story|thread|chat)) (?:in|on|to) (?:the|our|my) (?:[\\w'-]+ ){0,4}(?:group|forum|page|chat)\\b",
        // "I'm going to make sure everyone in this town knows", "the photos of his ear are going on your google page".
        '\\bmake sure (?:everyone|everybody|the whole (?:town|world|village|street|school)|other (?:owners|parents|customers|people))\\b[^.!?]{0,30}\\b(?:knows?|hears?|finds? out|sees?)\\b|\\b(?:are|is) going (?:on|up on|onto) (?:your|the|my) (?:google|facebook|trustpilot|instagram|tiktok|twitter)\\b',
        // "going on trustpilot tonight about this", "write up the whole experience on the course review sites".
        '\\b(?:going|go|getting|get) on (?:trustpilot|google reviews|tripadvisor|facebook|twitter|reddit|tiktok|mumsnet)\\b(?! to (?:check|look|see|read|find))|\\b(?:on|to) (?:the )?(?:[\\w-]+ )?review sites?\\b(?<=\\b(?:write|writing|post|posting|put|putting|share|sharing)\\b[^.!?]{0,90})',
        // "I will be contacting my MP".
        '\\b(?:contact|contacting|email|emailing|involve|involving|tell|telling|ring|ringing|phone|phoning) (?:my|our|the local) (?:mp|councillor|member of parliament|congressman|congresswoman|senator|assembly member)\\b',
        // "they're going on every review site I can find".
        '\\b(?:on|to) every (?:review )?(?:site|website|platform)\\b|\\bevery review (?:site|website|platform)\\b',
        // "everyone's going to hear about it. It's all going on Facebook."
        "\\beveryone(?:'s| is) (?:going to|gonna) (?:hear|know) about (?:it|this)\\b|\\b(?:it's|it is|this is|this|it) (?:all )?going (?:on|up on) (?:facebook|twitter|instagram|tiktok|reddit|linkedin|trustpilot|google)\\b",
        // "everyone in my uni group chat will hear about it".
        "\\b(?:everyone|everybody|all) (?:in|on) (?:my|our|the) (?:[\\w-]+ ){0,3}?(?:group chat|group|chat|class|office|street|school|team|family|circle|estate|village) (?:will|is going to|gonna|'ll|are going to) (?:hear|know|find out) (?:about (?:it|this|you)|what)\\b",
        // "I'm sending all of this to the money page at the Evening Herald".
        '\\b(?:send|sending|email|emailing|forward|forwarding|take|taking)\\s+(?:all (?:of )?this|this|it|everything|the (?:whole )?(?:story|thread|chat))\\s+to\\s+(?:(?:the|a)\\s+(?:[\\w-]+\\s+){0,3}?(?:page|desk|section|team)\\s+at\\s+)?the (?:local )?(?:\\w+ )?(?:gazette|herald|echo|argus|chronicle|courier|advertiser|tribune|evening (?:news|standard|post)|local paper|newspapers?|papers|press|media)\\b(?! (?:office|shop|arena|address|building|website|offices))',
        // "I'm writing this up on LinkedIn".
        '\\b(?:writ(?:e|ing)|post(?:ing)?|put(?:ting)?) (?:this|it|all this|the whole thing|about this|what happened) (?:up )?(?:on|to) (?:linkedin|facebook|twitter|reddit|instagram|tiktok|trustpilot|social media|(?:my|our|the) (?:[\\w-]+ )?blog|the internet|hn|hacker news)\\b',
        // "I shall be writing to the Gazette about this": a local paper by its name.
        '\\b(?:write|writing|wrote|complain(?:ing)?|talk(?:ing)?|speak(?:ing)?|contact(?:ing)?|ring(?:ing)?|tell(?:ing)?)\\s+(?:to\\s+)?the (?:local )?(?:[A-Z]\\w+ )?(?:gazette|herald|echo|argus|chronicle|courier|advertiser|tribune|evening (?:news|standard|post)|local paper|newspapers?)\\b(?! (?:office|shop|crossword|arena|website says))',
        // "I'm putting a review up on Rightmove and Google about this".
        '\\b(?:put|putting|post|posting) (?:a |my )?(?:\\w+ )?review up on\\b',
        // "I've already sent everything to my MP", "putting photos of these windows in the residents group", "the photos go up".
        "\\b(?:write|writing|wrote|sent|sending|send|contact|contacting|contacted|going|go|complain|complaining|raise|raising)\\b[^.!?]{0,40}\\bto (?:my|our|the local) (?:mp|councillor|member of parliament|congressman|congresswoman|senator)\\b|\\b(?:post|posting|put|putting|share|sharing)\\s+(?:the |these |my |all the )?(?:photos?|pictures?|pics|videos?|screenshots?)\\b[^.!?]{0,60}\\b(?:in|on) (?:the|our|my|your) (?:[\\w']+ ){0,4}(?:group|forum|page|chat|wall|feed)\\b|\\b(?:photos?|pictures?|videos?) (?:go|goes|will go) (?:up|online|public)\\b",
        // "I'm going to post about this on the hospital's facebook page".
        "\\b(?:post|posting|write|writing|share|sharing|mention|mentioning)\\s+(?:about )?(?:this|it|what happened)\\s+(?:on|in)\\s+(?:the |their |its |your |our )?(?:[\\w']+ ){0,2}(?:facebook|fb|instagram|twitter|x|linkedin|nextdoor|whatsapp) (?:page|group|wall|feed)\\b",
        // "I'm ringing the breakfast show tomorrow and telling every listener how you treat your winners".
        '\\b(?:ring|ringing|call|calling|phone|phoning|contact|contacting|go to|going to)\\s+(?:the\\s+)?(?:breakfast show|radio station|local radio|local paper|local news|newspaper|papers|tv station|telly)\\b|\\b(?:tell|telling|warn|warning)\\s+(?:every (?:listener|viewer|reader|follower|customer|member|parent)|all (?:the|my|your) (?:listeners|viewers|readers|followers|customers|members))\\b',
        // "I'll put the whole thing on the dog owners' group", "I'll be saying so in a review".
        "\\b(?:put|putting|post|posting|share|sharing)\\s+(?:the whole (?:thing|story|saga|chat)|all of this|everything|this whole \\w+)\\s+(?:on|in)\\s+(?:the|my|our|a)\\s+(?:[\\w']+\\s+){0,3}?(?:groups?|forums?|pages?|subreddit|channel)\\b|\\b(?:say|saying|said) so in (?:a|my|the) (?:\\w+ )?review\\b",
        // "I'll be leaving a review so other people know what to expect".
        "\\b(?:leave|leaving|write|writing|post|posting)\\s+(?:a |an |my )?(?:\\w+ )?reviews?\\s+so (?:that )?(?:other )?(?:people|others|everyone|customers|other customers)\\s+(?:know|can see|are warned|don't)\\b",
        // "I'll make sure everyone at my church knows exactly why", "telling the flat-hunting group on Facebook", "I'd hate for this to end up on the evening news", "they'd love a story like this".
        '\\b(?:make|making) sure (?:everyone|everybody|all my \\w+|the whole \\w+|people) (?:at|in|on|from) (?:my|our|the) (?:[\\w-]+ ){0,2}?(?:church|work|office|school|club|gym|street|group|community|team|mosque|temple|synagogue|estate|village|neighbou?rhood|forum|chat)\\s+(?:knows?|hears?)\\b',
        '\\b(?:tell|telling|warn|warning) (?:the|my|our) (?:[\\w-]+ ){0,2}?(?:group|forum|page|community|chat)s? (?:on|in) (?:facebook|fb|whatsapp|reddit|discord|nextdoor|twitter|x|instagram)\\b',
        "\\b(?:this|it|that|the story|all this)\\b[^.!?]{0,30}\\b(?:end(?:s|ed)? up|wind(?:s)? up|appear(?:s|ing)?|go(?:es|ing)? out) (?:on|in) (?:the )?(?:evening |local |six o'clock |nightly |national |morning )?(?:news|papers|newspapers?|press|telly)\\b|\\b(?:would|'d) (?:love|like|be interested in|jump at) (?:a )?(?:story|stories) like (?:this|that|mine|ours)\\b",
        '\\b(?:post|posting|put|putting|share|sharing|tweet|tweeting|blast|blasting|write|writing|publish|publishing|spread|spreading|broadcast)\\s+(?:this|it|about (?:this|it|you|your company)|everything|my (?:story|experience)|the (?:whole )?(?:story|conversation|chat|transcript))\\s*(?:\\w+\\s+){0,3}?(?:online|on (?:social|twitter|x|facebook|fb|instagram|insta|tiktok|reddit|youtube|linkedin|the internet|every)|everywhere|all over)',
        '\\b(?:leave|leaving|write|writing|post|posting|give|giving|put)\\s+(?:you\\s+)?(?:a|an)\\s+(?:\\w+\\s+)?(?:bad|negative|terrible|horrible|awful|scathing|honest|1[- ]star|one[- ]star|0[- ]star|zero[- ]star|poor|damning)\\s+(?:\\w+\\s+)?(?:review|rating|feedback)',
        '\\b(?:1|one|0|zero)[- ]star reviews?\\b',
        '\\b(?:trustpilot|yelp|glassdoor|google reviews|tripadvisor|consumer ?affairs\\.com)\\b',
        '\\b(?:go|going|take (?:this|it)|talk|speak|reach out|contact|tell|write|call|calling|contacting|alert|alerting)\\s+(?:to\\s+)?(?:the press|the media|the news|a journalist|journalists|reporters|local news|news station|a newspaper|the papers|watchdog)\\b',
        '\\b(?:expose|exposing|name and shame)\\s+(?:you|this|your company|it)\\b|\\b(?:make|making) (?:this|it) go viral\\b|\\bon social media\\b(?=[^.!?]*\\b(?:post|share|tell|expose|everyone|will|going to|gonna)\\b)',
        // "I'll tell everyone in the group chat to check their spam" is an instruction, not a threat.
        // …and "I'll tell everyone in the family group chat the new time" is news, not a threat: it
        // needs the telling to be about us ("how you treat people", "not to book") or to stand alone.
        '\\b(?:tell|telling|warn|warning)\\s+(?:everyone|everybody|all my (?:friends|followers|family)|my (?:whole |entire )?(?:followers|friends|family|guild|clan|server|community|office|colleagues|coworkers|network|club)|people|the world|others)\\b(?!\\s+(?:how (?:good|great|helpful|kind|lovely|quick|brilliant|amazing|nice)|about (?:how (?:good|great|helpful|kind)|your (?:great|amazing|brilliant|lovely))))(?:(?:\\s+(?:i know|i can|about it|about this))?\\s*(?:[.!]|$)|[^.!?]{0,40}?\\b(?:about (?:this|you|it|your|what|how|the way)|how (?:bad|awful|terrible|you|your|this)|what (?:happened|you|your)|never|to avoid|not to|to not|to stay away|to steer clear|to boycott)\\b)',
        '\\bmy (?:\\d+k?|thousands of|many|all my) followers\\b',
        '\\b(?:putting|put|writing|write|posting|post|including|include)\\s+(?:this|it|all of this|everything|the whole thing)\\s+(?:up\\s+)?(?:in|into)\\s+(?:a|my|the)\\s+(?:\\w+\\s+){0,2}reviews?\\b',
        '\\b(?:put|post|leave|write|putting|posting|leaving|writing)\\s+(?:a\\s+|my\\s+)?reviews?\\s+(?:on (?:every|all|each)|everywhere|all over)\\b',
        '\\b(?:tell|telling|told|warn|warning)\\s+(?:them|people|others|other (?:parents|customers|people|members|drivers)|my friends|everyone)\\s+(?:not to|never to|to avoid|to stay away|to steer clear)\\b',
        '\\b(?:mention|include|describe|write about|put|cover)\\b[^.!?]{0,40}\\bin (?:my|a|the) (?:\\w+ )?review\\b',
        '\\b(?:writing|write|leaving|leave|posting|post)\\s+(?:a|an|my)\\s+(?:\\w+\\s+)?review\\s+(?:about|on|of)\\s+(?:how|this|what|the way|your)\\b(?![^.!?]{0,30}\\b(?:helpful|great|good|quick|fast|amazing|kind|lovely|easy|smooth|brilliant|wonderful|friendly)\\b)',
        '\\b(?:reclame aqui|productreview|product review\\.com|sitejabber|pissed ?consumer|ripoff report|hellopeter)\\b',
        '\\bsee you on (?:trustpilot|yelp|google(?: reviews)?|tripadvisor|twitter|x|reddit|facebook|tiktok|the news|social media)\\b',
        // "posting the whole thing on Tripadvisor": from the verb, so "saw it on Tripadvisor" stays out.
        '\\b(?:post|posting|put|putting|share|sharing|write|writing|publish|publishing|leave|leaving|upload|uploading)\\s+(?:\\w+\\s+){0,5}?(?:on|to)\\s+(?:reclame aqui|productreview|sitejabber|hellopeter|trustpilot|yelp|google(?: reviews)?|tripadvisor|facebook|fb|twitter|x|instagram|insta|tiktok|reddit|youtube|linkedin|social media)\\b',
        "\\b(?:photos?|pictures?|pics|videos?|receipts?|screenshots?|the chat|this chat|this conversation|the transcript|the whole thing|this)\\s+(?:are|is|will be|'re|'s|'ll be)\\s+going\\s+(?:up|online|public|viral)\\b",
        '\\b(?:post|posting|put|putting|share|sharing)\\s+(?:the|my|these|those|all the|all my)\\s+(?:receipts?|photos?|pictures?|screenshots?|videos?|emails?|messages|whole thing)\\s+(?:online|everywhere|on (?:social|twitter|x|facebook|instagram|reddit|tiktok))\\b',
        // "every bride in the county is going to hear about it", "post the whole story in the local wedding groups", "mention it in my app store review".
        "\\bevery (?:\\w+ ){1,2}in (?:the |this |my )?(?:county|town|city|area|village|country|region|street|school) (?:is going to|will|'s going to|are going to) (?:hear|know) about (?:it|this|you)\\b",
        '\\b(?:post|posting|share|sharing|put|putting)\\b[^.!?]{0,40}\\b(?:in|on) (?:(?:the |my |our )?(?:local |community |neighbou?rhood |village |town |school )|every |all the )(?:\\w+ )?(?:groups?|forums?|pages?)\\b|\\b(?:mention|mentioning|include|including|put|putting|write about|writing about)\\b[^.!?]{0,40}\\bin (?:my|a|the) (?:\\w+ ){0,2}review\\b',
        '\\b(?:write|writing|post|posting|leave|leaving|put|putting)\\s+(?:a\\s+)?(?:\\w+\\s+)?reviews?\\s+on\\s+(?:every|all|each|any)\\b',
        "\\b(?:this|it|that|this whole \\w+|the whole \\w+)(?:(?:'s| is) (?:going|getting|being)| goes| gets) (?:on|onto|up on|posted on|put on|in|into)\\s+(?:a |my |the )?(?:tripadvisor|trustpilot|yelp|google|facebook|twitter|instagram|tiktok|reddit|social media|the internet|(?:\\w+ )?review)\\b|\\b(?:leave|leaving|write|writing|post|posting)\\s+(?:a|an|my)\\s+(?:\\w+\\s+)?review\\b[^.!?]{0,60}\\babout how\\b(?![^.!?]{0,30}\\b(?:helpful|great|good|quick|fast|amazing|kind|lovely|easy|smooth)\\b)",
        '\\b(?:post|posting|put|putting|share|sharing)\\s+(?:this|the|it|that)(?: whole)?(?: \\w+)? (?:in|into|on) (?:a|my) (?:\\w+ )?review\\b',
        '\\b(?:post|posting|put|putting|share|sharing)\\b[^.!?]{0,40}\\bon (?:all )?(?:my |our )?(?:socials|social media|social)\\b',
        "\\b(?:raise|raising|bring|bringing) (?:it|this|the matter) (?:up )?at the (?:agm|annual (?:general )?meeting|residents' meeting|next (?:members' )?meeting)\\b",
        "\\b(?:putting|post|posting|put) (?:this|it) on (?:the|a|our|my) (?:[\\w']+ )?(?:forum|subreddit|facebook group|group chat for (?:fans|members|supporters))\\b",
        // "putting the whole thing on every review site going", "i make video on youtube how your company ban people".
        '\\b(?:put|putting|post|posting|share|sharing|plaster|plastering)\\b[^.!?]{0,40}?\\bon (?:every|all the|each|the|a|some) review (?:site|page|platform)s?\\b',
        '\\b(?:make|making|do|doing|post|posting|upload|uploading|film|filming)\\s+(?:a\\s+)?(?:video|vid|vlog|tiktok|reel)\\s+(?:on|for|to)\\s+(?:youtube|tiktok|twitter|x|facebook|instagram|reddit|my channel)\\b',
        // "this is going straight on facebook".
        "\\b(?:this|it|that|all of this|the whole (?:chat|thing)|(?:the |my |these |those )?(?:photos|pictures|screenshots|videos?|messages|emails?))(?:'s| is| are)? going (?:straight |right )?(?:on|onto|up on|to) (?:the |my |our )?(?:[\\w'-]+ ){0,2}?(?:facebook|twitter|tiktok|instagram|reddit|trustpilot|google reviews|yelp|social media|linkedin|mumsnet|nextdoor|whatsapp|the (?:local )?paper)\\b",
        // "I'll be telling every owner in the local group on facebook", "everyone at my work is going to hear about this".
        "\\b(?:i'll be |i will be |i'm |im )?(?:telling|warning) (?:every|all the|everyone|everybody|all my)\\b[^.!?]{0,50}\\b(?:on|in) (?:facebook|twitter|the (?:\\w+ )?group|whatsapp|instagram|tiktok|reddit|the forums?)\\b|\\beveryone (?:at|in) (?:my|our|the) (?:[\\w-]+ )?(?:work|office|school|club|street|village|group|chat)(?: i'm in| we're in)? (?:is going to|will) (?:hear|know)\\b",
      ],
      // "I'll tell everyone how good you've been": praise.
      exceptAfter: [
        '\\s+(?:how (?:good|great|helpful|kind|lovely|quick|brilliant|amazing|nice)|about (?:how (?:good|great|helpful|kind)|your (?:great|amazing|brilliant|lovely)))\\b',
        // "I had a whole one star review drafted in my head": imagined, not threatened.
        '^\\s+(?:(?:half )?(?:drafted|written|typed(?: up| out)?|planned)\\s+)?in my head\\b',
        // "I'll leave you a review on google, this was dead easy": a review promised as thanks.
        "^[^.!?]{0,40}[,.!]\\s*(?:this|that|it|you|you've|you have) (?:was|were|have been|'ve been|been) (?:dead |so |really |super |very |absolutely )?(?:easy|quick|simple|painless|smooth|great|brilliant|amazing|helpful|fantastic|lovely|excellent|a star|a legend|a lifesaver)\\b",
        // "ill put a post on facebook asking people to resend": a post for another purpose.
        '^\\s+(?:asking|to ask|telling|to tell|letting|to let)\\s+(?:people|customers|everyone|anyone|clients|followers|them|friends|neighbou?rs|locals|the group)\\b',
        // "I'll leave you a proper review on trustpilot, you deserve it ⭐".
        '^[^.!?]{0,40}(?:you deserve it|well deserved|⭐|\\b(?:5|five)[- ]stars?\\b)',
      ],
      exceptBefore: [
        '\\b(?:saw|read|seen|found|via|through|from|on|in)\\s+(?:\\w+\\s+)?$',
        // "a buyer left me a 1 star review": a review someone else wrote about the customer.
        '\\b(?:left|gave|given|posted|wrote) (?:me|us|my \\w+|our \\w+) (?:a |an )?$',
        // "you guys have been great honestly, I'll put a review on Yelp": a review as thanks.
        "\\b(?:you|you guys|you lot|you all|y'all|everyone)(?:'ve| have)? been (?:so |really |absolutely )?(?:great|brilliant|amazing|fantastic|helpful|lovely|excellent|a star|superb)\\b[^.!?]{0,60}$",
      ],
    },
    {
      id: 'violence',
      kind: 'threat_violence',
      role: 'customer',
      severity: 1,
      // "I would literally kill for that shade": wanting something badly.
      unless: [
        "\\b(?:would|'d|could|i) (?:literally |honestly )?kill for\\b",
        "\\b(?:it's|it is|that's|this is|its|is|are|'s|'re|been) killing (?:me|her|him|them|us)\\b",
        // "we'll murder them on saturday" in a message about a match: sport, not a threat.
        '{SPORT_BEATING}',
      ],
      patterns: [
        // "I'm going round there with the kids' cricket bat".
        "\\b(?:going|go|coming|come) (?:round|over|down) (?:there|to (?:his|her|their|your) (?:\\w+ )?(?:house|place|flat|room))\\b[^.!?]{0,30}\\bwith (?:a|the|my|our) (?:[\\w']+ ){0,2}(?:bat|knife|hammer|golf club|crowbar|axe|machete|gun|bottle|brick|bat)\\b",
        "\\b(?:kill|killing|(?<!\\b(?:is|was|'s|be|absolute|pure|sheer|total|bloody|bit|real|right)\\s)murder|murdering|shoot|shooting|stab|stabbing|strangle|slaughter|slaughtering|butcher|execute|executing|hang(?!\\s+(?:off|out|on|up|around|about|over|from|down|loose|together)\\b)|hanging(?!\\s+(?:off|out|on|up|around|about|over|from|down|loose|by|together)\\b)|lynch|lynching|behead|beheading|exterminate|exterminating|eradicate|gas(?=\\s+(?:them|you|u|him|her|em|'em|all|every|these|those|people|everyone|the lot|each)\\b)|burn|burning|bomb|bombing|nuke|hurt|hurting|beat|beating|punch|punching|smash|smashing|strangle|choke|torture|torturing|rape|raping|massacre|wipe out|wiping out|castrate|sterili[sz]e|drown|drowning|lock up)\\s+(?:\\w+\\s+)?(?:you|u|ya|your|them|him|her|em|'em|all|every|these|those|the|that|this|people|everyone|everybody|anyone|someone|somebody|whoever|muslims?|jews?|gays?|blacks?|whites?|immigrants?|refugees?|women|men|kids|children|them all|the lot|each|staff|employees|agents?|managers?|ceo|head|face|teeth|skull|neck|legs?|ass|store|shop|office|building|place|car|house|windows?|windscreen|windshield|tyres|tires)\\b",
        "\\b(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|has to|gotta|going to|gonna|will|'ll|i'd|would|want to|wanna|let's|lets)\\s+(?:be\\s+|all\\s+|just\\s+|all be\\s+|get\\s+)?(?:killed|shot|hanged|hung|lynched|burned|burnt|executed|slaughtered|exterminated|gassed|stabbed|beaten|murdered|eliminated|wiped out|die|dead|deported|raped|tortured|bombed|nuked|destroyed|drowned|castrated|sterili[sz]ed|eradicated)\\b(?<!\\b(?:i|we)\\s?(?:'ll|will|would|'d|am going to|'m going to|'m gonna|gonna|'m|am)\\s+(?:be\\s+|get\\s+)?\\w+)",
        '\\b(?:deserve|deserves)\\s+(?:to die|death|a bullet|to be (?:killed|shot|hanged|hung|burned|executed|beaten|raped|tortured|abused|attacked|hurt|harmed|euthani[sz]ed|euthanatized))\\b',
        "\\b(?:death to|die in a fire|kill yourself|kill urself|kys|hope (?:you|u|they|he|she) (?:die|dies|rot|burn|get (?:cancer|killed|shot|hit))|should be (?:dead|put down|eliminated|wiped out)|(?<!\\b(?:vets?|vet's|had to|have to|decided to|we)\\s)put (?:them|you|him|her) down(?!\\s+(?:peacefully|gently|at home|last|in the end|to sleep))|(?:a )?bullet (?:in|to|between)|i know where you (?:live|work)|find (?:out )?where you (?:live|work)|come down there and|wait (?:till|until) i (?:get|find)|watch your back|you(?:'ll| will) (?:regret|pay for) (?:this|it)|(?:blow|burn|shoot)\\s+(?:up\\s+)?(?:the|your|this)\\s+(?:place|store|office|building|shop))\\b",
        "\\b(?:i|we)(?:'ll| will| am going to|'m going to|'m gonna| gonna)\\s+(?:come|go|show up)\\s+(?:down\\s+)?(?:there|to your (?:office|store|shop|house|place))\\b(?=[^.!?]*\\b(?:and|with|hurt|kill|smash|break|see|deal)\\b)",
        // Weapons alone are products in many shops ("knife set", "guns in the game"): only the unambiguous ones.
        '\\b(?:noose|gas chamber|firing squad|electric chair|death penalty|genocide|holocaust|burn (?:them|it) (?:all|down)|hanged|hang them)\\b',
      ],
      // "should I kill that off and pay for the extra week": stopping something; "kill two birds with one stone".
      exceptAfter: ['[^.!?\\n]{0,40}{LAUGH}', '{NOT_PERSON}', '\\s+off\\b', '{KILL_IDIOM_AFTER}'],
      exceptBefore: [
        // "the fire killed him, the smoke they said": an event, not a person, did it.
        '{EVENT_DID_IT}',
        // "Will the bait kill them?", "this could kill someone" (a gas leak), "the weedkiller… will kill everything": a thing kills, not a person.
        '{THING_THAT_KILLS}',
        // "another pupil threatened to stab him": a threat someone made, reported; not the customer's.
        '\\b(?:threatened|threatening|threatens|tried|trying|attempted|wanted) to\\s+$',
        // "there are 2 processes, killing both": the thing named just before is what gets killed.
        '\\b(?:process(?:es)?|apps?|tasks?|tabs?|jobs?|servers?|sessions?|threads?|workers?|containers?|pods?)\\b[^.!?]{0,30}$',
        "\\b(?:shoot me|shoot us|is killing me|killing me|making a|make a|kill for|dying to|die for|to die for|would die|i'd die|beat (?:the|your) (?:price|deal|offer)|bat an eye|break (?:the )?(?:bank|news|ice)|gun it|jump the gun|smoking gun)\\b[^.!?]*$",
      ],
      thirdPartyCancels: false,
    },
    {
      // Violent verbs in any tense aimed at people, wishes of death or harm. Device and product
      // objects ("kill the app", "my battery died", "shoot me an email") are excepted below.
      id: 'violence.harm',
      kind: 'threat_violence',
      role: 'customer',
      thirdPartyCancels: false,
      hypotheticalCancels: false,
      unless: [
        // "my kill for last night is showing £31.40" (autocorrected "bill"): "kill" as a noun.
        '\\b(?:my|your|our|the|this|that) kills? (?:for|is|was|says|shows|showing|came|comes)\\b',
        // "we'll murder them on saturday" in a message about a match.
        '{SPORT_BEATING}',
        "\\b(?:would|'d|could|i) (?:literally |honestly )?kill for\\b",
        "\\b(?:it's|it is|that's|this is|its|is|are|'s|'re|been) killing (?:me|her|him|them|us)\\b",
        '\\bkill(?:s|ing|ed)? (?:threads|posts|messages|channels|sessions|processes|jobs|tabs|apps)\\b',
      ],
      patterns: [
        // "if I have to come down there they'll regret it", "I know where you live".
        "\\bif i (?:have to |need to )?come (?:down |round |over )?(?:there|here)\\b[^.!?]{0,40}\\b(?:you'll|they'll|he'll|she'll|you will|they will) (?:regret|be sorry)\\b|\\bi know where (?:you|he|she|they) (?:live|lives)\\b|\\bi know where (?:your|the) (?:office|shop|depot|warehouse|store|branch|yard|unit) is\\b",
        // "had better hope I never find that warehouse of yours", "if he turns up at my door again, someone is going to get hurt".
        "\\b(?:had better|'d better|better) hope (?:i|we) (?:never|don't|do not) (?:find|see|meet|catch|run into|come across|track down)\\b|\\bif (?:he|she|they|you|your \\w+|that \\w+|anyone)\\b[^.!?]{0,60}\\b(?:someone|somebody|he|she|they|you)(?:'s| is| are|'re)? (?:going to|gonna|will|'ll) get hurt\\b",
        "\\b(?:kill|kills|killed|killing|murder(?:ed|ing|s)?|lynch(?:ed|ing)?|slaughter(?:ed|ing)?|massacre(?:d)?|behead(?:ed)?|exterminat(?:e|ed|ing)|execut(?:e|ed|ing)|hang(?:ed)?|strangl(?:e|ed|ing)|chok(?:e|ed|ing)|stab(?:bed|bing)?|shoot|gun(?:ned)? down|bury|buried|burn(?:ed|t|ing)?|smack(?:ed)?|slap(?:ped|ping)?|punch(?:ed|ing)?|whoop|beat(?:en|ing)? up|knock(?:ed)?|stone|stoned|gas|gassed|chop(?:ped)?|rape(?:d)?|tortur(?:e|ed|ing)|destroy(?:ed|ing)?|eradicat(?:e|ed)|wipe(?:d)? out|take (?:them|him|her|you|it) out|end you|drown(?:ed)?)(?!\\s+culture)\\s+(?:(?:the|that|those|these|this|all|every|some|em|'em|them|him|her|you|ya|u|us|it|their|his|your|a|an)\\s+)?(?:\\w+\\s+){0,2}?(?:all|them|him|her|you|ya|u|people|men|women|kids|children|guys|bitch\\w*|whore|cunts?|fags?|faggots?|gays?|jews?|muslims?|islam|christians?|immigrants?|refugees?|blacks?|whites?|asians?|mexicans?|niggers?|traitors?|scum|ass|head|face|skull|to death|alive|down|to the ground|out of)\\b",
        '\\b(?:should|must|needs? to|ought to|deserves? to|gotta|got to|will|let (?:it|them|him|her|em))\\s+(?:all\\s+|just\\s+|fucking\\s+)?(?:die|be (?:killed|shot|hanged|hung|burned|executed|gassed|removed from)|burn|rot|hang|suffer)\\b',
        // Killing words with any object that is not a device or a plan ("kill the app" is excepted below).
        // …but not the speaker as the victim ("the final boss keeps murdering me").
        "\\b(?:kill|kills|killing|killed(?!\\s+(?:the|my|both|all the|every|that|this|those)\\s+(?!(?:\\w+\\s+)?(?:people|person|man|woman|men|women|guy|kids?|children|family|dog|cat|agent|manager|driver|customer|staff|jews?|muslims?|christians?|immigrants?|refugees?|blacks?|whites?|gays?)\\b))|(?<!\\b(?:is|was|'s|be|absolute|pure|sheer|total|bloody|bit|real|right)\\s)murder(?:s|ed|ing)?|execute|exterminat\\w*|annihilat\\w*|slaughter\\w*|massacre\\w*|lynch\\w*|nuke|nuking|behead\\w*)\\s+(?!(?:it|me|us|myself|ourselves|switch(?:es)?|(?:that|this|those|these) off|the (?:nav|navigation|battery|signal|connection|wifi|audio|sound|screen|display|engine|music|power|app|radio))\\b|{NOT_PERSON})(?:\\w+)",
        '(?:^|[.!?]\\s*)die\\b|\\bgo die\\b|\\b(?:wish(?:ed)?|hope[ds]?) (?:\\w+ )?(?:you|they|he|she|u) (?:have |had |would |will |\\w+ )?(?:died|die|dies|dead)\\b',
        '\\b(?:burn|rot) in hell\\b|\\bsend (?:\\w+ ){0,2}to hell\\b|\\b(?:get|gets|getting|got) (?:\\w+ )?(?:killed|shot|murdered|slaughtered|raped|lynched|beheaded|stabbed)\\b',
        '\\b(?:put to death|dead and buried|(?:must|should|will|to) be (?:annihilated|exterminated|eradicated|wiped out|put down|eliminated)|(?:throw|throwing|threw) (?:stones|rocks|acid|bricks)|(?:beat|whip|whipped|kick|kicked|beating) (?:their|his|her|your|ur) (?:\\w+ )?ass|(?:drink|pour|pour some|go) bleach|bleach yourself)\\b',
        '\\b(?:(?:beat|beaten|stab\\w*|chok\\w*|burn\\w*|ston\\w*|starv\\w*|kick\\w*|fuck\\w*|torture\\w*) (?:\\w+ )?to death|slow death|wish(?:ing)? (?:\\w+\\s+){0,3}?(?:death|dead|to die|would die|hiv|cancer)|set on fire|on a stretcher|cross ?hairs|lynched|ass (?:whooping|kicked|beating)|get (?:their|his|her|your) ass kicked|removed from the face of the earth|wipe (?:them|\\w+) off the (?:map|earth)|kill myself|shoot (?:up|them all)|take (?:them|it) to them|want war|deserved (?:attack|to die)|wrath of)\\b',
        // "i'll come down to your office and put a brick through the window", "I swear I'll kick these gates in".
        "\\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna)\\s+(?:\\w+\\s+){0,8}?(?:put|putting|throw|throwing|chuck|chucking|lob|send)\\s+(?:a|this|the|my|his|her|their)?\\s*(?:brick|rock|stone|chair|ladder|hammer|bat|fist)s?\\s+through\\b|\\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna)\\s+(?:\\w+\\s+){0,3}?(?:kick|smash|break|knock)\\s+(?:these|the|your|those|their|that|ur)\\s+(?:\\w+\\s+)?(?:gates?|doors?|windows?|shutters?|windscreens?|fences?)\\s+(?:in|down)\\b",
        // "i'll let his tyres down".
        "\\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna)\\s+(?:\\w+\\s+){0,2}?(?:let|slash|slashing|letting)\\s+(?:his|her|their|your|ur|the driver's|the|its)\\s+tyres\\b",
        // "i'll be waiting for them outside, i'm not joking".
        "\\b(?:i'll|ill|i will) be waiting (?:for (?:them|him|her|you|your \\w+) )?outside\\b",
        // "ill put his windscreen in".
        "\\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna)\\s+(?:\\w+\\s+){0,3}?(?:put|kick|smash|knock|punch)\\s+(?:his|her|their|your|ur|the)\\s+(?:\\w+\\s+)?(?:windscreen|windows?|doors?|teeth|face|head|lights)\\s+in\\b",
        // "ill put him through the fence myself".
        "\\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna)\\s+(?:\\w+\\s+){0,2}?(?:put|throw|chuck|push|knock)\\s+(?:him|her|them|you|that (?:lad|guy|driver|man|woman))\\s+through\\s+(?:the|a|that|your|his|her)\\s+(?:\\w+\\s+)?(?:fence|window|wall|door|windscreen|glass|hedge|barrier|railings?)\\b",
        // "im going to pour petrol on the pile and set light to it".
        "\\b(?:i'm going to|im going to|i'll|ill|i will|gonna)\\s+(?:\\w+\\s+){0,2}?(?:pour petrol|set (?:light|fire) to|torch (?:his|her|their|the|your)|burn (?:his|her|their|the|your) (?:\\w+ )?(?:down|car|house|van|shop))\\b",
        // "I swear ill put that shop window through".
        "\\b(?:i'll|ill|i will)\\s+(?:\\w+\\s+){0,2}?put (?:that|the|your|their|his|her) (?:\\w+ )?(?:window|windscreen|door|glass)s? (?:through|in)\\b",
        // "i swear i'll knock his teeth out".
        "\\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna)\\s+(?:\\w+\\s+){0,2}?(?:knock|kick|smash|punch)\\s+(?:his|her|their|your|ur)\\s+(?:teeth|head|face|lights)\\s+(?:out|in)\\b",
      ],
      // Game talk: "we got slaughtered in ranked", "38 kills with 20 headshots".
      exceptAfter: [
        // "He was killed in a crash on the A38", "killed in a motorbike accident": a death told, not a threat.
        '\\s+(?:in\\s+)?(?:a |an |the |his |her |their )(?:[\\w-]+ ){0,2}(?:crash|accident|collision|fire|war|attack|explosion|incident|blast|earthquake|flood|storm|shooting|stabbing)\\b',
        // "I'm going to strangle him lol" (about their own son): a laugh in the sentence makes it a joke.
        '[^.!?\\n]{0,40}{LAUGH}',
        '{NOT_PERSON}',
        '{KILL_IDIOM_AFTER}',
        '\\s+(?:(?:with|in|on|at) )?(?:like )?(?:\\d+ \\w+|ranked|pvp|casual|comp|competitive|the (?:match|game|lobby|map|server|round|tournament|arena|quiz(?: night)?|pub quiz|final|race|league))\\b',
      ],
      exceptBefore: [
        '{EVENT_DID_IT}',
        // "Will the bait kill them?", "this could kill someone" (a gas leak), "the weedkiller… will kill everything": a thing kills, not a person.
        '{THING_THAT_KILLS}',
        // "another pupil threatened to stab him": a threat someone made, reported.
        '\\b(?:threatened|threatening|threatens|tried|trying|attempted|wanted) to\\s+$',
        // "there are 2 processes, killing both": the thing named just before is what gets killed.
        '\\b(?:process(?:es)?|apps?|tasks?|tabs?|jobs?|servers?|sessions?|threads?|workers?|containers?|pods?)\\b[^.!?]{0,30}$',
        "\\b(?:shoot me|shoot us|is killing me|killing me|making a|make a|kill for|dying to|die for|to die for|would die|i'd die|bat an eye|gun it|jump the gun|smoking gun|knock knock|knock on|knock off|kick off|kicked off|kick in|stone cold|beat (?:the|your) (?:price|deal|offer))\\b[^.!?]*$",
      ],
    },
    {
      id: 'violence.idiom-guard',
      kind: 'threat_violence',
      role: 'customer',
      // Deliberately tiny: the generic rule above does the work; this catches "I'll kill you" alone.
      patterns: [
        "\\b(?:i'll|i will|i'm going to|im going to|i'm gonna|im gonna|ima|imma)\\s+(?:\\w+\\s+)?(?:kill|murder|shoot|stab|hurt|beat|strangle|find)\\s+(?:you|u|ya|him|her|them|your)\\b",
      ],
      // "I'm going to strangle him lol" (their own son): a laugh in the sentence makes it a joke.
      exceptAfter: ['[^.!?\\n]{0,40}{LAUGH}'],
    },
    {
      // Wishing or relishing harm without a threat verb: "die already", "nobody will miss you",
      // "watch them burn". Objects are people (pronouns, groups): "watch the price drop" is not.
      id: 'violence.wish',
      kind: 'threat_violence',
      role: 'customer',
      thirdPartyCancels: false,
      patterns: [
        '\\bdie\\s+(?:fucking\\s+|already\\s+)*(?:already|slowly|painfully|in a (?:fire|ditch|hole))\\b',
        "\\b(?:nobody|no ?one|no-one)\\s+(?:would(?:\\s+have|'ve)?|will|is going to|'d)\\s+(?:\\w+\\s+)?(?:miss|mis|missed)\\s+(?:you|u|him|her|them|those|these)\\b",
        '\\bwish(?:ed)?\\s+(?:you|u|her|him|them)(?:\\s+(?:were|was|would|to|could))?\\s+(?:die|dead|vanish|suffer|burn)\\b',
        '\\b(?:watch|watching|see|seeing)\\s+(?:this|that|the|them|those|these|him|her|you)\\s+(?:\\w+\\s+)?(?:burn|die|suffer|bleed|hang)\\b',
        '\\b(?:like|love|enjoy|want)\\s+(?:seeing\\s+)?dead\\s+(?:refugees|immigrants|people|muslims|jews|christians|women|men|kids|children|gays|blacks|whites|foreigners)\\b',
      ],
    },
    // ─── customer: abuse ─────────────────────────────────────────────────────────────────────
    {
      id: 'abuse.insult',
      kind: 'abuse',
      role: 'customer',
      patterns: [
        // "that gary is a crook, he'd say anything to shift a car", "your salesman is a liar".
        '\\b(?:your (?:[\\w-]+ ){1,2}|that (?!(?:seller|buyer|scammer|fraudster|guy|man|woman|person|neighbou?r|tenant|landlord|company|firm|bank|website|site|app|email|letter|text|call)\\b)[a-z]+ )(?:is|was) (?:a |an )?(?:absolute |complete |total )?(?:crook|con ?man|con artist|thief|liar)\\b',
        // "you lot are cowboys honestly".
        '\\byou (?:lot|people|guys|all) (?:are )?(?:a bunch of |a load of |total |complete |absolute |just )?(?:cowboys|clowns|muppets|crooks|con artists|amateurs)\\b',
        // "are your devs actually brain dead or just lazy clowns? 🤡"
        '\\bare (?:your|you|the) (?:[\\w-]+ )?(?:all )?(?:actually |genuinely |really )?(?:brain[- ]?dead|clowns|morons|idiots|thick|stupid|useless)\\b',
        // "your so-called watchmaker is a clown who couldn't regulate a kitchen timer".
        '\\b(?:your|that|this) (?:so-?called |so called )?(?:[\\w-]+ ){0,2}?(?:is|was|are|were) (?:a |an )?(?:(?:complete|total|absolute|bunch of|bloody) )?(?:clowns?|cowboys?|muppets?)\\b',
        // "useless" as the whole reply to the agent.
        "^\\s*(?:you're |ur |you |so |just )?(?:useless|idiots?|clowns?|morons?|incompetent|pathetic)\\s*[.!?]*\\s*$",
        // "tell whoever 'sorted it' last month they're a waste of space": said to be passed on to staff.
        "\\btell (?:whoever|your \\w+|the \\w+ who)\\b[^.!?]{0,60}\\b(?:they're|they are|he's|she's|he is|she is) (?:a |an )?(?:waste of space|useless|idiots?|clowns?|incompetent|a joke|morons?|a disgrace)\\b",
        // "the bunch of clueless idiots you call a crew".
        '\\b(?:idiots?|morons?|clowns|cowboys|muppets|imbeciles|incompetents|amateurs|monkeys) (?:that |who )?you (?:call|employ|hire|have working|sent|send)\\b',
        // "you all damn useless": the insult without a verb, as many speak it.
        '\\b(?:you|u)\\s+(?:all|lot|people|guys)\\s+(?:(?:so|damn|bloody|fucking|really|very|completely|totally|just)\\s+)*{ABUSE_ADJ}\\b|\\b(?:you|u)\\s+(?:(?:so|damn|bloody|fucking|really|very|completely|totally)\\s+)+{ABUSE_ADJ}\\b',
        // "you're about as much use as a chocolate teapot", "the same idiot who broke it".
        "\\b(?:you(?:'re| are)|you lot are|your (?:staff|team|agents?|people|colleagues?|engineers?|technicians?) (?:are|is))\\s+(?:\\w+\\s+){0,2}?as (?:much )?use(?:ful)? as an?\\b",
        '\\bthe (?:same )?{ABUSE_NOUN} (?:who|that) (?:broke|damaged|lost|dropped|scratched|cracked|ruined|fitted|installed|repaired|fixed|serviced|packed|delivered|sold)\\b',
        '\\bwhoever\\b[^.!?]{0,40}\\b(?:is|are) (?:an? )?(?:\\w+ )?{ABUSE_NOUN}',
        "\\b(?:you|u|ya|you're|youre|you are|ur|your|you guys are|you people|ye|this|what a|such|bunch of|pack of|another|you absolute|you total|you complete|you little|you stupid|you fucking|f\\*+ing|fucking|dumb|stupid)\\s+(?:[\\w-]+\\s+){0,2}(?:(?:absolute|total|complete|utter|bloody|fucking|such)\\s+)?{ABUSE_NOUN}(?<!\\b(?:this|what a|such)\\s+(?:\\S+\\s+){0,3}(?:trash|garbage|joke))\\b",
        '\\b{VULGAR}\\b',
        '\\bthe (?:person|guy|woman|man|lady|agent|rep|girl|bloke|chap) (?:i|we) (?:spoke|talked|chatted|dealt) (?:to|with)(?: \\w+){0,3}? (?:was|is) (?:a |an )?(?:\\w+ )?(?:{ABUSE_NOUN}|{ABUSE_ADJ})\\b|\\b(?:{ABUSE_ADJ}|{ABUSE_NOUN}),? the (?:lot|whole lot|bunch) of (?:you|ye|ya|yous|them)\\b|\\bwhat (?:kind|sort|bunch) of {ABUSE_NOUN} (?:are|is|do|run|work)\\b',
        '\\bare (?:you|u|ya|you guys|you people|you lot)\\s+(?:\\w+\\s+){0,4}?{ABUSE_ADJ}\\b',
        "\\b(?:you|u|you people|you guys|you lot|your lot|y'all|your (?:staff|team|agents|people))\\s+(?:are|'re|were|r)\\s+(?:(?:so|honestly|really|completely|absolutely|utterly|totally|just|all|clearly|genuinely)\\s+){0,2}{ABUSE_ADJ}\\b",
        '\\b(?:every (?:single )?one of you|all of you|each of you|the lot of you|you lot)\\s+(?:is|are|were|was)\\s+(?:\\w+\\s+)?{ABUSE_ADJ}\\b',
        // "your whole support team are clowns"
        '\\byour\\s+(?:\\w+\\s+){0,3}(?:team|staff|agents?|people|company|support|reps?|department|technicians?|engineers?|drivers?|couriers?|managers?|employees?|colleagues?|workers?|guys|advisors?|installers?|boss|devs|developers|coders|moderators|mods)\\s+(?:are|is)\\s+(?:all\\s+)?(?:a\\s+bunch\\s+of\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?{ABUSE_NOUN}\\b',
        "\\b(?:you|u|ya|you're|youre|you are|ur|your (?:agents?|staff|company|team|people|service|support) (?:are|is))\\s+(?:so\\s+|really\\s+|completely\\s+|totally\\s+|absolutely\\s+|fucking\\s+|such\\s+|a\\s+|an\\s+)*{ABUSE_ADJ}\\b",
        '\\b(?:fuck|screw|f\\*+k|fk|fuk|damn|curse)\\s+(?:you|u|ya|off|your (?:company|service|store|airline)|this (?:company|airline|place)|all of you|you all)\\b',
        '\\b(?:shut (?:the fuck |tf )?up|stfu|gtfo|go to hell|go die|piss off|get lost|bite me|eat shit|suck (?:my|it)|kiss my)\\b',
        // Swearing at the company or its people ("your shitty service"); swearing alone is frustration, not abuse.
        '\\b(?:you|your|ur|this|these|that)\\s+(?:\\w+\\s+)?(?:fucking|fuckin|fkn|f\\*+ing|shitty|shit|damn|goddamn|bloody|crappy|stupid|useless|pathetic)\\s+(?:\\w+\\s+)?(?:company|service|app|airline|bank|store|shop|support|agents?|staff|people|website|site|product|team|customer service|business)\\b',
        // "youre all completely useless", "you're all a joke".
        "\\b(?:you're|youre|you are|ur|u r)\\s+all\\s+(?:(?:so|completely|absolutely|utterly|totally|just|really|bloody|fucking)\\s+)?{ABUSE_ADJ}\\b",
        // "absolute clowns." as a sentence of its own, said to the company.
        '(?:^|[.!?]\\s+)(?:absolute|total|complete|utter|bloody|a bunch of|bunch of) (?:clowns|idiots|morons|muppets|cowboys|amateurs|imbeciles|crooks|thieves|jokers|liars)\\s*[.!]*\\s*$|(?:^|[.!?]\\s+)(?:absolute|total|complete|utter|bloody) (?:clowns|idiots|morons|muppets|cowboys|amateurs|imbeciles|crooks|thieves|jokers|liars)\\s*[.!]+',
        // "ur company is a clown show 🤡".
        "\\b(?:your|ur|you're|youre|you are) (?:\\w+ )?(?:is |are |'s )?(?:a |an |such a |one big |an absolute |a complete |a total )?clown ?(?:show|car|college|school)\\b",
        // "so your receptionist is either thick or trying to rip me off".
        '\\byour\\s+(?:[\\w-]+\\s+){0,2}?(?:receptionists?|drivers?|engineers?|technicians?|installers?|fitters?|staff|team|agents?|people|guys|lot|delivery (?:guys|men|drivers|team)|dentists?|doctors?)\\s+(?:is|are|was|were)\\s+(?:either\\s+|just\\s+|clearly\\s+|obviously\\s+)?(?:so\\s+|completely\\s+|totally\\s+)?{ABUSE_ADJ}\\b',
        // "or is it just monkeys packing boxes".
        '\\b(?:just |a bunch of |a load of )monkeys (?:packing|running|working|answering|doing|in)\\b',
        // "pathetic firm" as the whole message.
        '^\\s*(?:pathetic|useless|shambolic|cowboy|rubbish|crap|shit|clown|joke of a) (?:firm|company|outfit|business|service|shop|lot|bank|airline)\\s*[.!]*\\s*$',
      ],
      // "damn you guys are chill": praise.
      exceptAfter: [
        '\\s+(?:yeah|yes|yeah!|yes!)\\b',
        "\\s+(?:guys|lot|all|people)?\\s*(?:are|were|'re)\\s+(?:so\\s+)?(?:chill|great|amazing|the best|legends?|brilliant|quick|fast|awesome|lovely|helpful)\\b",
      ],
      exceptBefore: [
        '\\b(?:kick|bad|smart|lazy|dumb|hard|pain in the|my|your|the|kiss|cover (?:my|your)|half|wise|jack)\\s*$',
        // "I told them to shut up", "he told me to get lost": words said to or by someone else, reported.
        '\\b(?:told|telling|tell|asked|asking) (?:them|him|her|me|us|the (?:other|\\w+) (?:team|players?|guys?|kids?|people|neighbours?))(?: all)? to\\s*$',
        // "sorry for calling you an idiot": the insult taken back.
        "\\b(?:sorry|apologi[sz]e|apologies)(?: (?:for|about)| (?:that )?i| if i) (?:calling|being|saying|called|was|said|sounded|came across|the)\\s*(?:\\w+\\s*)?$|\\b(?:didn't|did not|don't) mean to call\\s*$",
      ],
      selfTargetCancels: true,
      negatable: false,
      hypotheticalCancels: false,
    },
    // ─── customer: frustration ───────────────────────────────────────────────────────────────
    {
      id: 'frustration.words',
      kind: 'frustration',
      role: 'customer',
      // "ugh sorry, I should have spotted the E": a sigh at one's own slip.
      unless: [
        "\\bi should(?: have|'ve) (?:spotted|seen|checked|read|noticed|looked|realised|realized)\\b|\\bmy (?:mistake|bad)\\b|\\bsilly me\\b",
        '{OWN_SLIP}',
        '{TAKES_WORDS_BACK}',
      ],
      patterns: [
        '\\b(?:tiresome|irksome|vexing|galling|wearisome)\\b',
        '\\btaking the (?:mick|mickey|michael|piss)\\b',
        "\\b(?:ridiculous|rediculous|ridiculus|redicilous|unacceptable|unacceptible|unbelievable|outrageous|absurd|insane|disgraceful|disgrace|shameful|appalling|atrocious|abysmal|pathetic|laughable|joke(?! (?:with|between|among|amongst) )|a joke(?! (?:with|between|among|amongst) )|shambles|nightmare|horrendous|horrible|terrible|awful|worst(?! case)|dreadful|disgusting|sickening|infuriating|maddening|frustrating|frustrated|frustration|furious|livid|fuming|enraged|outraged|irate|angry|angrier|mad(?![-\\d])(?!\\s+(?:here|in here|busy|today|at work|round here|this (?:week|time of year))\\b)(?<!\\b(?:parties|weekends|fridays|saturdays|christmas|xmas|december)\\s+(?:are|get|got)\\s+(?:so\\s+|a bit\\s+|absolutely\\s+|proper\\s+)?mad)|pissed|annoyed|annoying|irritated|irritating|aggravated|aggravating|exasperated|fed up|sick and tired|sick of(?! (?:the |this |being in )?pain\\b| feeling (?:ill|sick|unwell|rough))|tired of|had enough|done with this|fed-up|upset|disappointed|disappointing|dissatisfied|unhappy|displeased|hate|hated|hates|hating|loathe|despise|(?<!\\b(?:checked|check|checking|in|from|into|to|empty|emptied|emptying|the|my|your|spam and|spam or|spam,)\\s)(?:rubbish|garbage|trash)(?! (?:is|was|folder|bin|bins|can|cans|bag|bags|day|collection|pickup|empty|emptied)\\b)|crap|crappy|useless|hopeless|incompetent|incompetence|inept|clueless|unprofessional|rude|unhelpful|no help|sucks|sucked|suck|shitty|bullshit|scam|scammed|scammers|rip[- ]?off|ripped off|robbed|cheated|lied to|lying to (?:me|us|customers)|liars?|waste of (?:time|money|my time)|wasted (?:my|our|\\d+|hours|days)|screwed|shafted|stranded|fiasco|mess|messed up|ignored|ignoring|ignore me|dumb|stupid|idiotic|moronic|wtf|wth|what the (?:hell|heck|fuck|f)|ffs|for fuck'?s sake|for god'?s sake|omfg|smh|ugh+|argh+|grr+|jeez|geez|seriously\\?+|are you (?:kidding|serious|joking)|you(?:'ve| have)? got to be kidding|kidding me|give me a break|come on(?=[!,.]|$)|how hard is it|how difficult (?:is it|can it be)|what is wrong with you|whats wrong with you|what's wrong with (?:you|your|this)|enough is enough|last straw|at my wits'? end|beyond (?:frustrated|angry|annoyed)|lost (?:my )?patience|losing (?:my )?patience|running out of patience|shocking|shocked|appalled|horrified|disgusted|embarrassing|inexcusable|unreal|terrible service|horrible service|poor service|bad service|lousy|crummy|awful service|epic fail|#fail|nonsense|bs(?![-_/#]?\\d)|garbage service|(?<!\\b(?:to|help|let's|let me|can we|we can|could we|i'll|we'll|i will|we will)\\s)sort it out|sort yourselves out|get it together|get your act together|dropped the ball|inconsiderate|careless|negligent|hostage|held hostage|annoyance|irritation|cranky|grumpy|sucky|meh|boring|(?:can'?t|cannot|can not) stand(?! (?:for|up|on|in|still|there|here|long|upright|without|very|any longer|straight))|cringe|cringey|cringy|insufferable|unbearable|intolerable|mortified|humiliated|humiliating|smug|self[- ]righteous|petty|spineless|delusional|buffoons?|gaslighting|gaslit)\\b",
        "\\b(?:not|isn't|is not|wasn't|was not|never|nothing|not at all|far from|anything but)\\s+(?:\\w+\\s+)?(?:happy|pleased|satisfied|thrilled|acceptable|ok|okay|good enough|fair|helpful|impressed|amused|cool|professional|resolved|fixed|sorted|good service|what i (?:asked|paid|ordered) for)\\b",
        "\\b(?:yet again)\\s+(?:not|no|nothing|haven't|hasn't|hasnt|havent|didn't|doesn't|isn't|won't|can't|waiting|broken|missing|stuck|delayed|down|failing|crashing|charged|the same|no (?:refund|reply|answer|response|word|update|help|one))\\b",
        "\\b(?:hung up on me|hang up on me|cut me off|disconnected me|kicked me out|no one (?:answers|is answering|picks up|responds|replied|helps|cares|called|got back|seems to)|nobody (?:answers|is answering|picks up|responds|replied|helps|cares|called|knows|got back|seems to|wants to)|can't get through|cant get through|unable to get through|couldn't get through|no response|no reply|no answer|no help|no updates?(?! (?:available|to install|found|needed|required|to download)\\b)|no explanation|no one to help|zero help|zero response|not a single (?:reply|response|email|call|word))\\b",
        '\\b(?:on hold|hold time|held for|holding for|in the queue|in queue|in line)\\s+(?:for\\s+)?(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+|about\\s+|like\\s+)?(?!(?:a|an|one|a few|few|a couple(?: of)?|couple of|\\d)\\s*(?:minutes?|mins?)\\b){NUM}\\+?\\s*(?:minutes?|mins?|hours?|hrs?|days?)\\b',
        "\\b(?:been|have been|i've been|ive been|was|were|kept|keep|i'm|im|am)\\s+(?:\\w+\\s+)?(?:waiting|waited|on hold|holding|sitting|sat|stuck|trying|calling|chasing)\\s+(?:on\\s+hold\\s+)?(?:here\\s+|in\\s+|at home\\s+|in the (?:lounge|house|flat|car|van|office|queue|hallway|kitchen|waiting room|lobby|reception|airport|station|cold|dark)\\s+|around\\s+)?(?:for\\s+)?(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+|about\\s+|like\\s+|the past\\s+|the last\\s+|an? extra\\s+)?(?:{NUM}\\+?\\s*{PERIOD}|{PERIOD}|ages|forever|an eternity|weeks on end|all (?:day|night|morning|week)|since (?:yesterday|last \\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\w+ \\d+|the \\d+))\\b",
        '\\b(?:waiting|waited|wait)\\s+(?:for\\s+)?(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+)?{NUM}\\s*(?:days|weeks|months|hours|hrs)\\b',
        '\\b{NUM}\\s+(?:days|weeks|months|hours|hrs)\\s+(?:later|now|and (?:still|counting|nothing|no))\\b',
        '\\b(?:thanks for nothing|yeah right|big surprise|what a surprise|how convenient|(?<![a-z]\\s)so much for|just what i needed|real(?:ly)? helpful(?:,|\\.{2,}|!)|very helpful(?:\\.{2,}|!{2,})|love being (?:on hold|ignored|lied to)|nice try|good luck with that)\\b',
        "\\bwhy (?:is it so hard|can't you|cant you|won't you|wont you|is nobody|is no one|does it take|do i have to|do you (?:keep|always|never)|the hell|the fuck|on earth|would i (?:want|pay|buy|order|book)|should i (?:have to|pay|wait))\\b",
        '\\b(?:worst|terrible|horrible|awful|shocking|disgusting|appalling|bad|poor)\\s+(?:customer\\s+)?(?:service|support|experience|company|airline|airlines|app|product|communication|treatment|care)\\b',
        "\\b(?:you|u|ya|you're|youre|you are|what an?|such an?|bunch of|you guys are|they are|they're|he's|she's|he is|she is)\\s+(?:\\w+\\s+){0,2}(?:{ABUSE_NOUN}|selfish|ignorant|arrogant|pathetic|fragile|lame|hypocrites?|cowards?|snowflakes?|trolls?|hypocritical|delusional|brainwashed|disgusting|gross)\\b",
        '\\b(?:grating|pointless|insulting|offensive|offended|disrespectful|disrespected|condescending|patroni[sz]ing|lame|worse(?<!\\b(?:before|so) (?:it|things|this) (?:gets?|goes) worse)|lacking|hypocrit\\w*|infuriat\\w*|enrag\\w*|irritat\\w*|annoy\\w*|frustrat\\w*|disappoint\\w*|hate|hated|hating|sick of(?! (?:the |this |being in )?pain\\b| feeling (?:ill|sick|unwell|rough))|tired of|fed up|let down|letdown|unfair|not fair|wasted|waste of|excuses|blame|blaming|nonsense|crap|sucks|stupid|dumb|idiotic|moronic|bs(?![-_/#]?\\d))\\b',
        '\\b(?:lack of|zero|no)\\s+(?:communication|customer service|service|support|info|information|updates?|response|respect|help|accountability|compensation|apology|explanation)\\b(?!\\s+(?:available|to install|found|needed|required|pending|to download)\\b)',
        '\\b(?:hung up|hanging up|hangs up|dropped (?:my |the )?call|call (?:got |was )?dropped|gave up|give up|giving up)\\b',
        '\\b(?:been|still|was|were|sat|sitting|waiting|wait|left|kept|keep|spent (?:\\w+\\s+){1,3}|hours?|hrs?|minutes|mins)\\s+on hold\\b',
        '\\bon hold (?:for(?! (?:a|one) (?:minute|moment|sec(?:ond)?)\\b)|since|again|forever|all|until|till)\\b',
        "\\b(?:can't|cant|cannot|unable to|couldn't|could not|haven't been able to|not able to)\\s+(?:get (?:through|anyone|a hold|hold of|a (?:person|human|response|reply|answer))|reach (?:anyone|you|a person|customer service)|believe)\\b",
        "\\b(?:haven't|have not|hasn't|has not|didn't|did not|never)\\s+(?:heard|received|gotten|got|had)\\s+(?:anything|back|a (?:reply|response|call|refund|word|thing|peep|squeak)|any (?:reply|response|help|update|refund|word))\\b",
        '\\bi (?:will|would|shall) never (?:use|fly|book|recommend|buy)\\b',
        '\\b(?:once again|yet again)\\b[^.!?]{0,40}\\b(?:lack|late|delayed|lost|wrong|broken|missing|no one|nobody|cancell?ed|failed|error)\\b',
        '\\b(?:no ?one|nobody|noone|none of (?:you|them|your \\w+))\\s+(?:is\\s+|was\\s+|seems\\s+)?(?:willing|sympathetic|helpful|able|available|cares|will help|wants to help|bothered|listening|responded|responding)\\b',
        "\\b(?:refuse[sd]?|refusing|won't|wont|will not|would not|wouldn't)\\s+to\\s+(?:help|refund|waive|honou?r|answer|respond|reply|fix|listen|compensate|accept)\\b",
        "\\b(?:won't|wont|will not|wouldn't|would not)\\s+(?:help|refund|waive|honou?r|answer|respond|reply|fix|listen|compensate|accept)\\b",
        "\\b(?:can't|cant|cannot|couldn't|could not|unable to|not able to)\\s+(?:reach|get hold of|get ahold of|get a hold of|speak to|talk to|contact)\\s+(?:a|an|the|your|any|anyone|anybody|someone|somebody)\\b",
        '\\b(?:received|got|get|getting)\\s+(?:none|nothing|no (?:help|response|reply|answer|assistance|email|call|refund|compensation))\\b(?!\\s+(?:than|at all than|rather than))',
        '\\bno (?:record|trace) of my\\b',
        "\\b(?:you|they|u|someone|your (?:agents?|staff|team|people|rep)|agents?|staff)\\s+should(?:'ve| have)\\s+(?:been|done|told|known|called|said|fixed|sent|informed|warned|checked)\\b",
        "\\bshould(?:\\s+have|'ve)\\s+been\\s+able\\s+to\\b",
        '\\b(?:hold|wait|waiting|response|queue)\\s+times?\\s+(?:(?:at|on|for|in|with)\\s+(?:\\w+\\s+){0,3}?)?(?:are|is|was|were)\\s+(?:(?:\\w+\\s+)?(?:long|ridiculous|insane|crazy|a bit much|too long|terrible|awful|absurd|unacceptable|very high|so high|through the roof)\\b|(?:over|more than|at least|nearly|almost)\\s+(?:\\d+|an?|one|two|three)\\s*(?:min|mins|minutes|hours?|hrs?)\\b)',
        '\\b(?:takes?|taking|took)\\s+(?:so|too|this|that)\\s+long\\b',
        "\\b(?:there(?:\\s+is|'s)|is)\\s+no\\s+(?:reason|excuse)\\b",
        '\\bwhy\\s+(?:do|did|should|would|must)\\s+i\\s+(?:have to|need to|pay|bother|keep)\\b',
        '\\b(?:inaccurate|misinformation|misinformed|misleading|wrong information|false information|hidden (?:fees?|charges?|in the fine print)|fine print|false advertising|bait and switch)\\b',
        '(?:^|[.!?]\\s+)(?:seriously|unbelievable)\\s*[.!?]{1,}\\s*(?=\\S)',
        '\\b(?:terrible|horrible|awful|rough|bad|frustrating|stressful|miserable)\\s+(?:day|night|morning|week|trip|journey|flight|experience|wait)\\b',
        '\\bpiss(?:ing|es|ed)?\\s+(?:me\\s+)?off\\b',
        '\\bis this how you treat\\b|\\bthis is how you treat\\b',
        '\\bare you (?:even )?(?:reading|listening|there)\\b(?=[^.!]*\\?)',
        '\\b(?:hello|anyone (?:there|here|home)|is (?:anyone|anybody) (?:there|here|reading|listening))\\s*\\?{2,}',
        '\\b(?:(?:was|got|been|keep getting|keeps? getting) disconnected (?:again|twice|\\d+ times|several times|multiple times|mid|in the middle)|got cut off|keeps? disconnecting)\\b|\\bautomated (?:message|response|reply|replies|responses|system|answer)s?\\b',
        "\\b(?:didn't|did not|doesn't|does not|don't|do not|never|won't|wont|fail(?:ed)? to)\\s+(?:even\\s+)?(?:respond|reply|answer|call back|get back)\\b",
        '#\\s?\\w*(?:fail|worst|badservice|badcustomerservice|nothanks|disappointed|frustrated|unacceptable|neveragain|sucks|ripoff|scam|horrible|terrible|awful|rude|incompetent|useless|shame|bummed|annoyed|angry|furious|fedup|hate|joke|pathetic|ridiculous|never)\\w*',
        "\\b(?:not|doesn't|does not|did not|didn't|isn't|is not|wasn't|was not)\\s+(?:\\w+\\s+)?(?:helping|helpful|help(?:ing)? (?:me|at all|anyone))\\b",
        "\\b(?:this|that|it|you)\\s+(?:did not|didn't|does not|doesn't|do not|don't)\\s+help\\b",
        '\\b(?:way|far|just|simply)\\s+(?:to|too)\\s+(?:much|expensive|slow|long|complicated|difficult)\\b(?<!\\b(?:are|is|were|was) (?:way|far) too long)',
        "\\b(?:that's|that is|this is|it's|it is)\\s+not\\s+what\\s+(?:i|we)\\s+(?:asked|wanted|ordered|paid for|requested|said)\\b",
        "\\byou(?:'re| are)\\s+not\\s+(?:understanding|listening|reading|getting it|answering (?:my|the)|addressing (?:my|the)|hearing me)\\b",
        '\\b(?:the heck|the hell|on earth)\\b',
        '(?:^|[.!?]\\s*)help\\s*!+|\\bplease help(?: me)?\\s*!{2,}',
        // "I dont want the poxy difference".
        '\\bpoxy\\b',
      ],
      selfTargetCancels: true,
      exceptAfter: [
        // "slightly embarrassing, I left my scarf on the same train": the customer's own slip.
        '^[,.!]?\\s*(?:but\\s+)?i (?:left|forgot|lost|dropped|deleted|locked|sent|booked|put|typed|ordered)\\b',
        // "Ugh, I hate that I did this", "argh, my own fault": the customer cross with themself.
        "^[,.!\\s]+(?:\\w+\\s+){0,2}?(?:i hate that i|(?:that's|that was|it's|it was) (?:all )?my (?:own )?(?:fault|mistake|bad)|my (?:own )?(?:fault|mistake|bad)|silly me|stupid me|what was i thinking)\\b|^\\s+that i (?:did|made|forgot|missed|deleted|typed|booked|picked|chose|clicked|ordered|sent)\\b",
        // "also dumb question, can we…": the writer's own question, not the company.
        '\\s+(?:question|q)\\b',
        '\\s+(?:news|weather|traffic|day|week|month|year|morning|night|weekend|commute)\\b',
        '\\s+to (?:bother|ask|say|be|do this|trouble|rush)\\b',
        // "my cat is furious with you, no food today 😂": a laugh in the same sentence makes it a joke.
        '[^.!?\\n]{0,80}{LAUGH}',
        // "the lineup is insane, they're gonna kill it 😭🔥": praise.
        '[^.!?\\n]{0,60}(?:🔥|😍|🤩|🥳|🎉|🙌|💯)',
        // "I had a horrible feeling it was…": a worry, not anger.
        '^\\s+feeling\\b',
        // "honestly I'm furious with them" (the rail operator), "annoyed at him": someone else's doing.
        '^\\s+(?:with|at) (?:them|him|her|the (?:[\\w-]+ ){0,2}?(?:operator|airline|courier|council|rail company|train company|bank|seller|buyer|landlord|driver|neighbou?rs?|school|hospital|surgery|insurer|other (?:\\w+)))\\b',
        // "I hate it when people go over my head": a general remark.
        '^\\s+it when (?:people|customers|callers|someone|they|that happens)\\b',
      ],
      // How someone else feels, passed on: "he's really upset about it", "two of them are furious".
      // "she's useless" is still about staff, so only feelings are named.
      othersBefore: [
        // "I had a customer screaming at my staff": a small business owner's own customer.
        '\\b(?:a|my|our|one of (?:my|our)) (?:customers?|clients?|guests?|patients?|diners?|tenants?) (?:was |were |is |are |got |kept |started )?(?:really |absolutely |so )?\\w+$',
        // "Is this a scam?" about a letter someone received: a question, not an accusation.
        '\\b(?:is|was) (?:this|that|it) (?:a |an )?(?:\\w+ )?scam',
        // "It was a scam." told by a fraud victim: the scam was someone else's, in the past ("this is a scam" stays).
        '\\b(?:it|that|he|she|they|which) (?:was|were) (?:all )?(?:a |an )?(?:\\w+ )?scam',
        "\\b(?:he|she|they|(?:\\w+ )?of them|parents|customers|guests|people)(?:'s|'re| is| are| was| were| got| get| gets| have been| has been|'s been|'ve been| seemed| sounded| felt| feels)\\s+(?:(?:a bit|quite|really|so|very|absolutely|pretty|properly|still)\\s+)*(?:frustrated|furious|livid|fuming|enraged|outraged|irate|angry|angrier|mad|pissed|annoyed|irritated|aggravated|exasperated|upset)",
        // "he hates the tiny batteries": his feeling about a thing, not the writer's anger.
        "\\b(?:he|she|they|my (?:son|daughter|husband|wife|partner|mum|mom|dad|father|mother|kids?|child|dog|cat))\\s+(?:really\\s+|absolutely\\s+|just\\s+)?(?:hates|hated|can't stand|loathes)",
      ],
      exceptBefore: [
        // "restarted, still says no service": a status read off the screen.
        '\\b(?:says|shows|showing|reads|displays|displaying)\\s+$',
        // "Sorry if I was short with you at the start, it's been a rubbish week and this didn't help": the customer taking their tone back.
        '\\bsorry (?:if|that) i (?:was|were|came across|sounded|got) (?:\\w+ ){0,2}?(?:short|rude|snappy|harsh|abrupt|grumpy|sharp|cross|blunt|stroppy|arsy|off)\\b[^.!?]*$',
        // "I get that it's disappointing" (for the other person), "their app is useless" (the bank's),
        // "thanks for sorting my mess": someone else's feeling, someone else's app, the writer's own doing.
        "\\b(?:i get|i understand|i know|i appreciate|i can see|i can understand) (?:that |why |how )?(?:it's|it is|it was|that's|that is|this is|he's|she's|they're|it must be|that must be)\\s+(?:\\w+\\s+)?$",
        '\\btheir (?:\\w+ )?(?:app|website|site|system)\\s+(?:is|are|was|were)\\s+(?:(?:so|really|completely|totally|absolutely|just)\\s+)?$',
        '\\b(?:sorting|sort|fixing|fix|clearing up|clear up|cleaning up|clean up|untangling|untangle) (?:out )?(?:my|our) (?:own )?$',
        // "Mum was quite annoyed when I told her": a relative's feeling passed on, not the writer's.
        "\\b(?:my |our |his |her )?(?:mum|mom|mam|mother|dad|father|husband|wife|partner|son|daughter|kids?|grandma|grandmother|grandad|grandfather|nan|gran|aunt|uncle)\\s+(?:was|is|were|are|got|gets|has been|'s been|seemed|sounded|felt|feels)\\s+(?:(?:a bit|quite|very|really|so|rather|pretty|understandably|a little|fairly|extremely|absolutely)\\s+){0,2}$",
        "\\b(?:no|nothing|never|not|no need to|don't|dont|didn't|won't|sorry to|sorry for the|hate to|hate to be|i'd hate|not to|nothing to)\\s+(?:be\\s+)?(?:a\\s+)?$",
        "\\b(?:i would|i'd|would|i should|should)\\s+$",
        // "sorry I'm a bit of a mess today": the speaker describing themself.
        "\\b(?:i'm|i am|im|i feel(?: like)?|i've been|i have been)\\s+(?:such |a bit of |a total |a complete |an absolute |a right |bit of )?an?\\s+$",
        // "the forecast looks bloody awful": the weather.
        '\\b(?:forecast|weather|winds?|rain|storm|snow|traffic)\\b[^.!?]{0,25}$',
        // "haha she's driving us mad practising": a laugh earlier in the sentence makes it a joke.
        '{LAUGH}[^.!?\\n]{0,80}$',
        // "it just feels horrible": distress, not anger at anyone.
        '\\b(?:it|this|i) (?:just )?feels?\\s+(?:so\\s+|really\\s+)?$',
        // "sorry for calling you an idiot": the insult taken back.
        '\\b(?:sorry|apologi[sz]e|apologies)(?: (?:for|about)| (?:that )?i| if i) (?:calling|being|saying|called|was|said|sounded|came across|the)\\s+(?:\\w+\\s+){0,2}$',
        // "we've been with you about 4 months now": loyalty, not a wait.
        '\\bwith (?:you|us)\\s+(?:for\\s+)?(?:about\\s+|over\\s+|nearly\\s+|almost\\s+|around\\s+)?$',
      ],
    },
    {
      // Swearing is anger whoever it is aimed at (abuse is judged separately), unless it is praise
      // ("f***ing brilliant", "holy sh*t that was fast") or the speaker swearing at themself.
      id: 'frustration.swearing',
      kind: 'frustration',
      role: 'customer',
      positiveCancels: true,
      selfTargetCancels: true,
      patterns: ['\\b(?:{VULGAR}|{PROFANITY}|damn it|dammit|damn|goddamn|bloody hell|jfc|ffs|smh)\\b'],
      exceptBefore: ["\\b(?:i'm|i am|im|i was)\\s+(?:such\\s+)?an?\\s+$", '(?:^|[.!?]\\s+)(?:ah|oh|argh|ugh|aw),?\\s+$'],
    },
    {
      // "Still not fixed", "again, same error": a failure that keeps happening. Said in reply to the
      // agent's own step ("can you restart it?" / "done, still no signal") it is a troubleshooting
      // report, and every team lead we asked reads it as calm.
      id: 'frustration.still-failing',
      kind: 'frustration',
      role: 'customer',
      calmAfterInstruction: true,
      unless: ['{CALM_SAID}'],
      selfTargetCancels: true,
      patterns: [
        // "ordered it days ago and still nothing" (moved here so a reply to the agent's step, "changed them an hour ago, still blinking", stays a report).
        "\\b(?:hours|days|weeks|an hour|a week) ago\\b(?=[^.!?]*\\b(?:still|no(?! (?:sim|service|signal|internet|connection|power|display|sound|picture|network|data|wifi|wi-fi|dial tone)\\b)|nothing|never|yet|haven't|hasn't)\\b)",
        "\\b(?:still|again)\\s+(?:not|no|nothing|haven't|hasn't|hasnt|havent|didn't|doesn't|isn't|won't|can't|waiting|broken|missing|stuck|delayed|down|failing|crashing|charged|the same|no (?:refund|reply|answer|response|word|update|help|one))\\b",
        '\\bagain\\b[^.!?]{0,40}\\b(?:lack|late|delayed|lost|wrong|broken|missing|no one|nobody|cancell?ed|failed|error)\\b',
      ],
      exceptAfter: ['\\s+(?:news|weather|traffic)\\b'],
      exceptBefore: [
        "\\b(?:no|nothing|never|not|no need to|don't|dont|didn't|won't|sorry to|sorry for the|hate to|hate to be|i'd hate|not to|nothing to)\\s+(?:be\\s+)?(?:a\\s+)?$",
        "\\b(?:i would|i'd|would)\\s+$",
        // "tried again, same error": a retry reported, as the customer was asked or on their own.
        '\\b(?:tried|try|trying|retried|restarted|rebooted|reset|refreshed|reinstalled|logged in|did it)\\s+(?:(?:it|the|my|this|that|a)\\s+)?(?:[\\w-]+\\s+)?$',
      ],
    },
    {
      // Complaint constructions: time sunk on the phone, rhetorical questions, outcome verbs,
      // sarcastic thanks, "this is crazy", "nothing works". Each names a failure or exasperation,
      // so a polite question or an agent line does not match (see tests/unit/detect/complaint.test.ts).
      id: 'frustration.complaint',
      kind: 'frustration',
      role: 'customer',
      patterns: [
        // Time sunk: "on the phone for over an hour", "3 hours on hold".
        '\\bon the (?:phone|line)\\s+(?:with \\w+(?: \\w+)?\\s+)?(?:for\\s+)?(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+|about\\s+)?(?:{NUM}\\+?\\s*(?:hours?|hrs?|days?)|an hour|(?:over|more than)\\s+\\d+\\s*min\\w*)\\b',
        '\\b(?:{NUM}|\\d+\\+?)\\s*(?:hours?|hrs?)\\s+(?:\\d+\\s*min\\w*\\s+)?(?:on (?:the )?(?:phone|hold|line)|in (?:line|the queue|queue)|of (?:waiting|calling|hold|being put on hold))\\b',
        '\\bon (?:a )?(?:\\w+ )?hold (?:now |still )?(?:for )?(?:over |more than |almost |nearly )?(?:(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five)\\+?\\s*(?:hours?|hrs?)|\\d{2,}\\+?\\s*(?:mins?|minutes))\\b',
        '\\b(?:(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five)\\+?\\s*(?:hours?|hrs?)|\\d{2,}\\+?\\s*(?:mins?|minutes))\\s+(?:\\w+\\s+){0,3}?(?:on|in) hold\\b',
        '\\bon the (?:phone|line) for hours\\b|\\bfor hours (?:now|on end)\\b|\\bhours in now\\b|\\b\\d+\\+?\\s*(?:hours|hrs|days|weeks)[,.]\\s+(?:and\\s+)?(?:still\\s+)?(?:no|nothing)\\b',
        '\\b(?:bunch|load|pile) of (?:bull|rubbish|crap|nonsense|lies|excuses)\\b|(?:^|[.!?]\\s*)nuts\\s*!',
        '\\b(?:service|support|customer service|epic|total|massive|another|major|big) fail\\b|\\bcrickets\\b|\\bbleh\\b|\\bhow about (?:some )?(?:actual|real) (?:help|answers?|service|support)\\b|\\bthe same thing (?:\\w+ ){0,3}?(?:over and over|again and again)\\b',
        // Rhetorical questions aimed at the company.
        "\\bwhy\\s+(?:haven't|hasn't|didn't|wasn't|weren't|isn't|aren't|couldn't|could not|wouldn't|has no ?one|has nobody)\\s+(?:you|anyone|anybody|no ?one|nobody|someone|somebody|your \\w+)\\b|\\bwhy (?:did|has|have|does|do) (?:nobody|no ?one|no-one)\\b",
        '\\bwhy\\s+(?:is|are|does|do|was)\\s+(?:\\w+\\s+){0,3}?so\\s+(?:hard|difficult|complicated|expensive|long|bad|confusing)\\b',
        '\\bhow many (?:more )?times (?:do|must|will|should|have|am|did) (?:i|we)\\b',
        '\\bhow much longer (?:do|must|am|are|will|is) (?:i|we|this|it)\\b',
        '\\bhow (?:is|are) (?:this|that|it) (?:even )?(?:possible|acceptable|ok|okay|fair|legal|allowed|reasonable)\\b',
        '\\bhow (?:can|could|dare|do) you (?:people |guys )?(?:not|possibly|justify|call this|expect|treat|charge|sleep)\\b',
        '\\bwhat kind of (?:a )?(?:company|airline|business|service|support|customer service|operation|bank|store|shop|place|outfit|organi[sz]ation) (?:is this|are you|do you|would|does|treats?|charges?|runs?)\\b',
        '\\bis this (?:a joke|some (?:kind|sort) of (?:a )?joke|for real)\\b',
        "\\b(?:this|that|it)(?:'s| is| was| has been)\\s+(?:just\\s+|absolutely\\s+|completely\\s+|getting\\s+|becoming\\s+)?(?:crazy|nuts|madness|insanity|a farce|a circus|a disaster|a mess|a nightmare|beyond a joke|beyond ridiculous|not ok|not okay|not good enough)\\b",
        // Negative outcomes the company caused.
        "\\b(?:you|they|your \\w+)\\s+(?:have\\s+|'ve\\s+|just\\s+|completely\\s+|totally\\s+)?(?:ruined|wrecked|botched|screwed up|messed up|abandoned|misled|mislead|overcharged|lied to|failed)\\s+(?:me|us|my|our|the|this|it|again|everything)\\b",
        '\\b(?:ruined|wrecked)\\s+(?:my|our)\\b',
        '\\bleft (?:me|us) (?:stranded|hanging|high and dry|in the dark|with nothing|with no)\\b',
        '\\b(?:going|go|goes|went|sent|sending|running|run) (?:me )?(?:around )?in circles\\b|\\b(?:the|a|more) run-?around\\b|\\bjump(?:ing)? through (?:\\w+ )?hoops\\b|\\b(?:passed|passing|bounced|bouncing|transferred) (?:me )?(?:around|from (?:one|person|department|agent))\\b',
        '\\bkeeps? (?:on )?getting (?:kicked|cut|thrown|logged|bounced|dropped|disconnected|redirected|the same (?:answer|runaround))\\b',
        '\\b(?:multiple|several|many|countless|numerous|\\d+|three|four|five|six)\\s+failed\\s+(?:attempts|tries|payments|calls)\\b',
        '\\b(?:nothing|none of (?:it|them|these|those|the \\w+))\\s+(?:works|worked|is working|has worked|seems to work)\\b',
        '\\b(?:happening|happens|happened|breaks|crashes|fails)\\s+(?:way\\s+)?(?:too often|all the time|constantly|every single time|every (?:single )?(?:day|week))\\b',
        // Sarcastic thanks: "thanks for not responding".
        '\\b(?:thanks|thank you|thx|ty)\\s+(?:so much\\s+|a lot\\s+)?for\\s+(?:ruining|blowing|losing|screwing|messing up|cancell?ing my|not (?:responding|replying|answering|helping|calling|getting back|listening|telling)|nothing|ignoring|wasting|the run-?around|making me wait|leaving (?:me|us)|hanging up)',
        '\\.{2,}\\s*not\\s*!',
        // Complaint intent and demands to do better.
        '\\b(?:want|need|wish|going) to (?:vent|complain|file a complaint|make a complaint|lodge a complaint)\\b|\\b(?<!\\bhow (?:do|can|would|should) (?:i|we) )(?:file|filing|make|making|lodge|lodging|submit|raise) a (?:formal |official )?complaint\\b',
        '\\b(?:do better|step up your game|shame on (?:you|u|them)|should be ashamed|there (?:has|have|needs) to be a better way)\\b',
        '\\bis (?:anyone|anybody) (?:actually |even )?(?:working|awake|reading|listening|home|answering|picking up)\\b',
        '\\b(?:please|pls|plz)[,.!]*\\s+(?:please|pls|plz)[,.!]*\\s+(?:please|pls|plz)\\b',
        '\\b(?:paying|pay|charging|charged) (?:way |far )?too much\\b|\\bprice gouging\\b',
        '#\\w*(?:shame|nothappy|nocustomerservice|onhold|badservice|neveragain|epicfail)\\w*',
        // Decline, broken promises and blame: "has gone downhill", "not what your desk told me".
        "\\b(?:has|have|'s|'ve)\\s+(?:really\\s+|totally\\s+)?(?:tanked|gone downhill|gone down the drain|gone to (?:hell|pot|the dogs))\\b|\\bgoing downhill\\b",
        '\\bnot what (?:you|your \\w+(?: \\w+)?|the \\w+|they|he|she|i was) (?:just |originally )?(?:told|said|promised)\\b',
        "\\b(?:it|this|that)\\s+(?:wasn't|was not|isn't|is not)\\s+(?:my|our)\\s+fault\\b",
        '\\b(?:bad|awful|terrible|horrible|poor|lousy|rude|appalling|shocking)\\s+(?:cs|staff|agents?|employees|reps?|attitude|management|communication|handling)\\b',
        '\\black of (?:\\w+ )?(?:consideration|empathy|staff|care|courtesy|professionalism|transparency|training|urgency|options|help|notice|concern)\\b',
        "\\b(?:could(?:n't| not)|can't|cant) care less\\b|\\bthe last thing (?:i|we) (?:want|need)(?:ed)?\\b",
        '\\b(?:want|would like|demand|expect|deserve|am owed|are owed)\\s+(?:at least\\s+)?an apology\\b|\\b(?:i|we) (?:expect|expected|deserve) (?:better|more)\\b',
        '\\b(?:can|does|did) (?:no ?one|nobody) (?:\\w+ ){0,3}?(?:help|answer|know|care|read)\\b|\\bis there no ?one\\b',
        '\\bnot possible to (?:reach|get (?:through|hold)|contact|speak|talk)\\b',
        '\\b(?:of )?no use (?:whatsoever|at all)\\b|\\b(?:do|does|did) (?:me|us) no good\\b',
        '\\b(?:same|just|another|more|nothing but|sent me|getting|got|keep sending)\\s+(?:a |an |the )?(?:same )?(?:auto-?repl(?:y|ies)|auto-?responses?|canned|scripted|copy[- ]?pasted?|generic|robotic|automatic|automated|auto) (?:responses?|repl(?:y|ies)|answers?|messages?)\\b|\\bstop (?:reposting|copy[- ]?pasting|telling me to|repeating)\\b',
        '\\b(?:yet another|another) (?:glitch|outage|delay|mistake|screw-?up|fiasco|excuse)\\b',
        '\\bway to treat (?:your |a |the )?(?:customers?|people|passengers|clients)\\b|(?:^|[.!?]s*)boo\\b',
        '\\bun(?:apologetic|informed|derstaffed|helpfulness|responsive|caring|organi[sz]ed)\\b',
        // Waits with no end: "45 mins and counting", "endless hold", "going on hour 2".
        '\\b(?:mins?|minutes|hours?|hrs?|days|weeks)\\s+(?:\\w+\\s+)?and counting\\b|\\bgoing on hour\\b|\\b(?:endless|never-?ending|interminable)\\b',
        '\\b(?:call|line|system|chat|it)\\s+(?:\\w+\\s+)?(?:disconnects|drops|hangs up on) (?:me|us)\\b|\\bcalls? (?:gets|got|keeps? getting) (?:dropped|disconnected|cut off)\\b',
        "\\b(?:can't|cannot|couldn't|can not) even (?:get|reach|find|log|use|open|talk|speak|access|pay|book|call|contact|cancel|see my)\\b",
        '\\b(?:need|needs|hire|get) (?:to hire )?more (?:agents|staff|people|reps|representatives|employees)\\b|\\btry it yourself\\b|\\bjust wow\\b',
        // Exasperated asides and mild expletives: "what in the world", "for no reason", "blasted phone".
        "\\b(?:what|why|how|where|who) in the (?:world|hell)\\b|\\bfor (?:little (?:to|or) )?no (?:apparent |good )?reason\\b|\\bwould(?:'ve| have) been nice\\b",
        "\\b(?:erratic|spotty|patchy|mediocre|unreliable|useless|intermittent|sketchy) at best\\b|\\b(?:i|we) (?:have|have got|'ve got) a complaint\\b",
        '\\b(?:blasted|darned|freaking|friggin|frigging|flipping|effing)\\s+(?:\\w+\\s+)?(?:phone|app|website|site|system|thing|service|company|box|router|modem|card|account|bill|line|order|package|machine|computer|email|e-mail|form|page|password)\\b',
        "\\b(?:grow up|get a grip|get over yourself|are you for real|you can't be serious|you must be joking|you've got some nerve|the nerve of)\\b",
        // Dismissal and exasperation: "who cares", "what's the point", "makes no sense".
        "\\b(?:who (?:even )?cares|what(?:'s| is) the point|makes no sense|(?:doesn't|does not|didn't) make any sense)\\b",
        // Words of poor quality or bad faith not in frustration.words.
        '\\b(?:mediocre|subpar|sub-par|shoddy|substandard|half-assed|unreliable|unreasonable|insensitive|inappropriate|hassle(?![- ]free)|disaster(?!\\s+recovery)|debacle|farce|chaotic|shady|dishonest|deceptive|deceitful|scandalous|negligence)\\b',
      ],
      // The match carries its own negation ("not ok"); negators before it do not cancel.
      negatable: false,
      selfTargetCancels: true,
      exceptBefore: ['\\b(?:no|not|never|without|any|hate to|sorry to|sorry for the|apologi[sz]e for the)\\s+(?:\\w+\\s+)?$'],
    },
    {
      // Insults said about anyone are anger (abuse judges separately who they are aimed at);
      // aimed at oneself ("I'm such an idiot") they are not.
      id: 'frustration.insult',
      kind: 'frustration',
      role: 'customer',
      selfTargetCancels: true,
      patterns: [
        '\\b(?:idiots?|morons?|imbeciles?|cretins?|dumb ?ass(?:es)?|jackass(?:es)?|dipshits?|shitheads?|douche(?:bags?)?|scumbags?|bigots?|lunatics?|arrogant|selfish|immoral|deluded)\\b',
      ],
      // "some idiot went into the back of me at a roundabout": a stranger, not the company.
      othersBefore: ['\\bsome (?:absolute |total |complete |random )?\\w+'],
      exceptBefore: [
        "\\b(?:i'm|im|i am|i was|i feel|i felt|call me|feel like|i'm just|like an?|not an?)(?:\\s+(?:such|so|a|an|the|total|complete|absolute|biggest|real|bit of an?|bloody|right|damn|[^\\s.,!?]*ing))*\\s*$",
        '\\b(?:sorry|apologi[sz]e|apologies)(?: (?:for|about)| (?:that )?i| if i) (?:calling|being|saying|called|was|said|sounded|came across|the)\\s+(?:\\w+\\s+){0,2}$',
      ],
    },
    {
      // "Not good", "so slow", "impossible to": a judgement on the service. Questions ("Is it very
      // expensive?", "Is the app not good on tablets?") are asking, not complaining, so they are skipped.
      id: 'frustration.judgement',
      kind: 'frustration',
      role: 'customer',
      negatable: false,
      selfTargetCancels: true,
      skipQuestions: true,
      // "not ideal but no drama 😄", "not ideal, but I'll nip to the shop. thanks for the voucher": said and let go.
      unless: ['{CALM_SAID}|\\bthank(?:s| you) (?:for (?:the|your) (?:voucher|help|credit|refund|offer|update|gesture)|so much)\\b'],
      patterns: [
        "\\b(?:not|isn't|is not|wasn't|was not|aren't|are not|weren't|never)\\s+(?:very\\s+|so\\s+|that\\s+|really\\s+|at all\\s+|exactly\\s+)?(?:great|reasonable|nice|fun|normal|ideal|appropriate|reliable|professional)\\b(?!\\s+(?:at|with|for|in|on)\\b)",
        '(?<!\\bnot\\s)\\b(?:so|really|very|extremely|incredibly|super|absolutely|totally|completely|utterly|ridiculously|unbelievably|painfully|terribly|horribly|seriously|pretty|insanely)\\s+(?:bad|poor|rude|unhelpful|unreliable|unprofessional|confusing|disorgani[sz]ed|complicated|difficult|overpriced|sloppy|lazy|careless|broken|buggy|erratic|inconvenient|misleading|unfair|dishonest|stressful)\\b',
        '\\b(?:way |far |much )?too\\s+(?:complicated|difficult|confusing|slow|long to|many (?:steps|hoops|emails|calls))\\b',
        '\\b(?:impossible|near(?:ly)? impossible|next to impossible)\\s+to\\b|\\bmakes? it impossible\\b',
      ],
      exceptBefore: [
        "\\b(?:i'm|i am|im|i was|i feel|i've been|sorry (?:that )?(?:was|is|it was|it's)?|nothing|not|anything)\\s+(?:\\w+\\s+)?$",
      ],
    },
    {
      // Frustration implied, with no angry word: doubting that anyone is really working on it
      // ("someone who can actually look at this", "did anyone even read it"), resigned or
      // sarcastic openers ("wow. ok.", "Finally.", "whatever"), pointed questions ("in progress
      // how?", "and now it's my fault?"), absences listed ("no letter, no email, nothing"),
      // patience spent and time sunk ("I've been patient", "spent two months on this").
      id: 'frustration.implied',
      kind: 'frustration',
      role: 'customer',
      negatable: false,
      selfTargetCancels: true,
      // "how do I know someone will actually come": the third party is the company's own people.
      thirdPartyCancels: false,
      unless: ['{CALM_SAID}'],
      patterns: [
        // "Nobody has told me anything in 9 weeks", "how do you get a date wrong for a FUNERAL", "Which of you should I believe?", "Results were due on 15 April. Today is 22 April.", "why couldn't the last two do that".
        "\\b(?:nobody|no one) has (?:told|updated|contacted|called|emailed) (?:me|us)(?: anything)? (?:in|for) (?:over )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\\b|\\bhow do you (?:get|manage to get|mess up|lose|forget)\\b|\\bwhich (?:one )?of you (?:should|do|am) i (?:believe|trust|supposed to believe)\\b|\\bdue (?:on|by)\\b[^.!?]{0,30}[.!?]\\s+(?:today is|it's now|it is now)\\b|\\bwhy (?:couldn't|didn't|wouldn't|did not|could not) (?:the last (?:one|two|three|person|agent)|your colleague|the other (?:agent|person))\\b",
        // "I'm not holding my breath", "There's obviously a dealer principal".
        "\\b(?:not|won't be|wouldn't be) holding my breath\\b|\\b(?:won't|wouldn't|will not) hold my breath\\b|\\bthere(?:'s| is) obviously (?:a|an|someone)\\b",
        // "So what do I do, ring again next week and hear the same thing?"
        '\\band (?:hear|get|be told) the same (?:thing|answer|story|excuse|reply)\\b',
        // "You were supposed to file it by 31 January.", "it better actually be 24 hours this time", "are you a bot?", "I don't need you to guess."
        "\\byou were supposed to (?:file|send|do|call|deliver|fix|submit|pay|process|arrange|book|ring|email|come|collect|refund)\\b|\\b(?:it|this|that|you) (?:had )?better (?:actually )?(?:be|work|arrive|happen|turn up|come)\\b[^.!?]{0,30}\\bthis time\\b|\\bare you (?:a|an actual) bot\\b(?!\\s+or (?:a |an )?(?:real |actual )?(?:person|human|agent))|\\bi don't need you to (?:guess|speculate)\\b",
        // "Are you refusing?", "I'm withholding this half's service charge", "does that not seem like something to look into?", "I've given it twice already", "a wrong default has cost me a house", "How are you charging an account…", "not a single member of staff anywhere".
        "\\bare you (?:refusing|saying no|telling me no)\\b|\\b(?:i'm|i am|we're|we are) withholding\\b|\\b(?:does (?:that|this|it) not|doesn't (?:that|this|it)) (?:seem|sound|strike you) (?:like|as)\\b|\\b(?:i've|i have) (?:given|sent|told you|provided|explained) (?:it|this|that|them|you) (?:twice|three times|\\w+ times) already\\b|\\bhas cost (?:me|us) (?:a|the|my|our) (?:house|job|sale|flat|mortgage|deal|holiday|contract|place|booking)\\b|\\bhow are you (?:still )?(?:charging|billing|taking)\\b|\\bnot a single (?:member of staff|person|soul|agent|email|call|reply|update|word)\\b",
        // "I'll find somewhere that can actually tell me what happened".
        '\\b(?:find|use|go to) (?:somewhere|someone|somebody|a company|a provider|a bank|an insurer) (?:else )?(?:that|who) (?:can|will) actually\\b',
        // "£55?? just to check in?", "you're reading from a script", "every answer is a no", "I've been on this for an hour".
        "(?:£|\\$|€)\\d[\\d,.]*\\s*\\?{2,}|\\byou(?:'re| are) (?:just )?(?:reading|reciting) (?:from )?(?:a|the|your) script\\b|\\bevery (?:answer|reply|response) (?:is|has been) (?:a )?(?:no|the same)\\b|\\b(?:i've|i have) been on (?:this|here|this chat) for (?:over |more than |nearly |almost )?(?:an hour|\\d+ (?:hours?|minutes|mins))\\b",
        // "This is not serious from you." (English as a second language: not professional)
        '\\b(?:this|that|it) is not serious (?:from|of|by) (?:you|your \\w+)\\b',
        // "we pay a premium for a chauffeur precisely so this doesn't happen", "Sorry, what isn't covered?"
        "\\b(?:precisely|exactly|specifically) so (?:this|that|it) (?:doesn't|does not|wouldn't|would not|won't|never)\\b|^\\s*sorry,? what (?:isn't|is not|wasn't|was not|doesn't|does not|can't)\\b",
        // "What else you need?"
        '\\bwhat else (?:do )?(?:you|u) (?:need|want)(?: from me)?\\s*\\?',
        // "my claim has been 'under review' for 7 weeks", "Credit for what?"
        "\\b(?:has|have|'s) been ['\"]?(?:under review|pending|processing|in progress|on hold|awaiting \\w+|in transit|out for delivery|escalated|unresolved|being (?:looked at|investigated|processed|reviewed))['\"]? (?:now )?for (?:over |more than |nearly |almost |about )?(?:(?:[4-9]|\\d{2,}|four|five|six|seven|eight|nine|ten|several|many) days|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:weeks|months))\\b|(?:^|[.!?]\\s+)\\w+ for what\\s*\\?",
        // "that would have been useful two tickets ago", "A known issue. Since when?", "love that for me", "that should've been the answer the first time", "like I said".
        "\\bwould have been (?:useful|nice|helpful|handy|good|great) (?:to know )?(?:\\w+ ){1,2}(?:tickets?|calls?|emails?|chats?|days?|weeks?|months?|hours?) ago\\b|(?:^|[.!?]\\s+)since when\\s*\\?|\\blove that for (?:me|us)\\b|\\bshould(?:'ve| have) (?:been|done|said|offered|told me|happened) [^.!?]{0,30}\\bthe first time\\b|\\blike i (?:already )?(?:said|told you|mentioned|explained)\\b",
        // "So what exactly does the 'no substitutions' box do, then?", "I'm sure it'll be different next time.", "This is exactly why I put the allergy on my account.", "This could have put me in hospital."
        "(?:^|[.!?]\\s+)so what (?:exactly )?(?:does|did|is|was) [^.!?]{1,60}?,? then\\s*\\?|\\bi'?m sure (?:it'll|it will|that'll|that will|they'll|things will) be different\\b|\\bthis is exactly why (?:i|we)\\b|\\bcould have put (?:me|us|him|her|them|my \\w+) in (?:hospital|a&e|the hospital)\\b",
        // "It's 5:30 and nothing.", "the refund doesn't fix a ruined party", "so I'm being stonewalled", "that doesn't tell me when I get my money back", "What will be different on Thursday?"
        "\\bit's \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)? (?:now )?and (?:still )?nothing\\b|\\b(?:a ruined|ruined (?:the|my|our|a|his|her)) (?:\\w+ )?(?:party|birthday|holiday|anniversary|wedding|day|night|evening|weekend|trip|christmas|celebration)\\b|\\bstonewall(?:ed|ing)\\b|\\b(?:that|this|it) (?:doesn't|does not) tell me (?:when|what|why|how|anything|where|if|whether)\\b|\\bwhat (?:will|would|is going to|'s going to) be different\\b",
        // "I took a day of annual leave for this.", "Both times I took a morning off work.", "I'm supposed to know a ferry is a different country now?", "'I think maybe'. reassuring."
        "\\b(?:i|we) (?:took|had to take|used|wasted) (?:a |the |another |half a )?(?:day|morning|afternoon|half[- ]day)(?:'s)? (?:off(?: work)?|of (?:annual )?leave|(?:of )?holiday) for (?:this|it|that|nothing|them)\\b|\\b(?:both times|each time|every time),? (?:i|we) (?:took|had to take)\\b|\\b(?:i'm|i am|im) (?:supposed|meant|expected) to (?:know|guess)\\b[^.!?]*\\?|^\\s*['\"][a-z][a-z' ,-]{0,25}['\"]\\s*\\.\\s+(?:reassuring|comforting|great|brilliant|lovely|helpful|fantastic|wonderful|super|perfect|you're|you are|so)\\b",
        // "So which part did I get wrong?", "It would have been useful to be told that in March.", "so you're not even going to look into it?"
        "\\bwhich part did (?:i|we) get wrong\\b|\\bit would have been (?:useful|nice|helpful|good) to (?:be told|know|hear)\\b|\\byou(?:'re| are) not even going to\\b",
        // "That was at 8. It's now 10:20.", "I'm not waiting another 5 weeks.", "the same script", "I beg your pardon?", "You haven't even looked at it.", "Might be?", "who decided I wanted a voucher", "stuck in this terminal since 6am", "so you've lost it".
        "\\b(?:that|this) was at \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\.\\s+(?:it's|it is) (?:now )?\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\b|\\b(?:i'm|i am) not waiting (?:another|any longer|any more|anymore)\\b|\\bthe same script\\b|\\bi beg your pardon\\s*\\?|\\byou (?:haven't|have not|didn't|did not) even (?:looked|read|checked|opened|listened)\\b|^\\s*(?:might|may|could|should) be\\s*\\?|\\bwho decided\\b|\\b(?:i've|i have|we've|we have) been stuck (?:in|at) [^.!?]{1,30} since\\b|\\bso you(?:'ve| have) lost (?:it|them|my \\w+)\\b",
        // "same as last Tuesday, and the Tuesday before that", "Or is that also not possible.", "Good to know." after a no, "this is how I get treated", "not another callback that never happens".
        '\\band the (?:\\w+ )?before that\\b|\\bis that also not\\b|\\b(?:nobody|no one|not|never)\\b[^.!?]{0,80}[.!]\\s+good to know\\s*[.!]*\\s*$|\\bthis is how (?:i|we) (?:get|am|are) treated\\b|\\b(?:callback|call back|call|engineer|visit|refund|email|update|reply|response|text|replacement|delivery|food|order|parcel|driver) that never (?:showed up|turned up|happens|comes|came|arrives|arrived|happened)\\b',
        // "Am I meant to send it all again?", "Fingers crossed it lands this time.", "I've heard that before.", "I'm not going to keep asking.", "So what exactly is the point of the option if…".
        "\\bam i (?:meant|supposed|expected) to (?:send|do|fill in|upload|explain|repeat|go through) (?:it |this |that |everything |them )?(?:all )?again\\b|\\b(?:fingers crossed|hopefully|let's hope) (?:it|this|they|you) \\w+ (?:\\w+ )?this time\\b|\\bi(?:'ve| have) heard that (?:one )?before\\b|\\b(?:i'm|i am) not (?:going to|gonna) keep (?:asking|chasing|calling|repeating)\\b|\\bwhat exactly is the point of\\b|\\bwhat(?:'s| is) the point of (?:the|this|that|having|an?) [^.?!]{0,60}\\bif\\b",
        // "What exactly was I supposed to do differently?", "was there even an email?", "I need this sorted in the next hour", "is anyone doing anything?", "said at 7. it's now 2pm", "the second major outage in a month", "I need an answer, not just…".
        "\\bwhat (?:exactly )?(?:was|were) (?:i|we) (?:supposed|meant|expected) to do\\b|\\bwas there even\\b|\\bsorted (?:in|within) the next (?:hour|\\d+ (?:minutes|mins|hours))\\b|\\bis (?:anyone|anybody) (?:actually )?doing anything\\b|\\bat \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\.\\s+(?:it's|it is) now \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)\\b|\\bthe (?:second|third|fourth|2nd|3rd|4th) (?:major |big |serious )?(?:outage|incident|failure|breach|crash|breakdown) (?:in|this) (?:a |one |the )?(?:week|month|year|fortnight)\\b|\\bi need an (?:actual |real )?answer\\b",
        // "on the 20th of May… It's now the 14th of June.", "charged me again??", "I'm not dropping this".
        "\\b(?:it's|it is|today is) now the \\d{1,2}(?:st|nd|rd|th)\\b(?<=\\bon the \\d{1,2}(?:st|nd|rd|th)?[^!?]{0,120}\\b(?:it's|it is|today is) now the \\d{1,2}(?:st|nd|rd|th))|\\bagain\\s*\\?{2,}|\\b(?:i'm|i am) not (?:dropping|letting go of) (?:this|it)\\b",
        // "can you tell me an actual time?", "a gas leak next to a playground isn't a priority??", "is that even on your system?", "I am getting nowhere.", "it's Friday. she can't sit in a cold house all weekend", "I've said no three times".
        "\\b(?:an|a|any) actual (?:time|date|answer|eta|update|plan)\\s*\\?|\\b(?:isn't|is not|not) a priority\\s*\\?|\\b(?:is|was) (?:that|this|it) even (?:on|in|possible|allowed|legal|true)\\b|\\b(?:i'm|i am|we're|we are) getting nowhere\\b|^\\s*(?:today is|it's|it is|it's now|today's) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*[.!]+\\s+\\S|\\b(?:i've|i have) said no (?:twice|three times|\\d+ times)\\b",
        // "Today is Friday.", "is it going to sit in a queue like last time?", "So what's happened since then? Anything?", "should have been the first answer though", "It literally says Ledgerly on it."
        "^\\s*(?:today is|it's|it is|it's now|today's) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*[.!]*\\s*$|\\b(?:going to|gonna|will (?:it|this|that|you|they)|is (?:it|this|that)) [^.?!]{0,50}\\blike (?:last time|the last (?:time|two times|three times))\\s*\\?|[?]\\s+anything\\s*\\?+\\s*$|\\bshould(?:'ve| have) been the first (?:answer|thing|reply|response|offer)\\b|\\b(?:it|this|that) literally says\\b",
        // "…and nobody told me", "should I just keep checking in every day like I have been?", "I'm not doing this a fourth time", "You broke it.", "I'm sure it's not your fault, but…", "since 7:50. it's 8:40 now".
        "\\band (?:nobody|no one|no-one) (?:told|informed|called|emailed|contacted|let) (?:me|us)\\b|\\blike (?:i|we) have been\\s*\\?|\\bnot (?:doing|going through) (?:this|it|that|all this) (?:again|a {ORDINAL} time)\\b|(?:^|[.!?]\\s+)you (?:broke|damaged|ruined|lost|scratched) (?:it|my \\w+|them)\\s*[.!]|\\bi'm sure (?:it's|it is|it isn't|it's not) (?:not )?your (?:fault|doing),? but\\b|\\bsince \\d{1,2}:\\d\\d\\s*(?:am|pm)?\\.\\s+(?:it's|it is|its) (?:now )?\\d{1,2}:\\d\\d\\b",
        // "this is the second time this week it's been blocked", "the second time something like this has happened with you": not a contact again, but worn down all the same (3 of 3 judged lines).
        "\\bthe (?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|tenth|10th|nth|umpteenth) time (?:this (?:week|month|year) )?(?:(?:(?:it|this|that|(?:an? |my )[\\w-]+)(?:'s| has| had)|something like this (?:has|had)|the [\\w-]+(?: [\\w-]+)? (?:thing )?(?:has|had)|the [\\w-]+'s) (?:happened|been (?:blocked|frozen|declined|suspended|cancell?ed|late|wrong|missing|lost|delayed|moved|changed|rescheduled|postponed|bumped|skipped|double-booked))|you(?:'ve| have) (?:got|gotten|sent|made|messed up) (?:an? |the |my )?\\w+ wrong)\\b",
        // "Do I report it a fourth time?", "towels under it for the third week now", "this is attempt number 6 today", "What exactly is being reviewed?", "For six weeks?", "That's your job."
        "\\b(?:do|should|must|shall) (?:i|we) (?:report|call|ring|email|write|chase|ask|contact you about|send) (?:it |this |them )?(?:again )?(?:a|for the) {ORDINAL} time\\b|\\bfor the {ORDINAL} (?:week|day|month|night|weekend) (?:now|running|in a row)\\b|\\battempt (?:number |no\\.? ?|#)?(?:[3-9]|\\d{2})\\b|\\bwhat exactly (?:is|are) (?:being|you) \\w+\\b|(?:^|[.!?]\\s+)for (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\\s*\\?|\\bthat's (?:literally |quite literally )?your job\\b",
        // "10 days for a charge that shouldn't exist", "sort it or im calling my bank", "that's all I was asking for from the start".
        "\\bthat (?:shouldn't|should not) (?:even )?(?:exist|be there|have been (?:charged|taken|made))\\b|(?:^|[.!?,]\\s*|\\b(?:just|so) )(?:sort it|fix it|refund (?:me|it)) or (?:i'm|im|i'll|ill|i will|i am)\\b|\\ball (?:i|we) (?:was|were|'ve been|have been) asking for (?:from|since) the (?:start|beginning|outset|first day)\\b",
        // "Is that how you're allowed to speak to people?", "I'd like to understand how a cancelled authority takes money twice.", "The party is at 4. It's 1:30.", "You people can't even write down a phone call.", "I'm done chasing you lot.", "To date no inspection has taken place.", "I trust I shall not have to write a fifth time."
        "\\bis (?:that|this) how (?:you(?:'re| are) (?:allowed|supposed|trained) to |you |your (?:staff|people|agents|collectors) )(?:speak|talk) to (?:people|customers|anyone|me)\\b|\\bi'd like to (?:understand|know) how\\b[^.?!]{0,60}\\b(?:twice|again|still)\\b|\\b(?:is|starts|begins) at \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\.\\s+(?:it's|it is) (?:now |already )?\\d{1,2}(?::\\d\\d|\\s*(?:am|pm))\\b",
        "\\byou (?:people|lot|guys) (?:can't|cannot|couldn't) even\\b|\\b(?:i'm|i am) done chasing\\b|\\bto date,? (?:no|nothing|nobody|no one|no-one)\\b|\\bi trust (?:i|we) (?:shall|will) not (?:have|need) to\\b",
        // "So what exactly is the plan?", "Is that the best you can do?", "I'm going to lose it", "on the 2nd. Today is the 11th.", "bit of a pain that…"
        "(?:^|[.!?]\\s+)(?:so )?what exactly is (?:the plan|happening|going on)\\s*\\?|\\bis that (?:really )?the best you can do\\b|\\bi'm (?:going to|gonna|about to) lose it\\b|\\bon the \\d{1,2}(?:st|nd|rd|th)\\.\\s+(?:today|it) is the \\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:a )?bit of a pain (?:that|when|having|to)\\b",
        // "So for 6 months nobody checked.", "again last week, and again this morning", "or is the advice just to reset again?", "Why do I suddenly need a subscription", "something that was free".
        '(?:^|[.!?]\\s+)so for (?:\\d+|two|three|four|five|six|several) (?:days|weeks|months|years) (?:nobody|no one)\\b|\\bagain (?:last week|yesterday),? and again (?:this morning|today)\\b|\\bor is the (?:advice|answer|plan) just to\\b|\\bwhy do (?:i|we) suddenly (?:need|have to)\\b|\\bsomething that (?:was|used to be) free\\b',
        // "'pending' since 3 March. It is now 19 July.", "Is a text to members too much to ask?", "Sibling priority is in your own admissions policy."
        "\\bsince (?:the )?\\d{1,2}(?:st|nd|rd|th)? \\w+\\.\\s+(?:it's|it is|its) now\\b|\\btoo much to ask\\b|\\b(?:it's|it is|is) in your own (?:\\w+ )?(?:policy|terms|rules|website|email|letter|contract)\\b",
        // "how can theirs possibly be first", "I've attached the screenshot and your confirmation, again.", "Ten more working days on top of four weeks", "Do you understand how that feels?"
        '\\bhow can (?:that|this|theirs|it|they) possibly\\b|\\b(?:attached|sent|uploaded|forwarded|resent)\\b[^.!?]{0,60},\\s*again\\s*[.!]*\\s*$|\\bon top of (?:the )?(?:\\w+ )?(?:weeks|days|months)\\b|\\bdo you (?:even )?(?:understand|realise|realize|know) how (?:that|this|it) feels\\b',
        // "Why wasn't I phoned?", "So are you saying she's lying?", "What am I supposed to tell him?", "perhaps someone could have noticed", "That is simply not true.", "Either it was cancelled or it wasn't."
        "\\bwhy (?:wasn't|weren't|was not) (?:i|we) (?:told|phoned|called|informed|contacted|notified|warned)\\b|\\bare you (?:saying|calling) (?:i'm|she's|he's|we're|they're|my \\w+(?:'s| is)) (?:lying|a liar|liars)\\b|\\bwhat am i (?:supposed|meant) to (?:tell|say to)\\b|\\bperhaps (?:someone|somebody|you) (?:could|might) have\\b|\\b(?:that's|that is) (?:simply|just|completely|absolutely) (?:not true|untrue|false|wrong)\\b|\\beither (?:it|you|they) (?:was|were|did|is|are|has|have) \\w+ or (?:it|you|they) (?:wasn't|weren't|didn't|isn't|aren't|hasn't|haven't)\\b",
        // "a cop-out", "that's all I wanted to know 3 weeks ago", "I used the online form. All three times."
        "\\b(?:a |such a |total )?cop-?out\\b|\\b(?:that's|that is) all (?:i|we) (?:wanted|needed|asked)\\b[^.!?]{0,30}\\bago\\b|(?:^|[.!?]\\s+)all (?:two|three|four|five|\\d+) times\\s*[.!]",
        // "told within a week. It's now the 19th.", "How does that even happen?", "how is anyone meant to see a doctor here".
        "\\b(?:within|in|by) (?:a|one|two|three|\\d+) (?:days?|weeks?|working days|hours?)\\b[^\\n]{0,60}?[.!]\\s+(?:it's|it is|its) now\\b|\\bhow (?:does|did|could|can) (?:that|this|it) even (?:happen|be possible)\\b|\\bhow is (?:anyone|anybody|a person|one) (?:meant|supposed) to\\b",
        // "cancelled twice now", "another booking that just gets cancelled again", "asking for them again".
        '\\bcancell?ed (?:twice|three times|\\d+ times)(?: now)?\\b|\\bjust gets? (?:cancell?ed|moved|lost|ignored|closed) again\\b|\\basking for (?:them|it|these|those) again\\b',
        // "That's what the website said in June.", "do you understand what that does to us?", "that second van better turn up", "I want every penny back".
        "\\bthat's what (?:the|your) (?:website|site|app|email|letter|page) said (?:in|on|last|back in) \\w+|\\bdo you (?:even )?(?:understand|realise|realize|get) what (?:that|this) (?:does|means|did) (?:to|for) (?:us|me)\\b|\\b(?:that|the|this|you) (?:\\w+ ){0,2}?(?:better|had better) (?:turn up|show up|arrive|be there|be here|work|be sorted|be fixed)\\b|\\b(?:(?:i|we) (?:want|expect|demand) )?every (?:single )?penny back\\b",
        // "it was meant to be here at 8. its 10:40."
        "\\b(?:meant|supposed|due) to (?:be here|arrive|come|be delivered) (?:at|by) \\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm)?\\s*[.,]\\s*(?:it's|its|it is) (?:now )?\\d{1,2}[:.]\\d\\d",
        // "previous job??", "24 hours??", "A spill??": a short echo asked twice over (60 of 64 such openings in the judged chats);
        // "wait even opened?? ok thats elite. ty!!!" is delight.
        "^\\s*(?!(?:wait|omg|oh|ooh|ohh|wow|really|seriously)\\b)(?=[^?\\n]*[a-z])(?:[\\w£$€'.,-]+ ){0,3}[\\w£$€'.,-]+\\s*\\?{2,}(?![^\\n]*(?:\\b(?:thanks?|thank you|ty|thx|elite|amazing|yay|lol|haha|legend|love|perfect|brilliant)\\b|💖|❤|😍|🥳|🎉|😂))",
        // Dry understatement: "I won't hold my breath", "Well that's just grand.", "Bit rich.", "You're having a laugh.", "So I'm standing on platform 4 for the fun of it, then."
        "\\b(?:won't|will not|wont|not gonna|not going to) hold my breath\\b|(?:^|[.!?]\\s+)(?:well,? )?that's just (?:grand|great|brilliant|lovely|marvellous|perfect|wonderful|fantastic)\\s*[.!](?!\\s*(?:thank|cheers|ta\\b))|(?:^|[.!?]\\s+)(?:that's |still |it's )?(?:a )?bit rich\\b(?! (?:for (?:my|me|the)|in|to eat))|\\byou(?:'re| are) having a (?:laugh|giraffe)\\b|\\bfor the fun of it,? then\\b",
        // "was meant to be here 7-11am its now 2pm".
        "\\b(?:meant|supposed|due|booked|promised) (?:to (?:be|arrive|come|land)|for)\\b[^.!?]{0,40}\\b(?:and )?(?:it's|its|it is) now\\b",
        // "I had to hear the details from a receptionist.", "'I think maybe' isn't quite what I was hoping for", "it's been sitting there since the 8th".
        "\\bi (?:had|have) to (?:hear|find out|learn|discover)\\b[^.!?]{0,40}\\bfrom\\b|\\b(?:isn't|is not|wasn't) (?:quite |really |exactly )?what (?:i|we) (?:was|were) hoping (?:for|to hear)\\b|\\b(?:it's|it has|it had|has|have) been sitting (?:there|in (?:a|the|your) \\w+) (?:since|for)\\b",
        // "I've restarted it so often I could do it in my sleep", "So I pay you £25 to find out", "that's sort of what we paid you for", "I don't need to know why, I need the money back".
        "\\bi(?:'ve| have) (?:\\w+ed|done) (?:it|this|that) so (?:often|many times)\\b|\\bcould do (?:it|this) in my sleep\\b|(?:^|[.!?]\\s+)so (?:i|we) (?:now )?(?:have to )?pay (?:you|for)\\b|\\b(?:that's|that is|isn't that) (?:sort of |kind of |literally |exactly )?what (?:we|i) (?:paid|pay) you for\\b|\\b(?:i )?(?:don't|do not) need (?:to know )?(?:why|excuses|an explanation),? (?:i|we) need\\b",
        // "Is he coming or not?", "Is there an appeal or not?": a yes-or-no pressed for.
        '\\bor not\\s*\\?(?<=\\b(?:is|are|was|were|do|does|did|can|could|will|would|has|have) (?:he|she|it|they|you|there|someone|anyone|the \\w+|my \\w+|this|that)\\b[^.!?]{0,60}\\bor not\\s*\\?)',
        // "He didn't even ring.", "That's another five days without a kitchen.", "Took you long enough", "What does that even mean?"
        "\\b(?:didn't|did not|couldn't|could not|never|won't|wouldn't) even (?:ring|knock|bother|try|look|check|call|read|reply|answer|apologi[sz]e|turn up|come|show up|wait)\\b|\\banother (?:\\w+ )?(?:days?|weeks?|months?|nights?) without (?:a|my|our|any|the)\\b|\\btook (?:you|them|you lot|you guys) long enough\\b|\\bwhat does (?:that|this|it) even mean\\b",
        // "why has my claim been declined??", "Let me guess, …", "Can you find out instead of guessing?"
        "(?:^|[.!?]\\s+)why (?:has|have|is|are|was|were|did|do|does|would|can't|won't|isn't|wasn't)\\b[^.!?]{0,80}\\?{2,}|^\\s*let me guess\\b|\\binstead of (?:just )?guessing\\b",
        // "This is my son's future we're talking about."
        "\\b(?:this|it)(?:'s| is) (?:my|our) (?:\\w+'s )?(?:future|life|health|livelihood)(?= we're talking about| at stake|\\s*[.!,]|\\s*$)",
        // "it was meant to land on the 23rd and it's the 27th", "it was 40 minutes an hour ago".
        "\\b(?:meant|supposed|due|promised) to \\w+(?: \\w+){0,3} (?:on|by) (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b[^.!?]{0,10}\\band it's (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b|\\bit was (?:\\d+|an?|one|two|three) (?:minutes?|mins?|hours?|days?) (?:an hour|a day|(?:\\d+|two|three|half an?) (?:minutes?|hours?|days?)) ago\\b",
        // "so what, I just lose my place over a button?", "14 days while you hold £480 of my money", "that's the first actual date anyone has given me".
        '(?:^|[.!?]\\s+)so (?:what,? (?:i|we) (?:just |now )?\\w+|(?:i|we) just lose)\\b[^.!?]{0,60}\\?|\\bwhile you (?:hold|keep|sit on) (?:[£$€]\\d[\\d,.]* of )?(?:my|our) money\\b|\\bfirst (?:actual|real|proper|straight) (?:date|answer|update|reply|response) (?:anyone|anybody|someone|you) (?:has|have) (?:given|told)\\b',
        // "Your technician signed it off as fixed twice."
        '\\b(?:signed (?:it )?off|marked (?:it )?|said it was) (?:as )?(?:fixed|resolved|repaired) (?:twice|three times|\\d+ times)\\b',
        // "the photo is right there!!", "'legs OK, wrapped' is written right there", "i was stood right there": evidence the company did not look at.
        "\\bright there\\b(?<=\\b(?:is|it's|are|they're|was|were|stood|standing|sitting) (?:\\w+ ){0,2}?right there)(?![^.!?]{0,30}\\b(?:thanks|thank you|cheers)\\b)",
        // "that's not my fault, surely?", "how is that my equipment?"
        "\\bnot my (?:fault|problem|mistake)\\b(?<=\\b(?:that's|that is|it's|it is|this is) not my \\w+)|\\bhow is (?:that|this|it) my (?:fault|problem|responsibility|\\w+)\\s*\\?",
        // "What report??", "why not??": a short question asked twice over.
        '(?:^|[.!?]\\s+)(?:what|why|how|where|when|who)(?: \\w+){0,2}\\s*\\?{2,}',
        // "It's been four days and I've had nothing back", "so two tickets closed and it was your IP the whole time".
        "\\bnothing back\\b(?<=\\b(?:i've|i have|we've|we have)(?: still)? (?:had|got|heard) nothing back)|\\b(?:the whole time|all along)\\b(?<=\\b(?:it was|it's been|it has been) your (?:\\w+ ){1,2}?(?:the whole time|all along))",
        // "Withholding 8k of my own money … is not something I'm going to accept", "I'm not going to ask nicely again", "you banned me for nothing".
        "\\bnot something (?:i'm|i am|we're|we are|i'll|we'll) (?:going to|willing to|prepared to|gonna) accept\\b|\\bnot (?:going to|gonna) ask (?:nicely |politely )?again\\b",
        '\\b(?:you|they|u) (?:banned|blocked|suspended|deactivated|locked|closed|terminated|froze|fined|penali[sz]ed|ban|block|suspend) (?:me|us|my account|our account) for nothing\\b',
        // "Good to know I'm paying for an account I can't use."
        "\\bgood to know (?:i'm|i am|we're|we are) (?:paying|being charged|still paying)\\b",
        // "This is my income, I have two kids.", "this is how i pay my rent", "My income is gone overnight".
        "\\b(?:my|our) (?:income|livelihood|living)\\b(?<=\\b(?:this|it|that)(?:'s| is) (?:my|our) \\w+)(?! (?:tax|statement|details|support))|\\bhow (?:i|we) (?:pay|make) (?:my |our )?(?:rent|living|bills)\\b|\\b(?:my|our) (?:income|livelihood) (?:is|has) (?:gone|stopped|vanished|been cut off)\\b",
        // "As I said, I tested with a cable.": the customer repeating themselves.
        '^\\s*as i (?:already |just )?(?:said|mentioned|explained|told you)\\s*,',
        // "why??", "I've waited long enough", "'might be fine' isn't really what I need to hear", "You can't confirm whether your own booking conditions apply?",
        // "First time anyone has actually done anything.", "PLEASE DOUBLE CHECK THE DATE THIS TIME!!"
        '^\\s*why\\s*\\?{2,}',
        "\\b(?:i've|i have|we've|we have) waited (?:long )?enough\\b",
        "\\b(?:isn't|is not|wasn't|was not) (?:really )?what (?:i|we) (?:need|want|wanted|needed) to hear\\b",
        "(?:^|[.!?]\\s+)(?:so )?you (?:can't|cannot|won't|don't) (?:\\w+ ){1,8}?(?:your own|even)\\b[^.!?]*\\?",
        '\\b(?:the )?first time (?:anyone|anybody|someone|you) (?:has|have|\\x27ve) actually\\b',
        '\\b(?:double[- ]check|get (?:it|this|that) right|do (?:it|this) (?:right|properly)|read (?:it|this) properly)\\b[^.!?]{0,20}\\bthis time\\b',
        // "You think maybe?", "So who can?", "it was supposed to be by 1", "That's not on me.", "5 weeks of editing?", "10 working days for money you took by mistake?", "it's not my fault nobody read it", "no fee, how generous", "only took six weeks and three emails".
        '^\\s*(?:so )?you think(?: maybe)?\\s*\\?',
        '^\\s*so who can\\s*\\?',
        '\\b(?:it|this|that|they|he|she) (?:was|were) supposed to (?:be|arrive|come|turn up|be here|be delivered)\\b',
        "\\b(?:that's|that is|it's|it is) not on (?:me|us)\\b|\\b(?:it's|it is) not my fault (?:nobody|no one|you|your)\\b",
        '^\\s*(?:another |an? |one |two |three |four |five |six |seven |ten |\\d+ )(?:more )?(?:working |business )?(?:minutes?|hours?|days?|weeks?|months?) (?:for|of|to|before|until)\\b[^.!?]{0,50}\\?',
        '\\bhow (?:generous|kind|thoughtful|nice)(?: of you)?\\s*[.!]',
        '\\b(?:it )?only took (?:\\w+ ){1,3}(?:weeks|months|days|emails|calls|attempts)\\b',
        // "I have now uploaded it three times.", "computer says no", "How would I know…?", "hello? is anyone there? it's been 20 minutes".
        "\\b(?:i've|i have) (?:now |already )?(?:uploaded|sent|submitted|filled in|filled out|completed|done|posted|emailed)\\b[^.!?]{0,40}?\\b(?:three|four|five|six|\\d+) times\\b",
        '\\bcomputer says no\\b',
        '\\bhow (?:would|should|could) (?:i|we) (?:possibly )?know\\b',
        "\\b(?:anyone|anybody) (?:there|here)\\s*\\?+\\s*(?:it'?s|its) been\\b",
        // "…but fine.", "It's the same postcode I put on both forms.", "So if someone had replied on the 2nd…", "Is there any reason I should expect…", "I said I'd think about it."
        '[,.]\\s+but (?:fine|ok(?:ay)?|whatever)\\s*[.!]*\\s*$',
        '\\bthe same \\w+ (?:i|we) (?:put|gave|entered|wrote|used) (?:on|in) (?:both|all|every|each)\\b',
        '^\\s*so if (?:someone|somebody|you|anyone|your \\w+) had\\b',
        '\\bis there any reason (?:i|we) should (?:expect|believe|trust|think)\\b',
        "^\\s*(?:i|we) (?:already )?(?:said|told you)(?: that)? (?:i'd|i would|we'd|we would|i'll|i will|no\\b|not\\b)",
        // "3-5 days again.", "Might. Ok.", "5 weeks for someone to forward an email."
        '\\b(?:\\d+(?:-\\d+)?|a few|two|three) (?:more )?(?:working |business )?(?:days|weeks) again\\b',
        '^\\s*[\'"]?(?:might|maybe|probably|possibly|perhaps)[\'"]?\\s*[.]+\\s+(?:ok(?:ay)?|right|great|fine|sure)\\b',
        '^\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months|hours) (?:for|to get) (?:someone|somebody|you|them|anyone) to\\b',
        // "just no?", "a termination fee? he died.", "My responsibility?", "Again.", "so there was someone to ask after all",
        // "because somebody didn't tick a box", "shall I send it three times as well?", "this has wrecked the first night of our holiday".
        '^\\s*(?:just|simply) (?:no|that)\\s*\\?',
        '^\\s*(?:an? |the |another )?(?:[\\w-]+ )?(?:fee|charge|penalty|fine|surcharge)\\s*\\?+',
        '^\\s*(?:my|our) (?:responsibility|fault|mistake|problem|error)\\s*\\?+',
        '(?:^|[.!?]\\s+)again\\s*[.!?]+\\s*$',
        '^\\s*so (?:there (?:was|is)|you (?:can|could|do|did)|it (?:was|is|can))\\b[^.!?]*\\bafter all\\b',
        "\\bbecause (?:somebody|someone|nobody|no one|you|your \\w+) (?:didn't|did not|forgot to|failed to|couldn't be bothered to|couldnt be bothered to|could not be bothered to)\\b",
        '\\bshall i (?:send|do|fill|explain|upload|post) (?:it|that|this|them)(?: in)? (?:three|four|five|\\d+) times\\b|\\b(?:three|four|five|\\d+) times as well\\s*\\?',
        '\\b(?:has |have |it |this |that )?(?:wrecked|ruined|spoilt|spoiled) (?:the|our|my) (?:first |whole |entire |last )?(?:night|day|evening|holiday|trip|weekend|break|birthday|anniversary|honeymoon)\\b',
        // "Great, just great.", "It has already been three weeks."
        '(?:^|[.!?]\\s+)(?:oh,? )?(?:great|brilliant|fantastic|wonderful|perfect|lovely|super),? just (?:great|brilliant|fantastic|wonderful|perfect|lovely|super)\\b(?![^\\n]{0,30}(?:🎉|🥳|😍|🙌|❤️|\\bthank|\\bthanks|\\bcheers|\\blove))',
        "\\b(?:it(?:'s| has| is)|that's|that is) already been (?:over |more than |nearly |almost )?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|a few|several) (?:weeks|months|working days)\\b",
        // "I'm not asking if there's one on chat. I'm asking for someone senior", "why wasn't it applied in the first place then", "…county court. for 4 minutes", "you could have told me it failed".
        "\\b(?:i'm|i am|i was) not asking (?:if|whether|for|about|you to)\\b[^.!?]{0,60}[.!,;]\\s*(?:i'm|i am) asking\\b",
        "\\bwhy (?:wasn't|weren't|didn't|did not|was not|isn't|is not|hasn't|haven't|wasnt|didnt|couldn't|could not)\\b[^.!?]{0,60}\\b(?:in the first place|at the (?:start|beginning)|from the (?:start|beginning))\\b",
        '(?:^|[.!?]\\s+)(?:all (?:that |this )?)?for (?:just |only )?(?:\\d+|a few|two|three|four|five|ten) (?:minutes?|mins?|seconds?|pence|p|quid|pounds?)\\s*[.!?]*\\s*$',
        "\\byou (?:could|should|might) (?:have|'ve) (?:told|warned|informed|let me know|emailed|texted|called|rung|notified) (?:me|us)\\b",
        // "I'm not going to be fobbed off", "Please don't put this on me", "How long will it be this time?"
        "\\b(?:not (?:going to|gonna) be|won't be|refuse to be|will not be) fobbed off\\b|\\bfob(?:bed|bing)? (?:me|us) off\\b",
        "\\b(?:don't|do not|stop|quit) (?:put|putting|pin|pinning|blame|blaming|push|pushing) (?:this|it|that) on (?:me|us)\\b",
        '\\bhow long (?:will|is|does) it (?:be|take|going to take) this time\\b',
        // "An hour?", "10 working days. brilliant.": the agent's time frame echoed back in disbelief.
        '^\\s*(?:another |an? |one |two |three |four |five |six |seven |ten |\\d+ )(?:more )?(?:working |business )?(?:minutes?|hours?|days?|weeks?|months?)\\s*(?:\\?+(?![^\\n]{0,40}\\b(?:wow|quick|fast|great|brilliant|amazing|perfect|thanks|thank you|lovely|nice|awesome|cool|fab|ok(?:ay)?|fine|no (?:problem|worries))\\b)|[.!,]\\s+(?:brilliant|great|fantastic|lovely|perfect|wonderful|amazing|super)\\b)',
        // "Did the assessor even read it?": doubting anyone looked.
        '\\b(?:did|does|has|have) (?:the|your|that) \\w+ (?:\\w+ )?(?:actually |even |ever )(?:read|look(?:ed)? at|check(?:ed)?|open(?:ed)?|listen(?:ed)? to)\\b',
        // "nobody thought to email me", "no one bothered to call".
        '\\bno ?(?:one|body) (?:thought|bothered|cared enough|took the time|had the (?:decency|courtesy)) to\\b',
        // "…it'll be the last.": the end of a customer's patience, said quietly.
        "\\b(?:it'll|it will|that'll|that will|this will) be the last\\s*[.!]",
        // "…the garage report is being looked at this time": it was not, last time.
        '\\b(?:is|are|gets?|get|will be|being) (?:\\w+ )?(?:looked at|read|checked|done|fixed|dealt with|sorted|handled)(?: properly)? this time\\b',
        // "your fitter said … within 48 hours. That was on Monday the 2nd.": a promised time set against the date.
        '\\b(?:said|told (?:me|us)|promised|assured (?:me|us)|quoted)\\b[^!?]{0,120}?\\b(?:\\d+|two|three|five|seven|ten|a few)(?:-\\d+)? (?:hours?|hrs|days?|working days|business days|weeks?)\\b[^.!?]{0,40}[.!]\\s+(?:and )?(?:that|this) was (?:on |back on |back in |over |nearly |almost )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d{1,2}(?:st|nd|rd|th)?|(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?) ago|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
        // "Booked for delivery Tuesday. It's Thursday.": the promised day set against today.
        "\\b(?:booked|due|promised|scheduled|expected|meant to (?:arrive|come|be (?:here|delivered|done)))\\b[^.!?]{0,40}\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*[.!;,]\\s*(?:and )?(?:it's|it is|today is|now it's|it's now) (?:now )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
        // "I'd like a definite answer rather than probably", "i dont want a maybe".
        "\\b(?:definite|straight|proper|real|clear|firm) answer (?:rather than|instead of|not) (?:a )?['\"]?(?:probably|maybe|possibly|perhaps|guess(?:es|work)?)\\b|\\b(?:don't|dont|do not) want (?:a |another )?['\"]?(?:maybe|probably|possibly|perhaps)\\b",
        // "it's on your screen surely": what the agent should already see.
        '\\b(?:on|in) (?:your|the) (?:screen|system|notes|records|file|account|end|booking|order|chat|ticket)\\b[^.!?]{0,20}?,? surely\\b|\\byou can (?:read|see|check|look at) [^.!?]{0,30}?,? surely\\b',
        // "Check your logs before accusing my staff."
        "\\b(?:before|stop|don't|do not|quit) (?:accusing|blaming)\\b",
        // "you cant resend her heart medication??": the agent's refusal repeated back in disbelief.
        "(?:^|[.!?]\\s+)(?:so |wait,? )?(?:you|u) (?:can't|cant|cannot|won't|wont|don't|dont|didn't|didnt) [^.!?\\n]{2,80}\\?{2,}",
        // "3.30. That is most of the first day gone.": time the customer has lost.
        "\\b(?:that's|that is|there's|there goes|so that's) (?:half|most|all|the best part) of (?:the|my|our) (?:first |whole )?(?:day|morning|afternoon|holiday|weekend|week|break|trip) (?:gone|wasted|ruined|lost)\\b",
        // "So I waited in all day Wednesday for nobody", "well that is not much help", "I would just like someone to actually come this time".
        '\\b(?:waited|sat|stayed) (?:in |at home |home |around |in the \\w+ )?(?:all|the whole|the entire) (?:day|morning|afternoon|evening|week)(?: \\w+)? for (?:nobody|no ?one|nothing)\\b',
        "\\b(?:that|this|it|you)(?:'s| is| was|'s been| have been|'ve been| are|'re) not (?:very |been )?much (?:help|use)\\b|\\bnot (?:a lot|a great deal) of (?:help|use)\\b",
        '\\b(?:someone|somebody|you|they|he|she|the \\w+) (?:to )?actually (?:\\w+ ){1,4}?this time\\b',
        // "like I said the last two times".
        '\\b(?:like|as) i (?:already |just )?said (?:the last (?:two|three|few|\\d+) times|before|earlier|twice|already)\\b',
        // "A date please, not 'a few weeks'.", "You'd think you'd have it by now."
        "\\bnot ['\"][a-z][a-z' -]{0,25}['\"]|\\byou'?d think (?:you'?d|you would|they'?d|someone would|it would)\\b",
        // "You're not sure. OK.", "How was I supposed to know it was dead?", "I just told you."
        "^\\s*(?:so )?(?:you're|you are) not (?:sure|certain)\\s*[.?!]|^\\s*(?:so )?you don't know\\s*[.?!]|\\bhow (?:was|am|were|are) (?:i|we) (?:supposed|meant|expected) to know\\b|\\bhow (?:exactly )?(?:was|were) (?:i|we) (?:supposed|meant|expected) to\\b|\\bhow exactly (?:am|are) (?:i|we) (?:supposed|meant|expected) to\\b|(?:^|[.!?]\\s+)i (?:just|already) told you\\b",
        // "That's the same link again.", "So the plan is I sleep in the car park?", "so what are you doing about it?"
        "\\b(?:that's|that is|this is|it's|you sent|you've sent)\\s+(?:just\\s+)?the same (?:link|answer|reply|message|email|article|faq|response|thing|form) (?:again|as before|as last time)\\b|(?:^|[.!?]\\s+)so (?:the plan is|your (?:advice|answer|solution) is)\\b[^.!?]*\\?|\\bwhat are you (?:going to do|doing|gonna do) about (?:it|this|that)\\s*\\?",
        // Echoing the agent's hedge back: "might?", "'most desks'? is it this desk or not", "'probably'? I pay £11.99 a month".
        "^\\s*(?:might|maybe|probably|possibly|perhaps|hopefully|should)\\s*\\?+|^\\s*['\"][a-z][a-z' -]{0,25}['\"]\\s*\\?+",
        // Frustration said in the customer's other language: Spanish, Taglish, Hinglish, French, Portuguese, Pidgin, Singlish.
        "\\b(?:ya me cans[ée]|estoy (?:harto|harta)|qu[ée] (?:verg[üu]enza|barbaridad)|no puede ser|grabe naman|nakakainis|nakakabwisit|kainis|kya bakwas|bakwas|j'en ai marre|c'est n'importe quoi|ras le bol|que absurdo|palha[çc]ada|serious wahala|na wa|wah lau|jialat)(?![a-z])",
        // "A loyalty rate that goes up 33% in one go. Very generous.": the praise alone, after a price.
        '(?:^|[.!?]\\s+)(?:very|how|so|ever so|most) generous(?: of you)?\\s*[.!]*\\s*$(?<![\\s\\S]*\\bthank[\\s\\S]*)',
        // "Can't or won't.", "you think maybe. brilliant."
        "\\b(?:can't|cannot) or won't\\b|\\bwon't or (?:can't|cannot)\\b|^\\s*(?:you|ya|u) think(?:\\s+(?:maybe|so|possibly))?\\s*[.?!]+\\s*(?:brilliant|great|perfect|wonderful|fantastic|lovely|cool|super|nice)\\s*[.!]*\\s*$",
        // "Again. Third week running.", "I hope it's quicker than the last two months", "I've spent most of the morning on this", "don't give me some scripted answer".
        "\\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\\d+(?:st|nd|rd|th)) (?:week|month|day|time|order|delivery|box|night) (?:running|in a row)\\b|\\bi hope (?:it's|it is|this is|that's|this time is) (?:quicker|faster|better) than (?:the )?last\\b",
        "\\b(?:i've|i have|we've|we have|ive) (?:now |already )?spent (?:most of |all |half |the (?:whole|entire) )?(?:the |my |this |our )?(?:morning|afternoon|day|evening|week|weekend|lunch ?break|\\d+ hours?|hours) (?:on this|on the phone|chasing|trying|sorting|dealing with)\\b|\\b(?:don't|do not|dont) (?:give|send) me (?:a |some |another |the )?(?:scripted|canned|copy[- ]?paste|generic|automated|stock) (?:answer|reply|response|message)\\b",
        // "Status has said 'out for delivery' since Monday. Today is Thursday.": the calendar says it.
        "\\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|the \\d{1,2}(?:st|nd|rd|th)?)\\b[^!?]{0,60}?[.!]\\s+(?:today|it)(?:'s| is) (?:now )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d{1,2}(?:st|nd|rd|th)?)\\b",
        // "Does anyone read the previous tickets?", "Every time I start from zero", "not another closed ticket", "You deleted our data", "you cost us an hour", "silly me for not knowing".
        '\\b(?:does|do|did|will) (?:anyone|anybody|someone|somebody|you|your (?:team|staff|agents?|people)) (?:there |here |over there )?(?:actually |even |ever )?read (?:the|my|our|previous|any|what)\\b|\\bevery (?:single )?time,? (?:i|we) (?:have to )?(?:start|explain|repeat|begin)\\b|\\bnot (?:just )?another (?:closed ticket|excuse|form|link|macro|template|canned (?:reply|response)|automated (?:reply|response)|apology)\\b',
        "\\byou(?:'ve| have)? (?:just )?(?:deleted|lost|wiped|destroyed|broke|broken|ruined|corrupted|overwritten|overwrote) (?:all )?(?:my|our) (?:\\w+ )?(?:data|files?|account|records?|work|photos|history|backups?|dataset|orders?|car|phone|laptop)\\b|\\byou(?:'ve| have)? (?:just )?cost (?:me|us) (?:an? |\\d+ |two |three |half an? )?(?:hours?|days?|mornings?|afternoons?|evenings?|weekends?|sales|customers|orders|money|a fortune)\\b",
        '\\bsilly me (?:for (?:not )?(?:knowing|realising|realizing|expecting|thinking|assuming|believing|trusting|reading|asking))\\b|\\b(?:how|what) silly of me (?:to|for)\\b',
        // Annoyance in a polite register: "I'm sure you appreciate that…", "thank you for finally…", "I trust this will be resolved by Friday".
        "\\b(?:i'?m|i am) sure you (?:can |will |would )?appreciate\\b|\\b(?:would|should) have been (?:in touch|contacted|told|informed|notified|called) (?:by now|before now|sooner|earlier)\\b|\\bthank(?:s| you)(?: \\w+)? for (?:finally|actually (?:doing|reading|listening|answering|replying|helping)\\b[^.!?]{0,30}\\bthis time)\\b",
        '\\bi trust (?:this|that|it|the matter|my \\w+) will (?:now |finally )?be (?:resolved|sorted|dealt with|fixed|rectified|put right|corrected)(?: \\w+){0,2}? (?:by|before|within|promptly|swiftly|this time|without further)\\b',
        // "so what am i meant to do, stand here while the meter runs": not "what am I meant to do with the old router?".
        '\\bso what am i (?:meant|supposed) to do\\b|\\bwhat am i (?:meant|supposed) to do(?: now| then| here| about it)?\\s*(?:\\?|$)|\\bwhat am i (?:meant|supposed) to do,? (?:stand|sit|wait|walk|just|starve|sleep)\\b',
        // The company's failure paid for by the customer: "got a black cab, cost me 68 quid", "had to pay with my own card again".
        '\\b(?:cost|costing) (?:me|us) (?:maybe |about |around |nearly |over |almost )?(?:£|\\$|€)?\\d+(?:[,.]\\d+)*(?![,.]?\\d)(?:\\s*(?:quid|pounds|dollars|euros|bucks|k))?\\b(?!\\s+(?:to|for|last|a (?:month|year)|per|each)\\b)|\\bhad to (?:pay|fork out|shell out|buy|cover) (?:\\w+ ){0,4}?(?:myself|out of (?:my own |our own )?pocket|with (?:my|our) own (?:card|money|cash))\\b',
        // "ordered at 7 10 its now 8 50": the clock says it.
        "\\b(?:ordered|booked|paid|called|rang) at \\d{1,2}(?:[:. ]\\d{2})?\\s*(?:am|pm)?\\b[^.!?]{0,20}?\\b(?:it's|its|it is) now \\d",
        '\\bas (?:much )?use(?:ful)? as an? chocolate (?:teapot|fireguard|kettle)\\b',
        // Doubt that anyone is really working on it.
        '\\b(?:someone|somebody|anyone|anybody|people|a person|a human|an agent)(?:\\s+(?:in|from|at|on)\\s+(?:the\\s+)?\\w+|(?:\\s+\\w+){1,5}?)?\\s+(?:who|that)\\s+(?:(?:can|could|will|would|is able to)\\s+)?actually\\b',
        '\\b(?:is|are|was|were|did|does|do|has|have|will|can)\\s+(?:anyone|anybody|someone|somebody|no ?one|you|your (?:team|staff|people|agents?|colleagues?))\\s+(?:even|actually)\\s+[a-z]{3,}\\b|\\b(?:is|are|has|have|did|does)\\s+(?:anyone|anybody|someone|somebody|no ?one|your (?:team|staff|people|agents?|colleagues?))\\s+ever\\s+(?:read|looked|checked|listened|replied|answered|called)\\b',
        '\\b(?:will|would|is|are)\\s+(?:\\w+\\s+){0,2}?actually\\s+(?:\\w+\\s+){0,2}?this time\\b',
        '\\b(?:make sure|making sure|check that)\\s+(?:she|he|they|someone|somebody|it|you|your \\w+)\\s+(?:actually|really)\\b',
        // Resigned, dismissive or sarcastic openers.
        '(?:^|[.!?]\\s+)wow+\\s*[.,]+\\s*(?:ok(?:ay)?|right|fine|just|really|so|thanks)\\b|(?:^|[.!?]\\s+)wow+\\s+ok(?:ay)?\\s*\\.',
        '(?:^|[.!?]\\s+)(?:ok(?:ay)?,? |oh,? |right,? |well,? )?finally\\s*(?:[.!]+(?=\\s|$)|$)|\\bfinally(?:,)? (?:someone|somebody|a (?:human|person|real person|straight answer|useful answer|proper answer|reply|response)|an (?:answer|agent|update|actual))\\b',
        '(?:^|[.!?]\\s+)(?:whatever|fine,? whatever|ok(?:ay)?,? whatever)\\s*(?:[.!,]|$)',
        '\\b(?:the )?first (?:useful|helpful|real|straight|proper|honest) (?:answer|reply|response)\\b',
        '\\b(?:an actual|a real|a proper) (?:supervisor|manager|person|human|answer)\\b,?\\s+not\\s+(?:a |another )?(?:script|bot|robot|template|copy)',
        '\\bnot (?:a|another|the same) (?:script|scripted answer|copy[- ]paste)\\b',
        // Pointed questions: "in progress how?", "that's the help available?", "and now it's my fault?"
        "(?:^|[.!?]\\s+)(?!(?:can|could|would|will|do|does|did|is|are|please|and|but|or|so|then|ok|okay|me|us|you|know|show|tell|explain|unsure|wondering|idea|sure|learn|ask|asking)\\b)[a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,3}\\s+how\\s*\\?",
        "\\b(?:that's|that is|this is|is that|is this)\\s+(?:really\\s+)?(?:the|your|all the)\\s+(?:best\\s+)?(?:help|answer|solution|offer|support|service|response)(?:\\s+(?:available|you can (?:give|offer)|on offer|you have))?\\s*\\?",
        "\\b(?:that's|that is)\\s+(?:really\\s+)?(?:all|it)\\s*\\?\\s*$|\\b(?:that's|that is) the best you can do\\b",
        "\\b(?:now )?you(?:'re| are) (?:telling|saying to) me (?:that )?(?:it'?s|it is|this is|i'?m|i am|i)\\b[^.!?]{0,40}\\?",
        "\\b(?:it's|it is|that's|that is|this is) (?:my|our) fault(?: now)?\\s*\\?",
        "\\b(?:and|so) (?:i'm|i am|we're|we are|the customer is|customers are) (?:expected|supposed|meant) to\\b[^.!?]{0,60}\\?",
        '\\b(?:and|so) the customer (?:just )?(?:eats|pays|loses|swallows|absorbs)\\b',
        '\\bwaited (?:\\S+ ){1,3}?for this\\s*\\?|(?:^|[.!?]\\s+)(?:and|so|and\\.{2,}|so\\.{2,})\\s*\\?+\\s*$',
        "\\bi(?:'?ll| will| shall) believe (?:it|that) when\\b|\\b(?:isn't|is not|not|wasn't) (?:really |exactly )?my problem\\b|\\bwould(?:'ve| have) (?:preferred|appreciated|liked)\\b|\\bthat's (?:why|the reason) i'?m (?:writing|calling|contacting|here|asking|chatting)\\b|\\btough luck\\b",
        '\\bspent\\s+(?:over\\s+|nearly\\s+|almost\\s+)?(?:[2-9]\\d|\\d{3,})\\s*(?:minutes|mins)\\s+(?:on|in|with|trying)\\b(?![^.!?]*\\b(?:sorted|fixed|resolved|worth it|thanks|thank you)\\b)',
        "\\b(?:please|can you|could you|will you)\\s+actually\\b|'ll actually (?:\\w+\\s+){0,2}?this time\\b",
        // Said in a public post as much as in a chat: "Shame.", "shame on you", "if only you had people
        // who cared", "expected better", "never get a call back", "2 hr wait", "customer svc fail".
        '(?:^|[.!?]\\s+)shame\\s*[.!]+|\\bshame on (?:you|u|your)\\b|\\bif (?:only )?(?:you|they|u) (?:only )?(?:had|hired|cared|listened|trained|bothered)\\b|(?:^(?:@\\w+\\s+)*|[.!?]\\s+)expected better\\b',
        '\\bnever (?:get|got|hear|heard|receive|received) (?:\\w+ ){0,3}?(?:back|a (?:reply|response|call ?back|callback))\\b|\\b(?:\\d+\\+?|two|three|several)\\s*(?:hr|hrs|hour|hours)\\s+(?:wait|hold|queue)\\b|\\b(?:customer )?(?:svc|cs|srvc) fail\\b',
        '(?:^|[.!?]\\s+)after (?:\\w+ )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\\s*\\?|\\b(?:\\d+|a|one|two|three|four|five|six|seven|ten)\\s*(?:more\\s+)?(?:minutes|mins|hours?|days?|weeks?|months?|business days|working days)\\s*\\?{2,}',
        "^\\s*(?:hello|hi|hey)?\\s*(?:are you |you )?still there\\s*\\?+\\s*$|\\b(?:just )?(?:wait|sit|keep trying \\w+(?: \\w+)?) and hope\\b|\\byou (?:got|have got|'ve got) (?:(?:it|this|that) |(?:my|the) (?:\\w+ ){1,2}?)wrong\\b",
        "\\bdid (?:anyone|anybody|no ?one|you|your \\w+) (?:even |actually )?(?:check|inspect|test|look at|read)\\b[^.!?]{0,40}\\bbefore\\b|(?:^|[.!?]\\s+)(?:it's|it is) now (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b",
        "\\b(?:it )?(?:shouldn't|shouldnt|should not) (?:take|have taken|need|require|be this)\\b|\\bi'?m asking (?:you )?again\\b|\\bthat's (?:well )?over \\d+ (?:hours|days|weeks|months)\\b|(?:^|[.!?]\\s+)(?:it's|it is) now (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
        '\\bhow exactly (?:would|am|do|should|can|could) i\\b|\\btook (?:\\w+ ){0,2}?(?:\\d+|an?|two|three|four|five) (?:min|mins|minutes|hours?|days?|weeks?)\\b[^.!?]{0,30}\\bfor (?:someone|you|anyone|somebody|your \\w+) to\\b',
        "\\bwhat(?:'s| is) (?:the point of (?:\\w+ ){0,3}|(?:\\w+ ){1,3}for )if not\\b",
        "\\b(?:love|loving|just love|gotta love|enjoying)\\s+(?:spending|wasting|waiting|sitting|standing|staring|chasing|being (?:on hold|ignored|lied to|passed around))\\b|\\bdon't need (?:a|the|your) lecture\\b|(?:^|[.!?]\\s+)why not\\s*\\?",
        // Absences listed: "no letter, no email, nothing".
        '\\bno \\w+(?: \\w+)?,\\s*(?:and\\s+)?no \\w+(?: \\w+)?(?:,|\\s+and|\\s+or)\\s*(?:no \\w+|nothing)\\b|\\bno \\w+(?: \\w+)?,\\s*no \\w+(?: \\w+)?,\\s*nothing\\b',
        '\\b(?:no ?one|nobody)\\s+(?:has\\s+|had\\s+)?(?:came|come|showed up|shown up|turned up|came out|arrived|bothered)\\b(?!\\s+to the (?:door|phone))',
        // Patience spent, time sunk, chasing.
        "\\b(?:i've|i have|we've|we have|i've been|i have been)\\s+(?:been\\s+)?(?:very |really |more than |extremely |incredibly |so )?patient\\b|\\b(?:my|our) patience\\b",
        '\\bspent\\s+(?:most of\\s+|all of\\s+|over\\s+|nearly\\s+|almost\\s+|the (?:whole|entire|best part of (?:a|the))\\s+)?(?:{NUM}\\s+)?(?:hours?|days?|weeks?|months?|afternoon|morning|evening|day|weekend)\\s+(?:\\w+\\s+)?(?:on (?:this|it|the phone|hold)|trying to|sorting|chasing|fighting|dealing with)\\b',
        "\\b(?:have|had|having|keep|kept|don't want|do not want|shouldn't have|should not have)\\s+to\\s+(?:keep\\s+)?(?:be\\s+)?chas(?:e|ing)\\b",
        "\\b(?:it's|it has|its|it)\\s+(?:now\\s+)?been\\s+(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+)?(?:(?:{NUM})\\s+(?:weeks|months)|(?:[5-9]|\\d{2,}|five|six|seven|eight|nine|ten|several|many)\\s+days)\\b(?!\\s+(?:since (?:i|we) (?:moved|started|joined|got back|returned from)))",
        '\\b(?:late|stuck|stranded|locked out|cut off|charged|overcharged|billed)\\s+(?:(?!(?:if|when|i|we|try|tried|pay|order)\\b)\\w+\\s+){0,4}?again\\b',
        "\\b(?:i'm|i am|im|we're|we are) not (?:going to )?pay(?:ing)? (?:\\S+ ){0,3}?for\\b|\\bi refuse to pay\\b",
        // A broken promise: "I was told someone would call within 24 hours. It's Thursday."
        "\\b(?:i was|we were|i've been|we've been|i'd been|i got|we got) (?:told|promised|assured)\\b[^.!?]{0,100}[.!?,]?\\s*(?:and |but |yet )?(?:(?:now )?it's (?:now )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|been)|now it's|nothing (?:has )?(?:happened|changed|came|arrived)|still nothing|no one (?:did|came|called)|nobody (?:did|came|called)|that was (?:\\w+ )?(?:days|weeks|months) ago|it never)\\b",
        '\\bsame (?:thing|error|result|problem|issue|message|answer|response) every (?:single )?time\\b|\\bthe same answer (?:i|we) (?:got|received|was given|had)\\b',
        "\\b(?:what|the same (?:thing|answer|response|reply)) (?:i|we) (?:was|were|got|received|had|have been|'ve been)(?: told| given)?\\s+(?:on |in |during )?(?:the |my )?(?:last|previous) (?:two|three|four|few|\\d+|couple of|time|call|chat)\\b",
        "\\bgot the same (?:kind of |old )?(?:answer|reply|response|excuse|story|message)\\b|\\b(?:each|every) (?:single )?time,? (?:i|we)(?: \\w+){0,2},? (?:i |we )?(?:get|got|am told|was told|'m told|hear|receive)\\b",
        '(?:^|[.!?]\\s+)(?:honestly,? |just |oh,? |ok(?:ay)?,? |fine,? )?forget it\\b|\\b(?:at )?the end of my (?:rope|tether)\\b|\\bi know what (?:the|your) (?:policy|terms|rules?|website|site|email|e-mail|contract|letter) says\\b',
        // Repeated failure, answered "no", ignored, overridden: "two Saturdays in a row", "and the answer is no?",
        // "you haven't looked at my photos", "you rejected it anyway".
        '\\b(?:two|three|four|five|\\d+|second|third|fourth|fifth|\\d+(?:nd|rd|th))\\s+(?:\\w+\\s+)?in a row\\b(?<!\\b(?:won|win|wins|winning|scored|hit|got|passed|top)\\s+\\S+\\s+(?:\\w+\\s+)?in a row)',
        "\\b(?:and )?the answer is (?:still )?no\\s*\\?|\\byou (?:haven't|have not|didn't|did not) (?:even )?(?:looked at|read|answered|opened|checked|listened to|watched) (?:my|the|a single)\\b",
        '\\b(?:you|they|your \\w+)\\s+(?:still\\s+|just\\s+|went ahead and\\s+)?(?:\\w+ed|sent|kept|took|did|made|sold|shut|cut)\\s+(?:it|me|us|this|that|my \\w+)\\s+anyway\\b',
        "(?:^|[.!?]\\s+)so you (?:don't|do not|can't|cannot) (?:even )?(?:know|tell me|say|explain|see)\\b|\\ball (?:i|we) (?:wanted|asked for|needed) (?:from|since) the (?:very )?(?:start|beginning|outset)\\b",
        "(?:^|[.!?]\\s+)so where(?:'s| is| are)\\s+(?:my|our|the (?!nearest|closest|best|next|main)\\w+)\\b[^.!?]*\\?",
        // The agent's or the company's word handed back in quotes: "'escalated', right.", "they apparently 'attempted collection'".
        '(?:^|[.!?]\\s+)[\'"][a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}[\'"]\\s*[.,!]?\\s*(?:right|ok(?:ay)?|sure|yeah|uh[- ]huh|of course)\\b|\\bapparently\\s+[\'"][a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}[\'"]',
        // "Just 'no'?", "Which is it?", "Brilliant. Fine, move us.", "Great, so we just sit here then.", "it's just sitting there".
        '(?:^|[.!?]\\s+)(?:just|so|really)\\s+[\'"][a-z][a-z -]{0,20}[\'"]\\s*[?.]|\\bwhich is it\\s*\\?(?!\\s*(?:the|a|an)\\b)|(?:^|[.!?]\\s+)(?:brilliant|great|fantastic|perfect|lovely|wonderful|marvellous)[.!]+\\s+(?:fine|ok(?:ay)?|whatever)\\b',
        "\\b(?:great|brilliant|fantastic|perfect|lovely|wonderful|marvellous)[,.!]+\\s+so (?:i|we) (?:just|get to)\\s+\\w+[^.!?]{0,80}\\bthen\\s*(?:[.!]|$)|\\b(?:it's|it is|is|are|has|have|was|were)\\s+just\\s+(?:been\\s+)?sitting\\b",
        // "cleaned zero times in three weeks", "different reason, same result", "I'm not doing this again", "And again on 20 August".
        "\\b(?:zero|0) times\\b|\\bdifferent (?:reason|excuse|story|person|agent),? same (?:result|outcome|problem|answer)\\b|\\bi(?:'m| am) not (?:doing|going through) (?:this|that|all this) again\\b|(?:^|[.!?]\\s+)and again (?:on|at|in|last|yesterday|today)\\b",
        // "I have rather lost faith", "the same thing happened with the crackers", "So who did?", "ok wow.", "I didn't ask for life advice".
        "\\blost (?:all |my |any )?(?:faith|confidence|trust) in\\b|\\b(?:have|had|'ve) (?:rather |kind of |sort of |completely |totally )?lost (?:all |my |any )?(?:faith|confidence|trust)\\b|\\b(?:the )?same thing happened (?:again|last time|with|before|on|to)\\b|(?:^|[.!?]\\s+)so (?:who|what|why) (?:did|does|is|was|then)\\s*\\?|(?:^|[.!?]\\s+)(?:ok(?:ay)?|right)[.,]?\\s+wow+\\s*\\.|\\bi (?:didn't|did not|didnt) ask for (?:\\w+ )?(?:advice|a lecture|your opinion|a lesson)\\b",
        // "so it was you", "can you at least…", "then get me someone who can", "not another ticket number", "nobody told me anything".
        '(?:^|[.!?]\\s+)so it (?:was|is) (?:you|your \\w+)\\b|\\bcan (?:you|u|someone|anyone) at least\\b|(?:^|[.!?]\\s+)then (?:get|put|find) me someone who (?:can|will|does|knows)\\b|\\bnot (?:get |be given )?another (?:ticket|case|reference)(?: number)?\\b',
        // "over a month late", "we're the ones paying for it", "'no' isn't an answer", "let me ask it a different way", "wasn't obvious at all", "I can't accept that".
        "\\b(?:over|more than) (?:a|an|two|three|four|\\d+) (?:weeks?|months?) late\\b|\\b(?:we're|we are|i'm|i am) the ones? (?:paying|who (?:pays?|has to pay|have to pay|suffers?|loses?)) (?:for (?:it|this|that|their \\w+|your \\w+)|the price)\\b|['\"]?\\bno\\b['\"]? (?:isn't|is not) (?:an? )?(?:answer|sufficient|good enough|acceptable|an option)\\b|\\blet me (?:ask|put|say) (?:it|this|that) (?:a different way|another way|differently)\\b",
        "\\b(?:wasn't|was not|isn't|is not) (?:obvious|clear|mentioned|explained) at all\\b|\\bi (?:can't|cannot|won't|will not|do not|don't) accept (?:that|this)\\b|\\b(?:took|taken|charged|paid)\\b[^.!?]{0,30}\\bfor nothing\\b|\\bmugged off\\b",
        // "ive been stood here 20 mins", "15 mins. nobody.", "On what basis.", "it took three conversations", "sent round in circles",
        // "can you not just…", "isn't really an answer".
        "\\b(?:i'?ve|i have|we'?ve|we have) been (?:stood|standing|sat|sitting|waiting|stuck|queu(?:e|ei)ng) (?:here |there |outside |in (?:the|a) \\w+ )?(?:for )?(?:over |nearly |almost |about )?(?:(?:[2-9]\\d|1[5-9]|\\d{3})\\s*(?:mins?|minutes)|(?:an?|one|two|three|\\d+(?:\\.\\d+)?)\\s*(?:hours?|hrs?))\\b|(?:^|[.!?]\\s+)(?:nobody|no one|no-one|still nothing)\\s*[.!]+(?=\\s|$)|(?:^|[.!?]\\s+)on what (?:basis|grounds)\\s*[.?!]",
        "\\bit took (?:me |us )?(?:two|three|four|five|six|several|\\d+) (?:conversations|calls|phone calls|chats|emails|attempts|tries|goes|people)\\b|\\b(?:sent|going|go|went|being sent|run|running|pushed) (?:a)?round in circles\\b|\\bcan(?: you not|'t you) just\\b|\\b(?:isn't|is not|that's not|that is not) (?:really |much of |even )?an? (?:answer|explanation|reason|solution)\\b",
        // "That's 9 days with a toddler", "she'd better call", "£150 gone", "I'm not paying £180 to fix your update".
        "(?:^|[.!?]\\s+)that's (?:now )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months) (?:with|without|of|and still|now)\\b|\\b(?:she|he|they|you|someone|somebody|it)(?:'d| had) better (?:call|ring|phone|fix|sort|be|get|turn up|show up|arrive|work)\\b|(?:^|[.!?,]\\s+)(?:so |thats |that's )?[£$€]\\d[\\d,.]*(?: of \\w+)? (?:gone|down the drain|wasted|lost|for nothing)\\b|\\b(?:i'm|i am|im) not (?:going to )?pay(?:ing)? (?:\\S+ ){0,3}?to (?:fix|repair|replace|sort)\\b",
        // "the first concrete information I've had in five weeks", "would have saved everyone…", "checked maybe ten times",
        // "see that it comes this time", "that's what I needed to hear three weeks ago".
        "\\b(?:the )?first (?:concrete|actual|clear|real|proper|useful) (?:information|update|news|answer)\\b|\\bwould(?:'ve| have) saved (?:me|us|everyone|everybody|all of us)\\b|\\b(?:checked|refreshed|looked at|called|rung|rang|tried)\\b[^.!?]{0,40}\\b(?:maybe |about |like |at least |over )?(?:ten|twenty|fifty|a dozen|dozens of|a hundred|\\d{2,}) times\\b",
        "\\b(?:see|make sure|ensure) (?:that )?(?:it|they|he|she|this) (?:\\w+ )?(?:comes|arrives|happens|turns up|shows up|works) this time\\b|\\b(?:that's|that is) what (?:i|we) (?:needed|wanted) to (?:hear|know) (?:\\w+ ){0,3}?(?:ago|earlier|sooner|at the start)\\b",
        // "It reads like I'm some kind of criminal", "Your records are wrong".
        "\\b(?:reads|sounds|looks) like (?:i'm|i am|we're|we are) (?:some kind of |some sort of |a )(?:criminal|thief|liar|fraudster|idiot|child)\\b|\\btreated (?:me |us )?like (?:a |some kind of )?(?:criminal|idiot|child|liar|thief)\\b|\\byour (?:records|system|notes|figures|information|data) (?:are|is) (?:wrong|incorrect|a mess)\\b",
        // "day 5 of 'SOS only'", "would be good if the date was right this time", "has been a saga", "it's just been a lot", "how u rob people".
        "\\bday (?:\\d+|five|six|seven|eight|nine|ten|\\w+teen) of\\b|\\b(?:would be|it'd be|it would be) (?:good|nice|great|lovely) if (?:\\w+ ){0,6}?(?:this time|for once|at some point)\\b|\\b(?:has|have|'s) been (?:a|an|such a|a real|a right) (?:saga|nightmare|ordeal|palaver|faff|mission|headache|struggle)\\b|\\b(?:it's|it has|its) (?:just )?been a lot\\b|\\b(?:rob|robbing|scamming|fleecing|ripping off) (?:people|customers|us|me|everyone)\\b",
        // Formal register: "having been told in writing", "I find that difficult to believe", "you leave me little alternative",
        // "With respect, …", "I would ask you not to suggest…", "the first sensible thing anyone has said".
        '\\bhaving been (?:told|promised|assured)\\b|\\bi find (?:that|this|it) (?:very |rather |quite |most )?(?:difficult|hard) to (?:believe|accept)\\b|\\b(?:you )?leave me (?:little|no) (?:alternative|choice|option)\\b|(?:^|[.!?]\\s+)with (?:all due |the greatest |the utmost )?respect,|\\bi would ask you not to\\b|\\bthe first (?:sensible|useful|helpful) (?:thing|answer|reply) (?:anyone|anybody|someone|you) (?:has|have) (?:said|given)\\b',
        // "I can't plan around hopefully", "hopefully. right.", "You're not sure? You work there.", "This is going nowhere".
        "\\bi (?:can't|cannot) (?:plan|work) (?:around|with) ['\"]?(?:hopefully|maybe|probably|should)\\b|(?:^|[.!?]\\s+)(?:hopefully|maybe|probably|possibly)\\s*[.?]\\s+(?:right|ok|great|brilliant|fine|wow)\\b|^\\s*you'?re not sure\\s*\\?|\\byou work (?:there|here|for them|for (?:the|this) company)\\s*[.!?]|\\b(?:this|it|we)(?:'s| is| are)? going nowhere\\b",
        // "Do you not keep notes?", "Is there a reason those aren't visible to you?", "Did nobody look at them?", "it's now 10:15",
        // "rather than guess", "I'd have a field day".
        "\\bdo you not (?:keep|read|have|check|look at|see)\\b|\\bis there a reason (?:why )?(?:those|these|they|it|that|you|nobody|no one)\\b|\\bdid (?:nobody|no ?one|anyone|anybody) (?:even )?(?:look|check|read|open)\\b|(?:^|[.!?,]\\s+)(?:it's|it is) now \\d{1,2}[:.]\\d{2}\\b|\\brather than (?:guess|guessing|assume|assuming)\\b|\\bhave a field day\\b",
        // "Good to know how X treats its customers", "12 weeks to return money", "and that's my problem?", "another 3 months?",
        // "brilliant. if it's not replaced this time…", "if someone actually let me know … this time".
        "\\bgood to know how (?:\\w+ )?(?:treats?|handles?) (?:its|their|your) customers\\b|^\\s*\\d+ (?:weeks|days|months) to (?:return|refund|get|fix|process|reply|answer)\\b|\\b(?:and )?that's my problem\\s*\\?|\\banother (?:\\d+|two|three|four|six|few) (?:days|weeks|months|hours)\\s*\\?|(?:^|[.!?]\\s+)(?:brilliant|great|fantastic|perfect|lovely|wonderful)\\s*[.!]+\\s+if\\b[^.!?]{0,40}\\b(?:not|n't|again|this time)\\b|\\bsomeone actually\\b[^.!?]{0,40}\\bthis time\\b",
        // Bots and second-language English: "stop sending me links", "can you chase it or not?", "Twice.", "No?? That's it?",
        // "So what they are inspecting now?", "So why is it in review?", "I did this already", "Very helpful.", "Buy it myself??".
        "\\bstop (?:sending|giving) me (?:links|articles|the same|faqs?|macros?)\\b|\\b(?:can|will|are|is|do|does) (?:you|they|it|someone)\\b[^.!?]{0,60}\\bor not\\s*\\?|(?:^|[.!?]\\s+)(?:twice|three times|four times)\\s*[.!](?=\\s|$)|^\\s*no\\s*\\?{2,}|\\b(?:that's|thats|that is) (?:really )?it\\s*\\?",
        '(?:^|[.!?]\\s+)so what (?!happens|do i|do we|should|can|are the|is the next)(?:\\w+ ){0,3}(?:now|then)\\s*\\?|(?:^|[.!?]\\s+)so why (?:is|are|was|did|do|does|has|have)\\b[^.!?]*\\?|\\bi did (?:this|it|that) already\\b|\\bi already did (?:this|it|that)\\b|(?:^|[.!?]\\s+)(?:very|really|so) helpful\\s*[.!](?=\\s|$)(?<!\\b(?:thanks?|thank you|ty|cheers)\\b[^?]{0,40})',
        // "That was 8 months ago.", "something I already paid for", "you told me that exact thing 4 weeks ago".
        "(?:^|[.!?]\\s+)that was (?:\\d+|two|three|four|five|six|several) (?:weeks|months|years) ago\\s*[.!]|\\bsomething (?:i|we)(?:'ve| have)? already paid for\\b",
        // "that's four times now", "it's either printed or it isn't", "£74 for a shirt I haven't got", "meant to ship in june. it's september".
        "\\bthat's (?:\\w+ )?(?:three|four|five|six|\\d+) times now\\b|\\bit's either \\w+ or it (?:isn't|is not|hasn't|wasn't)\\b|[£$€]\\d[\\d,.]* for (?:a |an |the )?\\w+ (?:i|we) (?:haven't|have not|never) (?:got|received|had)\\b|\\b(?:was|were) (?:meant|supposed|due) to (?:ship|arrive|be (?:here|ready|delivered)) (?:in|by|on) \\w+\\s*[.!,]\\s+(?:it's|it is) (?:now )?(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
        // The agent's hedge echoed back, news that came too late, a day off spent again, doubt that they will come.
        "^\\s*(?:you|ya|u) think(?:\\s+(?:maybe|so|possibly))?\\s*\\?*\\s*$|\\bwould(?:'ve| have) been (?:good|nice|useful|helpful|great|handy) to (?:know|hear|be told|find out)\\b[^.!?]{0,30}?\\b(?:ago|earlier|sooner|before|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|time|month)|at the (?:start|time))\\b",
        '\\b(?:book|take|lose|waste|burn)(?:ing|s)? (?:yet another|a (?:second|third|fourth|fifth|\\d+(?:nd|rd|th))) (?:day|morning|afternoon|half[- ]day) off\\b|\\b(?:will|would|are|is|do|does)\\s+(?:they|you|he|she|it|anyone|someone|somebody|the \\w+)\\s+actually\\s+[a-z]+(?:\\s+[a-z]+){0,3}?\\s+though\\b',
        // Failures listed or counted: "no show, no call", "the second missed visit", a copy-paste answer.
        '\\bno[- ]show,?\\s+(?:and\\s+)?no (?:call|phone call|text|email|e-mail|message|word|explanation|update|apology)\\b|\\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:missed|failed|cancell?ed|botched|no-show) (?:visit|appointment|delivery|collection|call ?back|slot|attempt|installation|install)\\b',
        '\\bcopy[- ]?past(?:e|ed)\\s+(?:answers?|repl(?:y|ies)|responses?|messages?|text)\\b|\\b(?:another|the same) (?:canned|stock|template|scripted|generic) (?:answer|reply|response|message)\\b|\\bthe same (?:reply|response|message|email) (?:i|we) (?:got|received|was given|had)\\b',
        // "you clearly cant do anything": a dig at the agent.
        "\\byou (?:clearly|obviously) (?:can't|cant|cannot|don't|dont|aren't|arent|won't|wont|have no|haven't|havent)\\b",
        // "this is getting a bit silly now".
        "\\b(?:this|it|that)(?:'s| is) getting (?:a (?:bit|little) |rather |very |quite |really )?(?:silly|farcical|daft|absurd|beyond a joke)\\b",
        // "it would have helped yesterday".
        "\\bit would(?:'ve| have) (?:helped|been (?:nice|good|useful|helpful)) (?:yesterday|last (?:week|night|month)|earlier|this morning|an hour ago)\\b",
        // "hurry up ive got a crew on the clock".
        '(?:^|[.!?,]\\s*)(?:just |pls |please |so |can you |could you )?hurry (?:it )?up\\b',
        // "I'm not talking to a script".
        "\\b(?:i'm|im|i am) not (?:talking|speaking|chatting) to (?:a|another) (?:script|bot|robot|machine)\\b",
        // "because clearly thats the only thing that makes a company act".
        "\\b(?:clearly|apparently|obviously) (?:that's|thats|that is) the only (?:thing|way|language)\\b",
        // "how long does it take a warehouse to notice a mattress".
        '\\bhow long does it take (?:a|an|the|your|for) [^.!?]{1,40}?\\bto (?:notice|find|process|answer|reply|spot|see|open|read|refund|sort)\\b',
        // "your fitters couldnt be bothered to level it".
        "\\b(?:you|your \\w+|they|nobody|no one) (?:couldn't|couldnt|could not) (?:even )?be bothered\\b",
        // "so your app glitches and it's my fault. Nice."
        "\\b(?:and|so|but) (?:somehow |suddenly |now )?(?:it's|its|that's|thats|it is) (?:somehow |suddenly )?my fault\\s*[?.!]",
        // "cancelling my membership then. enjoy the £10".
        '\\benjoy (?:the|your|my) (?:£|\\$|€)\\d+',
        // "oh NOW you'll check cctv".
        "\\boh,? now (?:you'll|you will|you can|you want to|they'll|it's|you're)\\b",
        // "not another chatbot".
        '^\\s*(?:oh,? )?(?:not|no,? not|great,? not) another (?:chat ?bot|bot|robot|script|automated (?:reply|message|response))\\b',
        // "do you lot even check anything".
        '\\bdo (?:you|you lot|you guys|you people|they|your \\w+) (?:even|actually) (?:check|read|look|care|test|know|listen)\\b',
        // "fix it properly this time".
        '\\b(?:fix|do|sort) (?:it|this) properly this time\\b',
        // "don't 'I hear you' me".
        "\\bdon'?t ['\\\"]?(?:i hear you|i understand|i'm sorry|sorry|calm down|madam|sir|mate|love|dear)['\\\"]? me\\b",
        // "great. so i pay 200 gems to fix your sync bug", "brilliant. so you lot lose my form".
        '(?:^|[.!?]\\s+)(?:brilliant|great|lovely|fantastic|perfect|wonderful|marvellous|cool)[.!]+\\s+so (?:you|your|i|the)\\b',
        // "don't bother pretending to help now", "dont give me some script".
        "\\bdon'?t bother pretending\\b|\\bdon'?t give me (?:some|a|the|another|any) (?:script|excuse|spiel|speech|line|runaround)\\b",
        // "should never have had to fight for it".
        "\\bshould(?:n't| not)? (?:never )?have had to (?:fight|chase|beg|argue|push|ask twice)\\b",
        // "I have never been spoken to like this".
        '\\bnever been (?:spoken|talked) to like (?:this|that)\\b',
        // "cheers for nothing".
        '\\bcheers for nothing\\b',
      ],
    },
    {
      // A problem report ("my parcel never arrived", "the app won't load") is a grievance the
      // agent should apologise for, but not by itself frustration: it opens the missing-apology
      // clock without raising the risk.
      id: 'grievance.problem',
      kind: 'grievance',
      role: 'customer',
      patterns: [
        '\\b(?:payment|transaction|order|delivery|installation|update|login|log-in|upload|download|sync|transfer|card)s?\\s+(?:has\\s+|have\\s+|keeps?\\s+)?(?:failed|failing|declined|bounced)\\b',
        "\\b(?:doesn't|doesnt|does not|didn't|didnt|did not|won't|wont|will not|can't|cant|cannot|isn't|is not|aren't|are not)\\s+(?:even\\s+|ever\\s+|just\\s+|fucking\\s+)?(?:work|works|working|load|loading|open|help|helping|respond|responding|answer|answering|care|listen|listening|function|make sense|get back|call back|reply|pick up)\\b",
        '\\b(?:keeps?|kept)\\s+(?:on\\s+)?(?:crashing|failing|breaking|happening|charging|cancell?ing|canceling|hanging up|disconnecting|dropping|freezing|logging me out|saying|telling me|sending me|giving me|asking|getting worse|delaying)\\b',
        '\\b(?:lost|lose|losing|misplaced|damaged|broke|broken|destroyed)\\s+(?:my|our|the)\\s+(?:bags?|luggage|baggage|suitcases?|package|parcel|order|stuff|items?|money)\\b',
        '\\b(?:cancell?ed|delayed)\\s+(?:flights?|my flight|our flight|again|for (?:the )?(?:\\w+ )?(?:time|hours?))\\b',
        '\\bflight (?:was |got |is )?(?:cancell?ed|delayed|overbooked)\\b',
        '\\b(?:missed|miss) (?:my|our|the) (?:connection|connecting flight|flight|meeting|wedding|funeral)\\b',
        "\\b(?:never (?:arrived|came|showed up|received|got|delivered|heard back|called back|again)|didn't arrive|didnt arrive|did not arrive|hasn't arrived|hasnt arrived|has not arrived|haven't received|havent received|have not received|not received|not arrived|not delivered|wrong (?:item|size|order|colou?r|product|address)|charged (?:me )?twice|double[- ]charged|overcharged|charged (?:me )?(?:again|extra|for nothing)|no refund|not refunded|refund (?:still|never|hasn't|has not))\\b",
        "\\b(?:won't|wont|will not|doesn't|doesnt)\\s+let me\\b",
        '\\b(?:system|website|site|app|server)\\s+(?:error|is down|was down|down again|keeps crashing|crashed)\\b',
      ],
    },
    {
      id: 'frustration.emphasis',
      kind: 'frustration',
      role: 'customer',
      negatable: false,
      hypotheticalCancels: false,
      positiveCancels: true,
      patterns: ['(?:\\?+!+|!+\\?+)[!?]*', '!{3,}', '\\?{3,}'],
    },
    // ─── customer: repeat contact ────────────────────────────────────────────────────────────
    {
      id: 'repeat-contact',
      kind: 'repeat_contact',
      role: 'customer',
      negatable: false,
      // "last time someone told me…", "they never called back": the company's people, not a third party's plans.
      thirdPartyCancels: false,
      // "this is the second time this week it's been blocked", "the second time something like this has happened": the event came back, nobody was contacted again.
      // "ok all 6 went through the second time": it worked on a retry, nothing was chased.
      exceptBefore: [
        // "the nanny was late again this morning, second time this week": the event came back, nobody was contacted again.
        "\\b(?:again|late|missed|failed|broke|broken|down|cancell?ed|delayed|no-?show(?:ed)?)\\b[^.!?]{0,40},\\s*(?:the |that's the |this is the )?$",
        '\\b(?:went through|worked|succeeded|came through|uploaded|went fine|passed|connected|synced|printed|loaded)\\s+(?:on\\s+)?$',
        // "note on it that I asked for a supervisor three times": what happened in this chat, for the record.
        "\\b(?:note|notes|noted|record|recorded|says|log|logged|write (?:it )?down)(?: (?:on|in) (?:it|the (?:notes|file|complaint|case|record)))?(?: that)?(?: i(?: have|'ve)?)? $",
      ],
      patterns: [
        // "I was told in April… And again in May.", "I sent it in January. And again when your colleague asked", "I also wrote to the help centre email in September", "I've been told 'it hasn't synced' twice already".
        "\\b(?:told|sent|emailed|rang|called|wrote|reported|phoned)\\b[^.!?]{0,80}[.!?]\\s+and again (?:in|on|when|last|yesterday)\\b|\\bi (?:also )?(?:wrote to|emailed) (?:the|your) (?:[\\w-]+ ){0,2}(?:email|address|team|centre|center|desk) (?:in|on|last) \\w+|\\b(?:i've|i have) been told\\b[^.!?]{0,40}\\b(?:twice|three times|\\w+ times) (?:already|now|before)\\b",
        // "I reported it on Monday. And again on Wednesday.", "I reported a user 2 days ago", "I uploaded it in March as well" (18 of 23 judged lines with "I reported it/him…" are repeat contact; round 11's one calm case stays the exception).
        '\\bi (?:reported|flagged) (?:it|him|her|them|this|the \\w+|a \\w+)(?: (?:to you|in the app|on the app|on the portal|through the app))? (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\\d+|two|three|four|five|a few|several) (?:days|weeks) ago)\\b|\\b(?:uploaded|sent|submitted|emailed|posted|reported) (?:it|them|this|that|one) (?:in|on|back in) \\w+ (?:as well|too|also)\\b',
        // "That's what we were told two weeks ago when I rang", "in the chats on the 7th and 12th", "I raised a dispute in March", "on the 2nd I asked you to delete my account".
        '\\b(?:told|said|promised)\\b[^.!?]{0,40}\\bwhen (?:i|we) (?:rang|called|phoned|emailed|wrote|chatted|messaged)\\b|\\b(?:in|on|during) (?:the|my|our) (?:previous |earlier |last )?(?:chats|calls|emails) (?:on|from) (?:the )?\\d|\\bi raised (?:a|the|this|my) (?:dispute|complaint|ticket|query|case|claim) (?:in|on|back in|last) \\w+|\\bon the \\d{1,2}(?:st|nd|rd|th)? (?:i|we) asked you to\\b',
        // "on hold for 40 minutes each time I've phoned", "I rang your hotline an hour ago and got cut off".
        "\\b(?:each|every) time (?:i've |i have |i |we've |we )?(?:phoned|called|rung|rang|emailed|written|chatted|contacted)\\b|\\bi (?:rang|called|phoned|emailed|messaged) (?:your|the) (?:hotline|helpline|line|number|support(?: line)?|office|team|desk|customer service) (?:an hour ago|(?:\\d+|two|three|a few|several) (?:hours?|minutes?|mins|days) ago|yesterday|this morning|earlier(?: today)?|last (?:night|week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b",
        // "it is written in the 4 emails I send to you", "I filled the form 3 weeks ago".
        "\\bthe (?:\\d+|two|three|four|five|several) (?:emails|messages|letters) (?:i|we) (?:sent|send|wrote|have sent|'ve sent)\\b|\\b(?:i|we) (?:filled|filled in|submitted|sent|completed) (?:in )?(?:the|a|this|your) (?:form|request|claim|complaint|ticket) (?:\\d+|two|three|a few|several) (?:days|weeks|months) ago\\b",
        // "On Friday I was told Monday. On Monday I was told Wednesday.", "rang on monday and was told…", "I was on this chat on saturday evening too", "I called at 2:45 and was told", "I've reported every single one".
        '\\bi was told\\b[^.!?]{0,60}[.!?;]\\s+(?:then |and then |and )?(?:on \\w+,? |yesterday,? |today,? |now,? )?i was told\\b|(?:^|[.!?]\\s+)(?:rang|called|phoned) (?:you |your \\w+ |up )?(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last (?:week|month|night)|this morning)\\b',
        "\\bi was on (?:this|the|your) (?:chat|phone|line|live chat) (?:on \\w+|yesterday|last \\w+|this morning|earlier)\\b|\\bi (?:called|rang|phoned) (?:you |your \\w+ |up )?at \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\b(?= and (?:was|got) (?:told|promised)\\b| and again\\b)|\\b(?:i've|i have) (?:reported|complained about|raised|flagged|logged) (?:every (?:single )?one|each (?:one|time)|all of them|them all)\\b",
        // "I asked your colleague at breakfast", "I requested a refund on 20 August", "going back and forth with you since June", "your colleagues said exactly the same every time", "bounced between you for 2 days", "That's exactly what your last agent said."
        "\\bi (?:asked|told|mentioned it to) (?:your|a) (?:colleague|receptionist|staff member|agent|rep)\\b(?![^.!?]{0,20}\\bminutes? ago\\b)|\\b(?:i|we) (?:requested|asked for|applied for|claimed) (?:a |the |my )?(?:refund|compensation|replacement|callback)\\b[^.!?]{0,20}\\bon (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*|\\bgoing back and forth with (?:you|your \\w+)\\b|\\byour colleagues? (?:said|told me) (?:exactly )?the same (?:thing )?(?:every time|each time|last time|before)\\b|\\bbounced (?:between|back and forth between|around)\\b|\\bthat's (?:exactly )?what your (?:last|previous|other) (?:agent|colleague|advisor|adviser|person) said\\b",
        // "Hi. Me again about reference BC-22918.", "I've now asked this in the app chat, by email on Monday, and here."
        "(?:^|[.!?]\\s+)(?:(?:hi|hello|hey)[,.!]?\\s+)?(?:it's )?me again\\b|\\b(?:i've|i have) (?:now )?asked (?:this|about this|the same (?:thing|question))\\b[^.!?]{0,40}\\b(?:by email|by phone|in the app|on the phone|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|twice|three times)\\b",
        // "I was told 'within 5 working days' on 6 March", "the other two times I asked", "after I rang one of your lot about this exact thing".
        '\\b(?:i|we) (?:was|were) told\\b[^.!?]{0,60}\\bon (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b|\\bthe (?:other|last|previous) (?:two|three|\\d+) times (?:i|we) (?:asked|called|rang|wrote|emailed|chatted|contacted you)\\b|\\b(?:rang|called|emailed|messaged|spoke to) one of your (?:lot|team|colleagues|agents|people|staff)\\b',
        // "I also wrote in about the April issue", "I cancelled my account on your chat on the 2nd".
        '\\bi (?:also|already) wrote in\\b|\\b(?:cancelled|reported|asked|requested|raised)\\b[^.!?]{0,30}\\bon your (?:chat|live chat|phone line|helpline|app|website)\\b',
        // "that is what the last three people said", "I also rang the shop at 1 o'clock", "Mum's been trying to sort this since Thursday".
        '\\bthat is what the (?:last|previous|other) (?:two |three |\\d+ )?(?:people|agents|advisors|advisers) (?:said|told me)\\b|\\bi (?:also|already) (?:rang|called|phoned|emailed|wrote to|messaged) (?:you|the (?:shop|store|branch|office|helpline)|your \\w+)\\b|\\b(?:been|was) trying to (?:sort|get|fix|resolve) (?:this|it) (?:out |sorted )?(?:since|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|\\d+ (?:days|weeks))\\b',
        // "That's what I asked for on Monday", "I reported it on the 3rd with photos".
        "\\bthat's (?:exactly )?what (?:i|we) (?:asked for|asked|requested|said) (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|time)|on the \\d{1,2}(?:st|nd|rd|th)?)\\b|\\b(?:i|we) (?:reported|raised|logged) (?:it|this|the \\w+) (?:\\w+ )?on (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b",
        // "this is my third ticket about my laptop" (not "on the 3rd ticket" of an event).
        "\\b(?:this is|it's|its|that's) (?:the|my|our) {ORDINAL} (?:ticket|case|letter|report|copy|form|document|upload)\\b",
        // "I reported it in the app on the 3rd, the 9th and the 15th", "reported in november", "nobody replied to that email", "I've asked the same question by email on the 2nd and had no reply".
        '\\b(?:reported|raised|logged|emailed|called|rang|chased|messaged|wrote)\\b[^.!?]{0,40}\\bon (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: \\w+)?,\\s*(?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: \\w+)?,? and (?:on )?(?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b|\\breported (?:it |this )?(?:in|back in|last) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\\b|\\b(?:nobody|no one|no-one) (?:has )?(?:replied|responded|answered) to (?:that|my|the) (?:email|e-mail|message|letter|ticket)\\b',
        // "I opened that ticket 5 days ago", "I spoke to someone on the phone on the 6th who said…".
        '\\b(?:asked|emailed|wrote|called|rang|messaged)(?!\\s+(?:the (?:seller|courier|driver|landlord|shop|store|hotel|airline|bank)|them|him|her)\\b)\\b[^.!?]{0,50}\\band (?:have |had )?(?:had|received|got) no (?:reply|response|answer)\\b|\\b(?:opened|raised|submitted|logged) (?:that|the|this|a|my) (?:ticket|case|request|complaint)\\b[^.!?]{0,20}\\b(?:\\d+|two|three|four|five|six|a few|several) (?:days|weeks|months) ago\\b|\\b(?:i|we) (?:spoke|talked) to (?:someone|somebody|one of your \\w+|a (?:colleague|lady|man|guy|woman|person|rep|advisor|adviser)) (?:on the phone |by phone |in (?:the )?(?:store|branch) )?(?:on (?:the )?\\d{1,2}(?:st|nd|rd|th)?|yesterday|last week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
        // "I write further to my previous correspondence of 3 March", "This is now the third occasion", "It's in all my previous emails."
        "\\bfurther to (?:my|our) (?:previous |earlier |last |recent |prior )?(?:correspondence|letters?|e-?mails?|messages?|complaints?|calls?)\\b|\\b(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|tenth|10th|nth|umpteenth) occasion\\b|\\b(?:it's|it is|that's|that is|it was|all) (?:already )?in (?:all |each of |both (?:of )?)?my (?:previous|earlier|last|other) (?:e-?mails?|messages?|letters?|tickets?|chats?)\\b",
        // "I emailed about this on 4 March and have received no reply", "I've already sent in the proof… twice", "sending it now. third time", "On Monday I asked for it to be cancelled".
        "\\b(?:emailed|wrote|called|rang|phoned|messaged|contacted you)(?: (?:you|in|to you|your \\w+))?(?: about (?:this|it))?(?: on [^.!?]{1,20}?)? and (?:have |had )?(?:received|had|got|heard) (?:no|nothing)\\b|\\b(?:i've|i have) already (?:sent|provided|submitted|uploaded|given|emailed)\\b[^!?]{0,90}?\\b(?:twice|three times|\\d+ times|several times)\\b|\\b(?:sending|sent|resending|resent|re-sending|uploading|uploaded|emailing|emailed|submitting|submitted|attaching|attached|posting|writing|asking|telling you|explaining|giving)\\b[^!?]{0,40}[.!,]\\s+{ORDINAL} time\\b|\\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last week),? (?:i|we) (?:asked|requested|called|rang|phoned|emailed|wrote to you|messaged)\\b(?! (?:my|his|her|the (?:courier|driver|bank|shop|store|council|landlord)))",
        // "the last two people said the same thing".
        '\\bthe (?:last|previous) (?:two|three|\\d+) (?:people|agents|advisors|advisers) (?:said|told me) the same\\b',
        // "I've sent 2 tickets in game already", "Third chat about this.", "That's what the last two people said.", "I've reported it every single time", "the email on Monday that nobody answered".
        "\\b(?:sent|opened|raised|submitted) (?:\\d+|two|three|four) tickets\\b|(?:^|[.!?]\\s+){ORDINAL} (?:chat|call|email|message|ticket|time|attempt) (?:about|regarding|on|for) (?:this|it|the same)\\b|\\bthat's what the (?:last|previous|other) (?:two |three |\\d+ )?(?:people|agents|advisors|advisers) (?:said|told me)\\b|\\breported it every (?:single )?time\\b|\\b(?:email|message|call|ticket)s? (?:on|from|last) \\w+ that (?:nobody|no one|no-one) (?:answered|replied to|read)\\b",
        // "I've been trying to reach you for two weeks", "three emails have gone unanswered", "Same as in my first message", "I wrote to you about September on the 20th".
        "\\b(?:i've|i have|we've|we have) been trying to (?:reach|contact|get hold of|get through to|speak to) (?:you|your \\w+|someone)\\b|\\b(?:emails?|messages?|calls?|letters?) (?:have |has )?gone unanswered\\b|\\bsame as (?:in|on) my (?:first|last|previous|earlier) (?:message|email|call|chat|letter)\\b|\\bi (?:wrote|emailed|called|rang|phoned|messaged) (?:to )?(?:you|your \\w+) about (?:\\w+ ){1,3}?on (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b",
        // "on hold for 50 minutes twice this month about this and got cut off both times".
        '\\b(?:twice|three times|\\d+ times) (?:this|last) (?:week|month) about (?:this|it)\\b|\\bcut off (?:both|all \\w+|each) times?\\b',
        // "I've been messaging you lot for three weeks", "I've given these details twice already".
        "\\b(?:i've|i have|we've|we have) been (?:messaging|emailing|calling|ringing|chasing|contacting|writing to) (?:you|you lot|you guys|your \\w+) for (?:\\d+|two|three|four|five|six|several|a few) (?:days|weeks|months)\\b|\\b(?:i've|i have|i) (?:already )?(?:given|provided|sent|told you) (?:these|those|the|my|all (?:these|the|my)) (?:\\w+ )?(?:details|numbers?|info|information|photos|documents)\\b[^.!?]{0,10}\\b(?:twice|three times|\\d+ times|already)\\b",
        // "The last person I spoke to also said…", "this is the 2nd month in a row I'm asking".
        "\\bthe (?:last|previous|other) (?:person|agent|guy|lady|advisor|adviser|rep) (?:i|we) (?:spoke|talked|chatted) (?:to|with)\\b|\\b{ORDINAL} (?:month|week|day|time) in a row (?:i'm|i am|i've|that i|we're|we've)\\b",
        // "nobody mentioned it on any of the three calls", "calling a 5th time", "reporting the heating AGAIN", "in both of my earlier messages".
        '\\b(?:on|in|during) (?:any|all|each|both|none) of the (?:two|three|four|five|\\d+|last \\w+|previous \\w+) (?:calls|chats|emails|messages|visits)\\b|\\b(?:call(?:ing)?|ring(?:ing)?|writ(?:e|ing)|e-?mail(?:ing)?|chas(?:e|ing)|contact(?:ing)? you) (?:for )?a {ORDINAL} time\\b',
        "\\b(?:reporting|raising|chasing|writing about|contacting you about) (?:[\\w']+ ){0,6}?again\\b|\\b(?:both|all|each) of my (?:earlier|previous|last|other) (?:messages|emails|calls|chats|letters)\\b",
        // "that is what I was told on 2 August", "I emailed admissions on 20 January and rang on the 28th".
        "\\b(?:that's|that is) (?:exactly )?what (?:i|we) (?:was|were) told (?:on (?:the )?\\d{1,2}(?:st|nd|rd|th)?|at \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|o'clock)?)\\b|\\b(?:emailed|called|rang|phoned|wrote to|messaged)\\b[^.!?]{0,40}\\bon (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: \\w+)? and (?:then )?(?:rang|called|phoned|emailed|wrote|messaged|chased)\\b",
        // "Per my last three emails", "same as on the last two tickets", "3 hours since our first email", "when I first emailed about it".
        '\\bper my (?:last|previous) (?:(?:two|three|four|few|\\d+) (?:emails|e-mails|messages|tickets|chats)|emails?|e-mails?|tickets?)\\b',
        '\\bthe last (?:two|three|four|few|\\d+) (?:tickets|cases|chats|calls|emails)\\b(?<=\\b(?:on|in) the last \\w+ \\w+)|\\bsince (?:our|my) first (?:email|e-mail|message|call|ticket|chat|contact)\\b|\\bwhen (?:i|we) first (?:emailed|called|rang|phoned|wrote in|contacted you|messaged|chatted|reported (?:it|this))\\b',
        // "That was the explanation last week as well.", "That's what the man on the phone said yesterday.", "this isn't the first time I've asked".
        "\\b(?:that|this) was (?:the|your) (?:explanation|answer|reply|excuse|response) (?:i got |we got )?last (?:week|time|month)\\b|\\bthat's what (?:it|they|he|she|you|the (?:\\w+ ){1,4}?)said (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|time))\\b",
        "\\b(?:this|it) (?:isn't|is not|wasn't|was not) the first time (?:i|we)(?:'ve| have)? (?:asked|called|written|contacted you|raised (?:it|this)|reported (?:it|this)|chased|complained|emailed|been in touch)\\b",
        // "the third P1 this month for the same replication lag", "Three contacts and not one person said it."
        '\\b{ORDINAL} (?:[\\w-]+ ){1,2}?(?:this|in a|in the same) (?:week|month|year) (?:for|about) the same\\b|\\b(?:two|three|four|five|several|\\d+) contacts (?:and|later|now)\\b',
        '\\b(?:submitted|sent|emailed|uploaded|filled in|wrote)\\b[^.!?]{0,60}?\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\\b[^.!?]{0,30}?\\band again (?:this morning|today|yesterday|last night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
        // "that's what 24 hours meant the last two times", "Nobody has replied to my two emails since."
        '\\bthe last (?:two|three|four|few|couple of|\\d+) times\\s*[.!]*\\s*$',
        '\\b(?:replied|responded|answered) to (?:my|our) (?:two|three|four|\\d+|several|many|multiple) (?:emails|messages|calls|letters)\\b',
        // "hi, me again.", "I was told on Tuesday…", "spoke to Callum on Tuesday", "I was on chat with you on Tuesday", "as I said in both previous messages", "I also emailed on 4 March and 19 March".
        "^\\W*(?:(?:hi|hello|hey),?\\s+)?(?:it's )?me again\\b",
        '\\b(?:i|we) (?:was|were) told (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|night|time))\\b',
        '(?:^|[.!?]\\s+|\\bi )spoke (?:to|with) (?!(?:my|our|the|a|an|his|her|their|someone|somebody)\\b)\\w+ (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|night))\\b',
        "\\b(?:i was|i've been|we were) (?:on (?:chat|the phone|a call)|chatting|speaking|talking) (?:with|to) (?:you|your \\w+) (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|night)|earlier)\\b",
        '\\bas i said in (?:both|all|my|the) (?:previous|last|earlier|other) (?:messages|emails|chats|calls)\\b',
        '\\b(?:emailed|wrote|called|rang|chased) (?:again )?on \\d{1,2}(?:st|nd|rd|th)? \\w+ and \\d{1,2}(?:st|nd|rd|th)? \\w+\\b',
        // "On both calls I was told…", "I've been passed between four departments", "told the same thing in August and again in September".
        '\\bon (?:both|all|each of the|every one of the) (?:\\w+ )?(?:calls|chats|emails|visits|occasions)\\b',
        '\\b(?:been |got |get |keep getting )?(?:passed|bounced|transferred|shunted|pushed) (?:between|around) (?:\\w+ )?(?:departments|teams|people|agents|numbers|offices)\\b',
        '\\b(?:told|given|promised) (?:the same (?:thing|answer|story)|that) (?:in|on|last) \\w+ and again (?:in|on|last) \\w+\\b',
        // "I also went to guest services on deck 5 last night and they said…", "requested a quote … on the 2nd, and again on the 9th".
        '\\b(?:i|we) (?:also |already )?(?:went|spoke|talked) to (?:guest services|reception|the (?:front )?desk|the office|the branch|the shop|the store|customer services|your \\w+)\\b[^.!?]{0,40}\\b(?:last night|yesterday|this morning|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week)\\b',
        '\\b(?:requested|asked for|enquired about|filled in|submitted)\\b[^.!?]{0,60}?\\bon the \\d{1,2}(?:st|nd|rd|th)?,? and again on the \\d{1,2}(?:st|nd|rd|th)?\\b',
        // "I am following up since February", "I've been giving out to your phone people twice already".
        "\\b(?:i am|i'm|i have been|i've been) (?:following up|chasing (?:this|it)?|calling|writing|emailing|contacting you)(?: on this| about this)? since\\b",
        "\\b(?:i've|i have) been (?:giving out to|on to|onto|complaining to|on the phone to|ringing|calling|chasing) (?:you|your \\w+(?: \\w+)?)\\b[^.!?]{0,30}\\b(?:twice|three times|\\d+ times|already|for weeks|for days)\\b",
        // "That's what the last three email replies said.", "I emailed it on the 2nd, uploaded it on the 9th and posted a copy on the 15th."
        '\\bthe last (?:two|three|four|few|\\d+) (?:emails?|email replies|replies|messages|calls|chats|letters)(?: i (?:got|had|received))? (?:said|told me|promised)\\b',
        '\\b(?:emailed|sent|uploaded|posted|submitted|faxed|attached)\\b[^.!?]{0,30}\\bon the \\d{1,2}(?:st|nd|rd|th)\\b[^.!?]{0,10},?\\s+(?:and )?(?:emailed|sent|uploaded|posted|submitted|faxed|attached|again)\\b',
        // "I already filled that one in on Tuesday."
        "\\bi(?:'ve| have)? already (?:filled (?:that|this|it|one|the form)(?: one)? in|filled in (?:that|this|the) (?:one|form)|submitted (?:that|this|it|one|the form)|sent (?:that|this|it) in)\\b[^.!?]{0,20}\\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d+)|yesterday|last (?:week|month|time)|before|twice)\\b",
        // "the person yesterday said 24 hours", "The last two times I was told…", "when i called about this exact same thing", "ive given it every single time".
        '\\bthe (?:person|guy|girl|lady|agent|rep|advisor|adviser|woman|man|bot|operator) (?:i (?:spoke|talked|chatted) (?:to|with) )?(?:yesterday|last (?:time|week|night)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|earlier today) (?:said|told me|promised|claimed)\\b',
        '\\bthe last (?:two|three|four|five|few|couple of|\\d+) times (?:i|we) (?:was|were|called|rang|contacted|wrote|emailed|chatted|asked|got|spoke)\\b',
        '\\bwhen (?:i|we) (?:called|rang|phoned|emailed|messaged|chatted|wrote in|contacted you)\\b[^.!?]{0,20}?\\babout (?:this|the same|this exact|the exact|it)\\b',
        "\\b(?:i've|ive|i have) (?:given|sent|provided|told you) (?:it|this|that|them|my \\w+(?: \\w+)?) every (?:single )?time\\b",
        // "Same postcode I gave on the phone on Tuesday", "Same as I wrote in the ticket 2 hours ago": details already given before.
        '\\bsame (?:\\w+ )?(?:as )?(?:i|we) (?:gave|sent|provided|quoted|wrote|said|put|explained|reported|told (?:you|them|your \\w+))\\b[^.!?]{0,30}?\\b(?:on the phone|in (?:the|my|our) (?:email|ticket|form|chat|call|message|complaint)|yesterday|last (?:week|time)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\\d+|an?|two|three|a few) (?:hours?|days?|weeks?) ago|before|earlier)\\b',
        // "The Tuesday call said it was on the vehicle. Yesterday's email said…": earlier contacts quoted against each other.
        "\\b(?:the (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|previous|first|other) (?:call|email|chat|agent|person|reply)|(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)'s (?:call|email|chat|agent|reply|message|advisor|adviser)) (?:said|told|promised|claimed|says)\\b",
        // "Rang the branch Monday and they said…" (no "I", as people write in a hurry).
        '(?:^|[.!?]\\s+)(?:rang|called|phoned|emailed|messaged) (?:the|your) (?:branch|office|helpline|shop|store|depot|team|support|call cent(?:re|er)) (?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|this morning)\\b',
        // "I have now been to the branch, rung the helpline where I waited 40 minutes…": contact made before this chat.
        "\\b(?:i|we)(?:'ve| have) (?:now |already |also )?(?:been (?:in)?to (?:the|your) (?:\\w+ )?(?:branch|store|shop|office|counter|depot) and|been to (?:the|your) (?:\\w+ )?(?:branch|store|shop|office|counter|depot),|(?:rung|phoned|called|emailed|written to|messaged) (?:you|your \\w+|the (?:helpline|call cent(?:re|er)|support line|phone line|branch|store|shop|office|depot))\\b)",
        // "I mentioned it in person last week and was told it would be sorted."
        '\\b(?:mentioned|raised|reported|flagged) (?:it|this|that)\\b[^.!?]{0,40}\\band (?:was|were|got) (?:told|promised|assured)\\b',
        // "I rang on the 11th, the 19th, the 2nd and last Friday", "I've given it on every call", "I told the last person that", "chasing … again".
        "\\b(?:rang|called|phoned|emailed|wrote|messaged|chased)\\b[^.!?]{0,20}\\bon the \\d{1,2}(?:st|nd|rd|th)?,? (?:the \\d{1,2}|and (?:the )?\\d{1,2}|and last)|\\bon every (?:call|chat|email)\\b|\\bi (?:told|explained (?:this|that|it) to|said (?:this|that) to) the (?:last|previous|other) (?:person|agent|guy|lady|advisor|adviser|one)\\b|\\b(?:i'm|i am|we're|we are) chasing (?:\\w+ ){0,4}?again\\b",
        // "Following up on the below", "Just checking in on the below", "I have been chasing this claim for six weeks".
        "\\b(?:just )?(?:following up|checking in|chasing) on (?:the below|the (?:email|message|thread) below|my (?:previous|last|earlier|original) (?:email|message|request|enquiry))\\b|\\b(?:i've|i have|we've|we have|ive) been chasing (?:this|it|you|the \\w+|my \\w+|our \\w+)\\b",
        // "I sent it on 8 May. Then again on 15 May.", "uploaded it tuesday. and wednesday."
        '\\b(?:sent|emailed|called|rang|uploaded|submitted|posted|wrote)\\b[^!?]{0,60}?\\b(?:then )?again (?:on|last) (?:the )?(?:\\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\\b(?![^.!?]*\\b(?:when|because|as) (?:you|your \\w+) (?:asked|requested|told))|\\b(?:sent|emailed|uploaded|submitted|called|rang) (?:it |them |this )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[.,]? and (?:on |again on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
        // "your colleague suggested the same thing", "já é a terceira vez que escrevo".
        '\\b(?:your|the other|another|the last|a) (?:colleague|agent|advisor|adviser|rep|representative|team|guy|lady)\\b[^.!?]{0,30}\\b(?:suggested|said|told me|asked me to|had me)\\b[^.!?]{0,20}\\b(?:the same|that|this)\\b|\\b(?:ya |já )?(?:es|é) (?:la|a) (?:segunda|tercera|cuarta|terceira|quarta) vez\\b',
        // "I gave both of these on the phone on 2 April", "I messaged after both of the last two", "I spent 40 minutes on hold yesterday".
        '\\b(?:i|we) (?:gave|sent|provided|supplied|told you) (?:both of |all of )?(?:these|this|it|them|that|those)\\b[^.!?]{0,20}\\b(?:on the phone|by (?:e-?mail|phone|post|letter)|in (?:a|the|my) (?:chat|call|email|letter))\\b|\\b(?:i|we) (?:messaged|emailed|called|rang|wrote|complained|contacted you) (?:after|about) (?:both|each|all|every one) of (?:the )?(?:last|previous) (?:two|three|four|\\d+)\\b|\\bon hold (?:for )?(?:\\w+ ){0,3}?(?:yesterday|last (?:week|night|time)|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
        // "She's reported it at the office twice", "I reported that on the 2nd": the person helped or the writer, before.
        "\\b(?:has|have|'s|'ve|had) (?:already )?(?:raised|reported|mentioned|flagged|chased|asked about|called about|rung about|complained about) (?:this|it|that)\\b[^.!?]{0,30}\\b(?:twice|three times|\\d+ times|several times|many times|before|already)\\b|\\b(?:i|we) (?:reported|raised|mentioned|flagged|logged) (?:it|this|that) (?:on (?:the )?\\d{1,2}(?:st|nd|rd|th)?|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month)) and (?:was|were|got) (?:told|promised|assured)\\b",
        // "As per my previous message on Monday": the customer has written about this before.
        '\\bas per my (?:previous|last|earlier|prior|original) (?:message on \\w+|email|e-mail|call|letter|complaint)\\b',
        "\\b(?:this is (?:the|my)|for the|it's (?:the|my)|its (?:the|my)|that's (?:the|my)|on my|my|the|this is|it's|that's)\\s+{ORDINAL}\\s+(?:time|attempt|call|email|message|chat|request|complaint|contact|enquiry|inquiry)\\b",
        "\\b{ORDINAL}\\s+time\\s+(?:i(?:'ve| have| am|'m)?|that i|we(?:'ve| have)?|now|today|this (?:week|month)|writing|calling|asking|chatting|contacting|emailing|messaging|explaining|reporting)\\b",
        '\\b(?:ticket|case|request|complaint|claim)\\b[^.!?]{0,40}\\b(?:opened|raised|submitted|logged|filed|sent)\\b[^.!?]{0,40}\\b(?:no (?:reply|response|answer|update)|nothing back|still waiting|no one|nobody)\\b',
        "\\b(?:already|previously|have|i've|ive|i have|i)\\s+(?:already\\s+)?(?:explained|told (?:you|them|your|someone|the)|called|contacted|emailed|e-mailed|sent(?!\\s+(?:\\d|£|\\$|€|money|cash|the money|a payment|payment|funds|(?:him|her|them|someone|somebody|a stranger) (?:[£$€]|\\d)|(?:it|them|the \\w+) to (?:my|his|her|our|their)\\b|(?:my|the|our) (?:[\\w-]+ ){1,4}?(?:in |off )?for (?:a |an |its )?(?:[\\w-]+ )?(?:repair|service|servicing|clean|fix|check|inspection|assessment|test|diagnosis|recalibration)\\b))|asked|reported|written|wrote|tried (?:that|this|everything|all)|done (?:that|this|all)|given (?:you|them)|provided|spoken to|talked to|been through (?:this|all)|filled out)\\b(?=[^.!?:\\n]*\\b(?:already|before(?!\\s+(?:\\w+ing|i|we|you|it|they)\\b)|times|twice|again|last (?:time|week|month)|yesterday|three|several|multiple|many)\\b)",
        '\\b(?:told|asked|called|contacted|emailed|messaged|explained (?:this|it) to|reached out to|spoke to|spoken to|chased|wrote to)\\s+(?:you|them|your (?:team|company|colleagues?|support)|this company|customer service|support|someone|people)?\\s*(?:guys\\s+)?(?:{NUM}|so many|too many|countless|numerous|multiple|several|twice|three|four|five|\\d+)\\s*(?:times|x)\\b',
        "\\b{TIMES}\\b(?<!\\b(?:charged|billed|paid|debited|deducted|taken|counted|shipped|sent me)\\s{TIMES})(?=[^.!?]*\\b(?:i|i've|ive|i have|we|we've|we have)\\s+(?:\\w+\\s+)?(?:call|called|contact|contacted|email|emailed|ask|asked|tell|told|explain|explained|message|messaged|write|wrote|written|chat|chatted|spoken|spoke|reach|reached|complain|complained|request|requested|sent|send|repeat|repeated)\\b)",
        "\\bi(?:'ve| have)?\\s+(?:also\\s+|already\\s+)?(?:wrote|written|emailed|e-mailed|called|rang|messaged|contacted)\\s+(?:to\\s+)?(?:you|your (?:team|support|company|office|colleagues?)|customer service|support)\\s+(?:in|on|last|back in|earlier|before|yesterday|the day before)\\b",
        '\\b(?<!\\b(?:an?|the|got|get|received|receive|this|that|their|his|her|keeps|keep|kept|it|its|doctor|gp|surgery|bank|school|employer|landlord|solicitor|lawyer|vet|he|she|they|by|via)\\s)(?<!\\b(?:into|access|open|check|log in to|login to) (?:my|your|the|our) )(?!(?:contacted|called|emailed|messaged|phoned|rang) me before\\b)(?:call|called|contact|contacted|email|emailed|ask|asked|tell|told|explain|explained|message|messaged|write|wrote|writing|calling|emailing|messaging|contacting|chat|chatted|spoke|reached out|complained|tried (?:calling|contacting|emailing|phoning|ringing|to (?:call|contact|reach|get through))|requested|sent|appealed|submitted|filed|reported)\\s+(?!(?:him|her)\\b)(?!(?:to |with )?the (?:seller|vendor|buyer|host|landlord|driver|courier|shop|store|restaurant|hotel|airline|merchant|school|council|builder|garage|insurer|manufacturer|other (?:company|firm|shop|driver|party))\\b)(?!(?:to |with )?(?:my|our|his|her|their) (?:bank|card company|credit card company|lawyer|solicitor|landlord|insurer|doctor|gp|vet|employer|boss|council|partner|wife|husband|mum|mom|dad|son|daughter|friend|sister|brother|neighbou?r)\\b)(?:\\w+\\s+){0,3}?(?:twice|three times|four times|five times|multiple times|several times|many times|countless times|so many times|numerous times|\\d+ times|a dozen times|repeatedly|over and over(?: again)?|again and again|already|before(?!\\s+(?:the|a|an|my|your|our|\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|midnight|noon|next|end|it|i|we|you|they|he|she|then)\\b)|last (?:week|month|time)|yesterday)\\b',
        "\\b(?:nobody|no one|noone|no-one|you never|you guys never|they never|still (?:haven't|have not|hasn't|not)|never)\\s+(?:got|get|gets|getting|called|rang|emailed|wrote|came)\\s+back\\b",
        "\\b(?:never|still (?:haven't|have not|hasn't|not)|haven't|have not|hasn't)\\s+(?:\\w+\\s+)?(?:heard back|had a (?:reply|response|call ?back)|received a (?:reply|response|call ?back|callback|follow[- ]?up))\\b",
        '\\b(?:promised|supposed)\\s+(?:me\\s+)?(?:a\\s+)?(?:to\\s+)?(?:call ?back|callback|get back|call me back|follow[- ]?up|reply|email me)\\b',
        '\\b(?:keep|kept|have|having)\\s+(?:to\\s+)?(?:repeat(?:ing)?|re-?explain(?:ing)?|explain(?:ing)? (?:this|it|myself)(?: again| over)?|start(?:ing)? (?:over|again|from scratch)|tell(?:ing)? (?:you|everyone|each person) (?:the same|again))\\b',
        '\\b(?:same (?:answer|response|reply|thing|story|script|excuse)s?)\\s+(?:again|every time|as (?:last time|before|yesterday))\\b',
        "\\b(?:again|once again|yet again)\\s*[,!.]?\\s*(?:i'm|i am|i have|i've|we|this is)\\s+(?:contacting|calling|writing|messaging|asking|chatting|reaching)\\b",
        '\\b(?:already|previously)\\s+(?:opened|raised|submitted|logged|filed)\\s+(?:a\\s+)?(?:ticket|case|complaint|request)\\b',
        '\\b(?:another|a new|yet another)\\s+(?:ticket|case|chat|call)\\s+(?:about|for|regarding)\\s+(?:the same|this)\\b',
        '\\b(?:i was|we were) told (?:on the phone|over the phone|by (?:phone|email|e-mail|your \\w+|someone|an agent|one of your \\w+)|in (?:a|the|my) (?:call|chat|email|e-mail))\\b|\\b(?:every|each) time (?:i|we) (?:contact|call|ring|write to|email|message|chat with) (?:you|your \\w+|support)\\b',
        '\\b(?:last time|the last time) (?:someone|somebody|they|you|your \\w+|the \\w+) (?:told|promised) (?:me|us)\\b',
        '\\b(?:two|three|four|five|several|multiple|\\d+) (?:chats|calls|phone calls|emails|e-mails) (?:and|to|for|about|in|later|before|now)\\b',
        "\\b(?:i'm|i am) (?:writing|calling|contacting you|messaging|chatting) (?:again|back|once more)\\b|\\bthe (?:man|woman|lady|guy|person|agent|gentleman|girl|chap|rep) (?:i|we) (?:spoke|talked|chatted) (?:to|with)\\b",
        // "I telephoned last Tuesday", "I wrote in on Monday": an earlier contact, dated.
        "\\bi(?:'ve| have)?\\s+(?:already\\s+|also\\s+)?(?:telephoned|phoned|rang|called|wrote in|written in|emailed|e-mailed|messaged|chatted)\\s+(?:(?:you|in|your \\w+|support|customer service)\\s+)?(?:about (?:this|it|the \\w+)\\s+)?(?:last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|time|night)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the day before|(?:\\d+|two|three|a few|several) (?:days|weeks) ago|earlier (?:today|this week))\\b",
        '\\b(?:on|in|during|like|as)\\s+(?:it was\\s+)?(?:on\\s+)?(?:the|my)\\s+(?:last|previous)\\s+(?:two|three|four|few|\\d+|couple of)\\s+(?:calls|chats|times|emails|e-mails|messages|conversations)\\b',
        '\\b(?:i|we) (?:reported|raised|mentioned|flagged|logged) (?:it|this|that) (?:then|before|last time|already)(?: as well| too)?\\b|\\b(?:both|all|the) (?:previous|other|last) (?:two |three )?(?:agents?|advisors?|advisers?|reps?|representatives|people i spoke to|colleagues)\\b',
        "\\b(?:last time|the last time|previously) (?:i|we) (?:was|were) (?:told|promised)\\b|\\bi(?:'ve| have)? (?:also |already )?(?:phoned|called|rang|rung|wrote in|emailed|chatted|messaged|dm'?d|dmed|tweeted)(?: \\w+){0,8}? and (?:was|got) told\\b|\\b(?:this|that|it) (?:was|has been) (?:also |already )?(?:explained|mentioned|reported|raised) (?:to (?:you|your \\w+) )?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|time|month)|yesterday|before)\\b|\\bi(?:'ve| have) (?:phoned|called|rung|emailed|written|messaged|chatted)(?! (?:him|her)\\b)(?! (?:to |with )?the (?:seller|vendor|buyer|host|landlord|driver|courier|shop|store|restaurant|hotel|airline|merchant|school|council|builder|garage|insurer|manufacturer|other (?:company|firm|shop|driver|party))\\b)(?: \\w+){0,3}? (?:twice|three times|four times|five times|\\d+ times|several times|multiple times|many times)\\b|\\b(?:opened|raised|logged|submitted) a (?:ticket|case|complaint)\\b[^.!?]{0,60}\\b(?:nobody|no one|noone) (?:answer|answered|replied|responded|got back)",
        // "i rang on the 2nd and again last thursday", "both times was told", "the third different answer I've had",
        // "that's exactly what I was told on Monday", "we took it into the branch last Thursday".
        "\\bi (?:rang|called|phoned|emailed|wrote|messaged|chatted)\\b[^.!?]{0,40}\\band again\\b|\\bboth times (?:i |we )?(?:was|were|got) told\\b|\\b(?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) (?:different )?(?:answer|story|response|version|person|agent)s? (?:i've|i have|we've|i got|i've had|i have had|in)\\b",
        "\\b(?:that's|that is) (?:exactly )?what (?:i|we) (?:was|were) told (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last \\w+|before)\\b|\\b(?<!\\bwhen (?:i|we) (?:went|popped|came) )(?:into|in to|to) (?:the|your|a) (?:[\\w-]+ ){0,3}branch (?:last|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a (?:week|few days) ago|\\d+ days ago)\\b",
        '\\b(?:on the phone|over the phone|by phone|on (?:the )?chat|in (?:the )?chat) with (?:one of your (?:colleagues|team|staff|agents|advisers|advisors)|your (?:colleague|agent|rep|adviser|advisor)|someone (?:from|at) (?:your|the) \\w+)\\b|\\bi did (?:tell|inform|email|call|contact) (?:you|them|your \\w+),? (?:in|on|last|back in) (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\\b',
        "\\bbeen on hold (?:with (?:you|u|your \\w+)(?: lot)? )?(?:twice|three times|\\d+ times|already)\\b|\\bi(?:'ve| have)? already (?:called|rang|phoned|emailed|messaged|contacted|written|wrote|dm'?d|reported|chatted)\\b",
        '\\bas i (?:explained|said|mentioned|wrote|told you|set out) (?:on|in|last) (?:the )?(?:\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month)|\\bthe same (?:thing|answer|reply|story) (?:i|we) (?:was|were) told (?:in|on|last) \\w+',
        '\\b(?:attached|sent|uploaded|emailed|submitted) (?:it|one|them|this|the \\w+) (?:on|at) the \\d+(?:st|nd|rd|th),? (?:the \\d+(?:st|nd|rd|th),? )*(?:and|&) (?:on )?the \\d+(?:st|nd|rd|th)\\b|\\bi (?:emailed|sent|messaged|uploaded) (?:\\w+ ){0,2}at \\d{1,2}[:.]\\d{2}\\b',
        '\\bi (?:disputed|queried|challenged|contested) (?:this|it|that|the (?:\\w+ )?charge) (?:with you|with your \\w+|in|on|last|back in)\\b',
        '\\b(?:yesterday|last (?:week|night|monday|tuesday|wednesday|thursday|friday)) i (?:call|called|phone|phoned|write|wrote|email|emailed|chat|chatted|contact|contacted|message|messaged)\\b|\\bi (?:wrote|write|called|emailed|messaged|phoned) (?:you )?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d+(?:st|nd|rd|th))|about (?:this|it) on the \\d+(?:st|nd|rd|th))\\b',
        '\\byou told me (?:that|this|the same)(?: exact)? thing\\b[^.!?]{0,30}\\b(?:ago|yesterday|last \\w+|before|on the phone)\\b',
        '\\bi (?:re-?booked|re-?scheduled)\\b(?! my (?:day|work|plans|schedule|life|diary))|\\bsame (?:promise|answer|excuse|story) (?:was |is )?(?:given|made|told)\\b|\\b(?:already|previously) reported (?:it|this|that|the first one|the (?:\\w+ )?problem) (?:last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
        // The same reply as on an earlier, dated contact; "the last two times"; what "the person" said last time; a named call.
        '\\bthe same (?:answer|reply|response|message|email|text) (?:i|we) (?:got|received|was given|had|was sent)\\s+(?:\\w+\\s+){0,2}?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last (?:week|time|month|night)|before|earlier|twice|(?:two|three|\\d+) times|the last (?:time|two|three|few|\\d+))\\b',
        '\\b(?:got|received|was told|were told|heard|asked|called|contacted|wrote|chatted|messaged|emailed|gave|gave you|provided|sent|told you)\\s+(?:\\w+\\s+){0,3}?the last (?:two|three|four|five|few|couple of|\\d+) times\\b',
        '\\blast time,? (?:the|your|a|that) (?:person|agent|rep|guy|lady|woman|man|advisor|adviser|operator|colleague|team|engineer)\\b(?:\\s+\\w+){0,5}?\\s+(?:said|told|promised|assured|claimed)\\b',
        '\\bi (?:spoke|talked|chatted) (?:to|with) (?:someone|somebody|one of your \\w+|your \\w+|a colleague of yours|(?!(?:my|our|the|a|an|his|her|their)\\b)\\w+ (?:on|over) the phone)\\s+(?:\\w+\\s+){0,4}?(?:last (?:week|month|time|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
        "\\b(?:not|won't be|refuse to be|can't face)\\s+(?:doing|having|going through|starting|making|sitting through|booking)\\s+(?:a|another)\\s+(?:third|fourth|fifth|sixth|\\d+(?:rd|th))\\s+(?:chat|call|phone call|email|conversation|complaint|ticket)\\b",
        '\\b(?:ticket|case|reference|ref)\\s*(?:number|no\\.?|#)?\\s*(?:from|since)\\s+(?:last|yesterday|\\d+ (?:days|weeks) ago)\\b',
        // "ive rung the recovery number twice".
        "\\b(?:i've|ive|i have|we've|we have) (?:rung|called|phoned|emailed|messaged|contacted|chased) (?:you|your|the (?:helpline|support (?:line|team|number)|customer service|recovery (?:number|line)|hotline|office|desk|number|call cent(?:re|er)|branch|store))\\b[^.!?]{0,30}?\\b(?:twice|three times|four times|\\d+ times|several times|multiple times|a few times)\\b",
        // "you said that last time".
        '\\byou (?:said|told me|promised) (?:that|this|the same(?: thing)?) last time\\b',
        // "your desk sent me here": passed on from an earlier contact.
        '\\b(?:they|he|she|someone|somebody|(?:your|the) (?:\\w+ )?(?:team|desk|colleague|office|branch|store|line|agent|staff)) (?:sent|directed|pointed|referred|transferred|put) me (?:here|through to (?:you|this chat)|to (?:this|live) chat|to you)\\b',
        // "I explained all this to Daniel on monday".
        '\\bi (?:explained|told|went through|gave) (?:all )?(?:this|it|that|everything|the details) (?:to|with) (?!(?:my|our|the|a|an|his|her|their)\\b)\\w+ (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last (?:week|night|time))\\b',
        // "thats exactly what they said on monday", "thats what the email i got in april said too".
        "\\b(?:that's|thats|that is) (?:exactly |just |word for word )?what (?:they|you|he|she|your \\w+|the (?:email|letter|text|message)(?: i got)?|[A-Z][a-z]+(?<=\\bword for word what [A-Za-z]+))\\b[^.!?]{0,25}?\\b(?:said|told me|promised)(?: (?:on \\w+|yesterday|last \\w+|in \\w+|before|too|as well))\\b",
        // "nobody is answering tickets", "nobody has answered me about them in 2 weeks", "nobody ever replied to it".
        "\\b(?:nobody|no one|no-one)(?:'s|s| is| has| have| ever| has ever)? (?:answering|replying to|responding to|answered|replied to|responded to|got back to) (?:me|us|it|them|my (?:tickets|emails?|messages?|letter|complaint)|(?:our |the )?tickets)\\b",
        // "You've had it every time ive called".
        "\\bevery time (?:i've|ive|i have|i) (?:called|rung|phoned|emailed|messaged|chatted|contacted you|been on (?:the phone|chat))\\b",
        // "I was promised on the phone they'd be brought on Saturday".
        '\\bi was (?:promised|told|assured) (?:on the phone|by phone|over the phone|by email|in (?:the|a|my) (?:chat|call|email))\\b',
        // "I went through all of it with Priya on tuesday".
        '\\bi (?:explained|told|went through|gave) all of (?:this|it|that) (?:to|with) (?!(?:my|our|the|a|an|his|her|their)\\b)\\w+ (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last (?:week|night|time))\\b',
        // "Spoke to someone called Priya on Monday".
        '\\bspoke (?:to|with) (?:someone|somebody|a (?:guy|lady|woman|man)) (?:called|named) \\w+ (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last (?:week|night))\\b',
        // "nobody ever rings back".
        '\\b(?:nobody|no one|no-one) (?:ever )?(?:rings|calls|phones|emails|writes|gets) (?:me |us )?back\\b',
        // "which you would know if anyone had read the email".
        '\\bif (?:anyone|anybody|someone|you) had (?:actually )?(?:read|opened|looked at|checked) (?:the|my|our) (?:email|message|letter|attachment|notes|photos)\\b',
        // "I raised this Monday by phone".
        '\\b(?:i|we) raised (?:this|it) (?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
        // "i told the last girl on here the same thing".
        '\\bi told the (?:last|other|previous) (?:girl|guy|lady|man|person|agent|woman|bloke|one|chap)\\b',
        // "I already went through all this with someone on the phone last Tuesday".
        '\\bi (?:already |also )?(?:explained|told|went through|gave) (?:all )?(?:of )?(?:this|it|that|everything) (?:to|with) (?:someone|somebody|\\w+) (?:on the phone |by phone |in (?:the )?(?:store|branch|shop) )(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last (?:week|night|time|mon|tues|wednes|thurs|fri|satur|sun)\\w*)\\b',
        // "that's what the last three of you did".
        '\\bthe last (?:two|three|four|five|few|couple of|\\d+) of you\\b',
        // "FOURTH time ive had to contact you".
        "\\b(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) time (?:i've|ive|i have|i) (?:had to )?(?:contact(?:ed)?|call(?:ed)?|email(?:ed)?|message(?:d)?|chase(?:d)?|ring|rung|rang|write|written|chat(?:ted)?)\\b",
        // "every time someone 'looks' nothing happens", "Every time I ring the shop they say next week".
        '\\bevery time (?:someone|somebody|you|they|your \\w+) [\'\\"]?(?:looks?|checks?|chases?|escalates?)[\'\\"]?\\b[^.!?]{0,20}\\bnothing (?:happens|changes|gets done)\\b|\\bevery time (?:i|we) (?:ring|call|phone|email|message|chase|ask)\\b',
        // "i spoke to someone on the phone about it in july as well".
        '\\bi (?:also )?spoke to (?:someone|somebody|a \\w+) (?:on the phone |in (?:the )?(?:branch|store|shop) )?about (?:it|this|that) (?:in \\w+|on \\w+day|last \\w+|yesterday)\\b',
        // "'maybe another few weeks' is exactly what I was told in July".
        '\\bexactly what (?:i was|we were) (?:told|promised) (?:in|on|last) \\w+,? and again\\b',
        // "a fraud claim I reported last Tuesday".
        '\\b(?:i|we) (?:reported|raised|logged|submitted) (?:it |this |them )?(?:on |last )(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\bfollow(?:ing)? up on (?:a|the|my) [\\w -]{0,25}?(?:claim|complaint|case|ticket|request|query|report) (?:i|we) (?:reported|made|raised|opened|sent|logged|submitted|filed)\\b',
        // "I gave this number on Sunday as well", "ive given it 3 times this week".
        "\\bi (?:gave|sent|provided|quoted) (?:this|that|the|my) (?:[\\w-]+ )?(?:number|reference|details|photos?|info(?:rmation)?) (?:on \\w+day|yesterday|last \\w+)(?: as well| too)?\\b|\\b(?:i've|ive|i have) given (?:it|this|that|them|you (?:it|this)) (?:\\d+|two|three|four|several) times\\b",
        // "why didnt the person on monday offer that" ("the last two people took a look" is not one: 3 of 4 judged lines).
        '\\bthe (?:person|guy|lady|agent|man|woman) (?:on|i spoke to on) (?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
      ],
      // "I rang your office in the summer about my address, and that was all sorted very quickly": an
      // earlier contact that went well, not this problem coming back ("…it was fixed, but it's back").
      exceptAfter: [
        // "That's the second time I've asked for a manager": asked again in this chat, counted as a repeated request.
        "^\\s+(?:(?:that )?(?:i've|i have|i'm|i am|i)\\s+)?ask(?:ed|ing)? (?:for|to speak to|to talk to) (?:a |the |your )?(?:manager|supervisor|team leader|someone senior)\\b",
        "\\s+(?:this (?:week|month|year)\\s+)?(?:(?:(?:it|this|that|(?:an? |my )[\\w-]+)(?:'s| has| had)|something like this (?:has|had)|the [\\w-]+(?: [\\w-]+)? (?:thing )?(?:has|had)|the [\\w-]+'s) (?:happened|been (?:blocked|frozen|declined|suspended|cancell?ed|late|wrong|missing|lost|delayed|moved|changed|rescheduled|postponed|bumped|skipped|double-booked))|you(?:'ve| have) (?:got|gotten|sent|made|messed up) (?:an? |the |my )?\\w+ wrong)\\b",
        '[^.!?]{0,100}?\\b(?:and|which) (?:that |it |this )?(?:was|got|has been|were) (?:all |very |really )?(?:quickly |promptly |soon )?(?:sorted|fixed|resolved|dealt with|handled)\\b(?![^.!?]*\\b(?:but|again|back|still)\\b)',
      ],
    },
    ...AGENT_RULES_EN,
  ],
};
