import type { LexiconInput } from './schema';

/**
 * English lexicon for the detector. Data only: patterns are regular-expression sources, matched
 * case-insensitively on a copy of the message with curly quotes straightened (same length, so
 * evidence stays an exact substring). Common typos are listed as alternatives in the macros.
 *
 * Inflections are written out here (sue|sues|suing|sued) rather than generated with compromise:
 * `compromise/one` has no conjugation, and the heavier builds cost 1–2 ms per load and ~100 KB
 * for a list a person writes once. So the detector does not load compromise at all.
 */
/** Everything of the English lexicon but its rules: macros, negation, scope words, emoji. */
export const EN_BASE: Omit<LexiconInput, 'rules'> = {
  language: 'en',
  macros: {
    // "we'll murder them on saturday" in a message about a match: beating the other side, not a threat.
    SPORT_BEATING:
      "(?=[\\s\\S]*\\b(?:away (?:allocation|end|game|fans|tickets)|home game|match|fixture|derby|kick-?off|league|the cup|tournament|final|season ticket)\\b)[\\s\\S]*\\b(?:murder|kill|destroy|slaughter|batter|thrash)(?:ed|ing)? (?:them|'em|em)\\b",
    // The customer saying a failure is not a problem: "still nothing. no rush btw", "same error, but I'll live 😄", "Happy to keep trying"
    // ("no rush, it's only been three weeks" is sarcasm).
    CALM_SAID:
      "\\b(?:no rush(?!,? (?:it's|its|it is) only| then| or anything)|no worries|no hurry|not urgent|no dramas?|no big deal|not a big deal|happy to (?:keep trying|wait|try again|keep going)|i'll live|i'll wait for (?:the|a) fix|i can wait|(?:i'm|i am|im) not (?:angry|annoyed|upset|cross|mad)(?:,? (?:by the way|btw|honestly|at all))?,? just (?:confused|curious|wondering|asking)|(?:it's|it is) (?:probably |just |likely )?me (?:misreading|misunderstanding|being (?:silly|dense|thick|daft)|missing something))\\b|😄|😊|🙂",
    // "...sorry. that wasn't fair": the customer taking their words back.
    TAKES_WORDS_BACK: "\\b(?:sorry|apologies)[.,!…]*\\s+(?:that|this|it) (?:wasn't|was not) (?:fair|called for|ok|okay|right|on)\\b",
    // A laugh: "lol", "haha", "😂".
    LAUGH: '(?:😂|🤣|😅|😆|😄|\\blol\\b|\\blmao\\b|\\bhaha\\w*)',
    // People above or beside the agent. Typos: manger, supervisior, superviser.
    MGR: '(?:manager|manger|managr|supervisor|supervisior|superviser|supervsior|boss|team ?lead(?:er)?|higher[- ]?ups?|someone (?:higher|senior|in charge|more senior|above you|else)|somebody (?:higher|senior|in charge|more senior|else)|anyone (?:higher|senior|in charge|more senior|else)|(?:a |an )?(?:real|actual|live) (?:person|human|agent|rep|representative)|(?:a |an )?human(?: being| agent)?|(?:a |an |another |different )?(?:rep|representative|agent|operator|person)|senior (?:staff|agent|rep|member)|customer (?:service|care|support)|head of \\w+)',
    // What a violent-sounding verb may hit without being violence: devices, software, plans ("kill the app").
    // "the fire killed him", "the storm destroyed": an event did it, no one threatened anyone.
    // Before a killing word, what would do the killing is a thing: pest control, a hazard, a product's label.
    THING_THAT_KILLS:
      '(?:\\b(?:bait|poison|spray|traps?|treatment|pesticide|insecticide|rat poison|the product)\\s+(?:will |would |should |to |can |does )?$)|(?:\\b(?:this|it|that|the (?:gas|leak|smoke|fumes|wiring|wire|fire|heat|cold|damp|mould|boiler|pipe|heater|fault))\\s+(?:could|might|will|would|can|is going to)\\s+(?:easily |actually |literally )?$)|(?:\\b(?:weedkiller|weed killer|herbicide|fungicide|bleach|disinfectant|slug pellets)\\b[^.!?]{0,40}$)',
    EVENT_DID_IT:
      '\\b(?:could|might|would)(?: have|\\x27ve)\\s+$|\\b(?:nearly|almost)\\s+$|\\b(?:fire|smoke|flood|floods|storm|heat|cold|frost|accident|crash|illness|disease|cancer|virus|infection|stroke|heart attack|tumou?r)\\s+(?:\\w+\\s+)?$',
    // "kill two birds with one stone".
    // "kill two birds with one stone", "I could murder a coffee", "murder on my back".
    KILL_IDIOM_AFTER:
      '\\s+(?:by )?(?:the )?(?:fraud (?:system|team|check|filter|department)|system|app|update|algorithm|filter|security (?:system|check|team))\\b|\\s+(?:(?:a|the|two|three|another|half a) )?(?:bottle|bottles|pint|pints|glass|pizza|cake|box|tub|plate)\\b|\\s+(?:on )?(?:the )?(?:cocktails|drinks|wine|beer|shots|prosecco|gin|vodka|tequila|cider|pints|espresso martinis)\\b|\\s+(?:two )?birds with one stone\\b|\\s+(?:the|that|this|my) (?:quiz|exam|test|interview|race|final|presentation|speech|karaoke|set|solo)\\b|\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?(?:coffee|tea|cuppa|brew|drink|pint|beer|burger|pizza|curry|kebab|sandwich|bacon|steak|meal|roast|dinner|lunch|takeaway|chippy|fry-up|fag|cigarette|wine|glass of \\w+)\\b|\\s+on (?:my|your|his|her|the|our) (?:back|feet|knees|hips|neck|joints|skin|eyes|ears|hands)\\b|\\s+(?:coffee|tea|cuppa|brew|drink|pint|beer|burger|pizza|curry|kebab|sandwich|bacon|steak|meal|fag|cigarette|wine)\\b',
    NOT_PERSON:
      '\\s*(?:the |this |that |my |a |your |our )?(?:(?!to\\b)[\\w-]+\\s+)?(?:process(?:es)?|listings?|island|islands|walls?|extension|layout|design|options?|upgrades?|clusters?|nodes?|databases?|db|indexes|index|tables?|replicas?|branch(?:es)?|environments?|stacks?|tunnels?|shards?|cron|apps?|tasks?|tabs?|switch|feature|program|browser|session|bug|battery|time|deal|price|queue|order|subscription|mood|vibe|lights?|music|cd|dvd|disc|rush|traffic|heat|odds|record|game|level|boss|calories|sync|script|command|job|server|phone|laptop|screen|cache|cookies|data|files?|links?|emails?|requests?|tickets?|account|card|password|connection|signal|wifi|router|engine|motor|fan|notifications?|ads?|access|permissions?|sessions?|logins?|spam|weeds?|bugs?|germs?|bacteria|virus|nests?|wasps?|ants|rats?|mice|mouse|quiz|exams?|tests?|interview|presentation|speech|karaoke|plants?|flowers?|seedlings?|trees?|lawn|grass|roses|orchids?|cactus|succulents?|pain|aches?|headaches?|itch|smells?|odou?rs?|spiders?|birds?|squirrels?|pests?|fleas|cockroach(?:es)?|bed ?bugs|moths?|slugs|flies|mould|moss|malware|competition|competitors?|launch|plans?|sales|business|project|momentum|weekend|holiday|excitement|joke|conversation|thread|idea|buzz|fun|deadline|budget|power|electricity|breaker|mains|supply|heating|tap|alarm|lamp|tv|stream|video|call|noise|sound|volume|camera|upload|download|printer|pc|computer|machine|device|vpn|extension|plugin|pipeline|build|deploy(?:ment)?|container|pods?|instances?|vm|service|daemon|worker|hotspot|bluetooth|modem|hub|console|tablet|exports?|imports?|backups?|restores?|transfers?|installs?|installers?|updates?|downloads?|queries|query|workers?|jobs?|runs?|threads|posts?|channels?|bots?|blues|reds|greens|colou?rs?|glare)\\b',
    MGR_STRICT: '(?:manager|manger|managr|supervisor|supervisior|superviser|supervsior|boss|team ?lead(?:er)?|higher[- ]?ups?)',
    TALK: '(?:speak|talk|chat|converse|communicate|get in touch|get through)',
    // Talking verbs with their -ing forms and common typos, for "talk to a person" requests.
    TALK_ANY:
      '(?:talkk|taok|speak|speaks|speaking|speakign|spaek|spek|talk|talks|talking|talkiing|takl|tlak|chat|chats|chatting|chating|converse|conversing|communicate|communicating|contact|contacting|conact|contat|reach|reaching|get in touch|get through|getting through|be put through|be connected)',
    // A person who is not the bot: people, staff roles, and their common typos.
    PERSON:
      '(?:(?:live |real |actual |human |a human |another |different |other |proper |competent )?(?:person|people|human(?: being)?s?|agents?|operators?|representatives?|reps?|as{1,2}is{1,2}t?g?ants?|assistent|advisors?|advisers?|specialists?|staff(?: member)?|employees?|consultants?|team members?)|someone|somebody|somone|somenoe|somneone|somrbody|sombody|someoen|somebdy|anyone|anybody|{MGR_STRICT}|someone (?:else|higher|senior|in charge|real|from (?:customer (?:care|service|support)|support|your team|the team)))',
    DET: "(?:a|an|the|your|ur|my|some|someone's|another|one of your|that|this|to a)",
    // Product words: the role or a screen, not a person.
    PRODUCT_AFTER:
      '(?:role|roles|permission|permissions|access|account|dashboard|view|plan|app|seat|seats|license|licence|panel|settings|level|tab|page|portal|mode|tier|feature|tool|module|console|report|approval|field|user|login|rights)\\b',
    AGENT_SELF: "(?:i|i'm|im|i am|i've|i have|i'll|i will|we|we're|we've|we'll)",
    // Insults: abuse when aimed at someone ("you idiot", "your staff are clowns").
    ABUSE_NOUN:
      '(?:parasites?|leeches|vultures|bloodsuckers|butchers|idiots?|morons?|imbeciles?|cretins?|dumb ?ass(?:es)?|jackass(?:es)?|clowns?|muppets?|losers?|scum(?:bags?)?|pigs?|thieves|crooks?|liars?|fools?|jerks?|donkeys?|amateurs|animals|trash|garbage|joke|dipshits?|shitheads?|douche(?:bags?)?|{VULGAR})',
    // Vulgar words and slurs: abuse wherever they are in a customer's line.
    VULGAR:
      '(?:assholes?|a[s$]{2}holes?|arseholes?|dickheads?|bitch(?:es|ass)?|b[i!1]tch(?:es)?|bastards?|pricks?|twats?|wankers?|fuckers?|motherfuckers?|mofos?|retards?|retarded|cunts?|hoes?|whores?|sluts?|skanks?|faggots?|fags?|dykes?|trannys?|niggers?|niggas?|nigg?az|spics?|chinks?|kikes?|wetbacks?|beaners?|gooks?|towelheads?|ragheads?|pussy|pussies|cocksuckers?|sons? of a? ?bitch(?:es)?|piece of (?:shit|crap|garbage|trash))',
    ABUSE_ADJ:
      '(?:thick|dim|daft|dense|brain[- ]?dead|braindead|stupid|dumb|useless|incompetent|incompetant|worthless|pathetic|brainless|clueless|ignorant|retarded|fucking|fkn|effing|lazy|disgusting|idiots?|morons?|liars|thieves|crooks|clowns|a joke|a bunch of \\w+|ridiculous|rude|a disgrace)',
    PROFANITY:
      "(?:fuck(?:ing|ed|er|s|in'?)?|motherfuck\\w*|f\\*+k(?:ing)?|f\\*{3}(?:ing)?|fck(?:ing)?|fuk(?:ing)?|fkn|wtf|stfu|gtfo|shit(?:ty|s|ting|ted)?|sh\\*t|bullshit|goddamn(?:ed|it)?|pissed off|bitch(?:es|ing|y)?|ass(?:es)?|arse|cock|screw (?:you|this|u|off))",
    NUM: '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|many|multiple|a few|few|a couple(?: of)?|couple of)',
    PERIOD: '(?:days?|weeks?|hours?|hrs?|months?|business days|working days)',
    // How often: "twice", "three times", "over and over".
    TIMES:
      '(?:twice|three times|four times|five times|multiple times|several times|many times|countless times|so many times|numerous times|\\d+ times|a dozen times|repeatedly|over and over(?: again)?|again and again|time and again|time after time)',
    // "I swapped the 7 and 9": a slip of the customer's own, said as such.
    OWN_SLIP:
      '\\boh wait\\b[^.!?]{0,40}\\b(?:it was|found it|got it|there it is|my bad)\\b|\\bi (?:swapped|mixed up|transposed|muddled up|muddled) (?:the )?[\\w.-]+ (?:and|&|with) (?:the )?[\\w.-]+',
    ORDINAL:
      '(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|tenth|10th|nth|umpteenth|hundredth|millionth|\\d+(?:st|nd|rd|th))',
    CONTACT:
      '(?:contact(?:ed|ing)?|call(?:ed|ing)?|writ(?:e|ing|ten)|message[ds]?|messaging|email(?:ed|ing)?|e-mail(?:ed|ing)?|reach(?:ed|ing)? out|chat(?:ted|ting)?|ask(?:ed|ing)?|explain(?:ed|ing)?|reporting|reported|complain(?:ed|ing)?|tweet(?:ed|ing)?|dm(?:ed|ing)?|tr(?:y|ied|ying) to (?:reach|contact|call|get))',
  },
  negators:
    "\\b(?:not|never|no|nor|don't|dont|do not|doesn't|doesnt|does not|didn't|didnt|did not|won't|wont|will not|wouldn't|wouldnt|isn't|isnt|aren't|arent|wasn't|wasnt|weren't|ain't|cannot|can't|cant|shouldn't|hardly|without|no need|no reason|nobody|no one|neither)\\b",
  negationExceptions:
    "\\bnot (?:\\w+ )?\\w+,?\\s+(?:just|only|simply|rather)\\s+\\S+$|\\bnot saying (?:i|we) (?:won't|will not|wouldn't|would not) (?:go|take|report|complain|contact|write|call|ring|get|involve|speak)\\b|\\b(?:(?:comes?|came|coming) back (?:as )?(?:a )?no|(?:says?|said|answer is|answer was) no|never (?:been|felt|seen|experienced|had)(?: \\w+)? (?:more|so|such|this|worse)|(?:couldn't|could not) (?:be|have been) (?:more|any more)|why (?:are|am|is|aren't) (?:we|i|you|they) not allowed to|why (?:can't|cant|cannot|won't|wont|don't|dont|didn't|isn't|aren't)|(?:can't|cant|cannot|won't|wont|don't|dont|didn't) (?:i|you|we)\\b|not (?:only|just|even|anymore|any more)|no (?:way|longer|more)|never (?:again|ever)|(?:don't|dont|do not|won't|wont|can't|cant) (?:make|force|let) me|if (?:it's|that's|you're|they're|he's|she's) not|if (?:you|this|it|i|the|my|she|he|they|we|someone|somebody)(?: \\w+)? (?:don't|dont|do not|can't|cant|cannot|can not|won't|wont|doesn't|isn't|is not|aren't|wasn't|weren't|couldn't)|if (?:nobody|no ?one|no-one) \\w+|unless|not (?:sorted|fixed|resolved|refunded|delivered|here|received|working|answered|solved)|haven't heard|still no|(?:don't|dont|do not|didn't|did not) (?:know|understand|get|see|like)\\b|(?:can't|cant|cannot|can not|couldn't) (?:understand|figure|find|tell|believe|stand)|(?:can't|cant|cannot|can not|unable to|couldn't|not able to) (?:\\w+ )?(?:talk|speak|chat|contact|reach|get through|get hold)|not (?:helpful|helping|working|understanding)|(?:aren't|isn't|are not|is not) (?:helpful|helping|working)|no (?:response|reply|answer|refund|help|one (?:is|has|will|can|ever|got|called|answered|responded))|if no \\w+|or (?:i|else))",
  hypothetical:
    '\\b(?:(?<!\\b(?:grateful|appreciate it|appreciated|great|nice|helpful|happy|glad|thankful|kind|lovely) )if|whether|in case|supposing|suppose|hypothetically|what if|even if|as if|imagine|i wonder)\\b|\\b(?:was|were) (?:about to|this close to|so close to|nearly going to|half tempted to)\\b|\\bmy (?:first )?(?:thought|instinct|reaction) was\\b|\\bi (?:was|were) (?:half |so |very |sorely )?tempted to\\b|\\bi (?:thought about|considered)\\b',
  ultimatum:
    "\\b(?:not|never|don't|dont|do not|doesn't|didn't|won't|wont|can't|cant|cannot|isn't|isnt|aren't|arent|haven't|havent|hasn't|hasnt|doesnt|didnt|no|nothing|again|still|keep|continue|refuse|fail|fails|ignore|falls? through|fell through|goes wrong|comes out wrong|that's how (?:it|this|you) works?|arrives wrong|happens again|one more (?:time|\\w+)|try to|tries to|repossess\\w*|slips|(?:gets|is|was) (?:knocked back|rejected|refused|denied|turned down|declined)|reject|rejects|refuse|refuses|deny|denies|decline|declines|come after me|chase me|pursue me|charge me|bill me|says? no|comes back (?:as )?(?:a )?no|that's (?:the|your) (?:answer|position|policy)|have to|has to|end up paying|forced to|nobody|no one|no-one|noone|isnt|arent|doesnt|didnt|havent|hasnt|wasnt|werent|wont|cant)\\b|\\bn't\\b",
  thirdParty:
    "\\b(?:(?:my|his|her|their|our|a|some) (?:(?:little|big|older|younger|elder|baby|twin|best|old|ex)\\s+)?(?:friend|friends|mate|mates|pal|callers|customers|clients|husband|wife|partner|mom|mum|mother|dad|father|brother|sister|son|daughter|colleague|coworker|co-worker|neighbou?r|roommate|flatmate|cousin|uncle|aunt|family|kids?|boss|customer|client|girlfriend|boyfriend)|(?:the|our) (?:previous |former |old )?(?:owners?|tenants?|neighbou?rs?|landlord|builders?|plumber|electrician)|he|she|they|(?<!\\b(?:is there|are there|there's|there is|need|want|get me|find me)\\s)(?:someone|somebody)|people|everyone(?! (?:at|in) (?:my|our|the) (?:[\\w-]+ )?\\w+(?: i'm in| we're in)? (?:is going to|will) (?:hear|know)\\b)|everybody|others|another customer|other customers|a guy|this guy|some guy)(?:\\s+[a-z']+){0,3}?(?:\\s+(?:said|says|say|told|tells|suggested|suggests|thinks|think|thought|threatened|threatens|threatening|wanted|wants|was going|were going|is going|are going|would|will|could|might|may|keeps saying|asked|mentioned|reckons|recommended)\\b|'d\\b|'ll\\b)|\\b(?:he|she)'s\\s+(?:going to|gonna|threatening|planning)\\b|\\bthey're\\s+(?:going to|gonna|threatening|planning)\\b",
  // A troubleshooting step for the customer: an imperative at the start of a sentence or after
  // "please" / "can you", a question about what they now see, or the result to expect from the
  // agent's own action ("it should click open within 20 seconds"). "Let me check" is not one.
  instructsCustomer:
    '(?:^|[.!?:]\\s+|\\bplease,?\\s+|\\b(?:can|could|would) you (?:please |just |quickly )?|\\byou (?:can|could|might|may) (?:also |now )?|\\b(?:then|and|first|next|now)\\s+)(?:try|retry|restart|reboot|unplug|plug|scan|rescan|re-scan|insert|re-?enter|type|select|pull down|swipe|scroll|clear|reinstall|re-?install|check|turn|switch|log (?:out|in|back)|sign (?:out|in)|refresh|reset|press|click|tap|open|close|update|re-?pair|disconnect|reconnect|re-?upload|upload|resend|attach|confirm|test|run|enable|disable|toggle|tilt|hold down|hold (?:its|the|your|it)|press and hold|power cycle|make sure|go to|delete|remove|uninstall|force|kill|wait (?:a|\\d|for)|leave it)\\b|\\b(?:let me know|tell me) (?:if|what|whether|how|when)\\b|\\b(?:have|did) you (?:\\w+ )?(?:tried|try|replaced|replace|restarted|restart|checked|check|changed|change|reset|reinstalled|updated|cleared|charged|plugged|unplugged|turned)\\b[^.!?]*\\?|\\b(?:what|which) (?:do you see|does it (?:say|show)|colou?r|lights?|error|message)\\b|\\b(?:did|does|has) (?:that|it|this) (?:work|help|change|fix)|\\bis it (?:working|showing|green|on|online|connected) (?:now|again)?\\b|\\b(?:is|are) (?:the|your) (?:\\w+ )?\\w+ (?:on|off|plugged in|connected|lit|green|red|attached|in place|seated|tight)\\s*\\?|\\bany (?:change|luck|difference)\\b|\\b(?:it|that|this|the \\w+) should (?:now )?(?:click|open|unlock|work|come through|arrive|appear|update|reset|release|connect|go through|show)\\b',
  laughter: '{LAUGH}',
  nudge:
    '^\\s*(?:(?:hello+|hi+|hey+|helo+|yo)(?:\\s+(?:anyone|anybody|there))?|anyone(?: there)?|anybody(?: there)?|is (?:anyone|anybody) there|are you (?:still )?there|(?:you )?still there|you there)\\s*\\?+\\s*$|^\\s*\\?{2,}\\s*$',
  plainRequest:
    "^\\W*(?:refund|a refund|replacement|refund (?:please|pls|plz)|money back)\\W*$|^\\W*(?:(?:ok(?:ay)?|right|then|so|well),?\\s+)?(?:i|we)\\s+(?:just\\s+)?(?:want|need|would like|'d like|d like)\\s+(?:a|an|my|the|our|a full)\\s+(?:refund|replacement|money back|new one|exchange|credit|callback|call back|cancellation)\\s*(?:please|pls|plz|thanks|thank you|now)?\\s*[.!]*\\s*$",
  // A writer passing on someone's words on purpose ("Mr Okafor has asked me to be clear: …"): their threats are the message.
  relayedOnPurpose:
    '\\b(?:has |have |had )?(?:asked|told|instructed) me to (?:be clear|make (?:it |this )?clear|let you know|pass (?:this |it )?on|tell you|say|stress|point out)\\b',
  // The customer says how they are: "I am not angry.", "sorry if I was short with you",
  // "no, you've been very helpful". The tone model believes them.
  saysCalm:
    "\\b(?:that |it )?makes (?:total |perfect )?sense\\b(?![^.!?]*\\b(?:but|though|yet)\\b)|\\bjust (?:checking in|following up|following this up|chasing (?:this |it )?up|checking on (?:this|it|the status))\\b(?![^.!?]*\\b(?:again|still|but)\\b)|\\byou've been (?:very |so |really |super |really really )?(?:patient|helpful|kind|great|brilliant|lovely|amazing)\\b|\\b(?:i'm|i am|im) not (?:angry|frustrated|annoyed|upset|cross|mad|complaining|having a go|shouting)\\b(?![^.!?]*\\b(?:but|yet)\\b|[^.!?]*\\bjust (?!confused|curious|wondering|checking|asking)\\w)|\\bsorry (?:if|that) i (?:was|were|came across|sounded|got) (?:\\w+ ){0,2}?(?:short|rude|snappy|harsh|abrupt|grumpy|sharp|cross|blunt|stroppy|off)\\b|\\bsorry (?:that )?i (?:called|snapped at|shouted at|had a go at) you\\b|{TAKES_WORDS_BACK}|\\b(?:didn't|did not) mean to take it out on you\\b|\\bsorry (?:for|about) (?:saying|calling|being|the \\w+ (?:bit|comment|remark))\\b|^\\W*(?:(?:no|nope|nothing else|that's all|that's everything|all good),?\\s+)?(?:you've been|you have been|that was|that's been|it's been) (?:very|so|really|super|incredibly|most|extremely) helpful\\b[^?]*$|\\bhypothetical(?:ly| one| question)\\b|\\bjust curious\\b|\\basking for a friend\\b|^\\W*(?:oh |ah )?phew\\b",
  newTopic:
    '^\\W*(?:[^.!?:]{0,40}[.!?:,]\\s*)?(?:one more(?: thing| question)?|another (?:thing|question)|while i have you|also|btw|by the way|quick question|unrelated|separately|oh and|and another thing is)\\b',
  // "The storm was horrendous", "my last provider was a nightmare", "my ex is a nightmare": strong
  // words about the weather, a home disaster, another firm or someone at home, said calmly to the agent.
  aimedAtOthersBefore:
    "\\b(?:storm|weather|rain|snow|wind|winds|flood|flooding|hail|heatwave|commute|traffic|my ex|his ex|her ex|ex-husband|ex-wife|the ceiling|the damage|the leak|the mess|my landlord's dog|the neighbou?rs'? dog|my (?:last|old|previous|former) (?:\\w+ )?(?:provider|company|supplier|landlord|bank|gym|insurer|airline|carrier|network)|the previous (?:\\w+ )?(?:provider|company|supplier|owner|owners|tenant)|my neighbou?rs?|the other (?:courier|company|firm))\\b[^.!?,]{0,30}\\b(?:is|was|were|are|has been|had been|looks?|looked|seems?)\\s+(?:\\w+\\s+){0,2}$",
  ownsTheMistake:
    "\\b(?:that|this) (?:might|must|could|may) be (?:it|why|the (?:reason|problem|issue|cause))\\b(?!\\s*\\?)|\\bi (?:picked|chose|put|typed|entered|selected|clicked|used|switched) (?:my old|the wrong|the \\w+ one\\b)|{OWN_SLIP}|(?:^|[.,!?]\\s*|\\bi )(?:dropped|cracked|smashed|spilled|spilt) (?:it|my)\\b|\\bi (?:think |must have |probably )?(?:typed|entered|put|wrote|spelled|spelt) (?:my|the) \\w+ (?:wrong|wrongly|incorrectly)\\b|\\b(?:that's|that was|it's|it was) my (?:mistake|bad|fault)(?:,|\\s*[.!]+)\\s*(?:sorry|apologies|oops)\\b|\\bmy (?:own )?(?:fault|mistake|bad|error)\\b(?<!(?:\\bnot|n't|\\bis it|\\bit's|\\bthat's) my (?:own )?\\w+)(?!\\s*\\?)|\\b(?:silly|stupid|dumb|daft) me\\b|\\bi hate that i (?:did|made|forgot|missed|deleted|typed|booked|picked|chose|clicked|ordered|sent)\\b|\\b(?:i'm|i am|i feel like|i felt like) (?:such |a total |a complete |an absolute )?an? (?:idiot|numpty|muppet|fool|plonker)\\b|\\b(?:i'm|i am) (?:so |really |just )?(?:useless|hopeless|terrible|rubbish) (?:with|at)\\b|\\bi (?:must have|probably) (?:\\w+ )?(?:missed|mistyped|entered|typed|forgotten|deleted|misread)\\b|\\b(?:that|this)(?: one)?(?:'s| is| was) on me\\b|\\bsorry,? (?:that|i) was (?:out of order|out of line|rude|harsh|uncalled for|a bit much)\\b|\\bsorry (?:for|about) (?:snapping|shouting|my tone|the rant|being (?:rude|short|snappy|harsh))\\b|\\bi lost my (?:temper|cool)\\b|\\bsorry,? (?:i'm|for|about) being (?:so )?(?:panicky|emotional|upset|a pain|difficult|dramatic)\\b",
  // "I'm such an idiot, I booked the wrong date", "stupid me, I deleted it", "I'm useless with these
  // things", "I feel terrible for bothering you": the customer running themself down, not the company.
  selfInsultWord:
    '^(?:(?:such|so|a|an|total|complete|absolute|utter|bit of an?|right)\\s+)*(?:idiot|idiotic|stupid|dumb|useless|hopeless|clueless|moron|muppet|numpty|daft|thick|silly|dope|dummy|fool|eejit|pillock|plonker|twit|terrible|awful|rubbish|pathetic)\\b',
  selfInsultAfter:
    '^\\s*(?:me\\b|of me\\b|(?:with|at) (?:[\\w-]+ ){0,2}?(?:forms?|tech|technology|computers?|apps?|phones?|things|stuff|dates|numbers|names|paperwork|admin|directions|passwords|e-?mails?|anything (?:like this|techy|technical))\\b)',
  selfTargetAfter: '^\\s*(?:at|with|about|towards?) (?:myself|me|my ?self|my own)\\b',
  selfTargetBefore:
    "(?:\\b(?:i'm|im|i am|i was|i feel|i felt|i've been|i have been|call me|i'm just|feel like)(?: (?:such|so|a|an|being|the|a bit|kind of|really|feeling|like|total|complete|bit|little|of|an absolute|biggest|the biggest))*\\s*$|\\bmy own\\s+$)",
  acronyms: [
    'BBB',
    'FTC',
    'CFPB',
    'FCA',
    'FAA',
    'DOT',
    'USA',
    'UK',
    'EU',
    'ID',
    'PDF',
    'URL',
    'API',
    'SMS',
    'FAQ',
    'PIN',
    'SKU',
    'UPS',
    'USPS',
    'DHL',
    'FEDEX',
    'ASAP',
    'ETA',
    'GDPR',
    'ICO',
    'ACCC',
    'ATM',
    'CEO',
    'VIP',
    'TV',
    'PC',
    'OK',
    'OKAY',
    'LOL',
    'AM',
    'PM',
    'USD',
    'GBP',
    'EUR',
    'VPN',
    'IOS',
    'iOS',
    'CSV',
    'HTML',
    'SSO',
    'SAML',
    'IT',
    'HR',
    'NYC',
    'LA',
    'SF',
    'JFK',
    'LAX',
    'LHR',
    'ORD',
    'ATL',
    'DFW',
    'SFO',
    'BOS',
    'EWR',
    'NHS',
    'DM',
    'RT',
    'AKA',
    'FYI',
    'TBH',
    'IMO',
    'BTW',
    'DIY',
    'APR',
    'IBAN',
    'BIC',
    'VAT',
    'TSA',
    'WIFI',
    'MPH',
  ],
  angryEmoji: ['😡', '🤬', '😠', '💢', '🙄', '😤', '👎', '😒', '🖕', '😾', '🤦', '😑'],
  // "great, love that 🙃" is sarcasm; "no balloons at her party 🙃" or "my own fault 🙃" is a shrug.
  ironicEmoji: ['🙃'],
  positiveWords:
    "\\b(?:thanks|thank you|thx|ty|great|awesome|amazing|love|loved|perfect|appreciate|appreciated|wonderful|excellent|fantastic|brilliant|happy|glad|yay|congrats|congratulations|best|cool|nice|good|welcome|lol|haha|wow|yes|excited|cheers|beautiful|made it|woo+|wo+hoo+|whoo+|yippee|hooray|hurray|holla|can't wait|cannot wait|(?:days|weeks|months|sleeps) (?:until|till|to go)|a keeper|finally here|it worked|it works|omg|let'?s go+|legends?|lifesaver|life saver|got (?:them|it)|there it is|yess+|that was (?:fast|quick|easy)|so (?:fast|quick|easy)|chill)\\b|🔥|🎉|🥳|😍|🤩|🙌|💯|🎮|🎶",
  problemWords:
    '\\b(?:again|still|lost|late|delayed|delay|cancell?ed|broken|broke|never|waiting|waited|hold|nobody|no one|stuck|missing|wrong|charged|crashed|crashing|down|failed|fails|error|ignored|refused|denied|rebooked|overbooked|stranded|misconnect|hours|days|weeks)\\b',
  sarcasticOpeners:
    '(?:^(?:@\\w+\\s+)*|[.!?]\\s+)(?:(?:oh|wow|gee|yeah|yay|well)[,!.]? )?(?:great|wonderful|fantastic|brilliant|perfect|awesome|lovely|terrific|super|thanks a lot|thanks so much|thanks for nothing|nice|just great|just perfect|love it|love that|love how|i love how|i love that|gotta love|got to love|so glad|good job|great job|nice job|well done|way to go)\\b[,!.]*',
  loneNo:
    "^\\s*(?:(?:(?:sorry|i'm sorry|i'm afraid|afraid|unfortunately),?\\s+)?(?:no|nope|nah|no can do)(?:,?\\s+(?:sorry|i'm afraid|i am afraid|unfortunately))?|(?:i'm afraid|afraid|sorry,?|unfortunately,?) not|not (?:this|that) (?:week|month|time)|not today|not tonight|not this (?:evening|weekend)|not (?:right )?now|not at the moment)\\s*[.!]*\\s*$",
  // Asking for something to be done: "then transfer me", "can you refund it", "I want a refund", "please escalate".
  asksForAction:
    "(?:^|[.!?]\\s+)(?:get|give|put|find|fix|sort|refund|cancel|send|move|book|change|credit) (?:me|a|the|my|it|this|that|us)\\b|\\b(?:can|could|would|will|won't) (?:you|u|someone|somebody|anyone)\\s+(?:please\\s+)?(?:just\\s+)?(?:refund|replace|cancel|transfer|escalate|connect|put|pass|send|give|fix|take|waive|reduce|lower|discount|check with|look into|chase|credit|reverse|change|extend|honou?r|upgrade|reopen|speed|expedite|compensate|let|get|unban|unblock|unlock|reinstate|restore|reactivate|release|approve|process|activate|remove|undo)\\b|\\b(?:transfer|connect|put|pass|escalate|refund|credit|compensate|reimburse)\\s+(?:me|this|it|my)\\b|\\b(?:i|we)(?:\\s+(?:want|need|demand|expect|would like|am asking for|request)|'d like|\\s+'d like)\\s+(?:a |an |my |the |this |it |to (?:speak|talk|get|have|be))|\\bplease\\s+(?:refund|replace|cancel|transfer|escalate|fix|waive|credit|reverse|send|give)\\b|\\b(?:speak|talk)\\s+to\\s+(?:a |an |your |the )?{MGR}|\\bsurely (?:there(?:'s| is)|you can|you could|someone can)\\b|\\b(?:can|could|may) (?:i|we) (?:\\w+ ){0,5}?(?:claim|get|have|return|exchange|cancel|change|keep|book|pay|skip|pause|swap|order|buy|use|send|post|bring|drop|renew|submit)\\b|\\bis there (?:any|some) (?:way|flexibility|chance|exception)\\b|\\bis there (?:no|not any|not an?) ?(?:other )?(?:way|option|alternative)\\b|\\b(?:can|could|would) (?:it|this|they|that|the \\w+|my \\w+) (?:please )?(?:be )?(?:sent|delivered|shipped|moved|changed|refunded|replaced|rebooked|redelivered|fixed|arranged|expedited|collected|picked up|cancell?ed|reversed|waived)\\b|\\bis there (?:really )?nothing (?:you|anyone|someone|somebody) can do\\b|\\bis there anything (?:else )?(?:you|anyone|someone|somebody) can do\\b|\\bcan you (?:please )?tell me (?:what|why|how|who|where|which)\\b|\\b(?:can|could) you do (?:anything|something)\\b|\\b(?:can|could|would) (?:you|u)\\s+(?:please\\s+)?(?:just\\s+)?(?:do (?:the|it|this|that|my)|fit (?:me|us|it) in|squeeze (?:me|us|it) in|book (?:me|us)|move (?:me|us|it)|sort (?:it|this|that))\\b|\\bcan (?:you|u|someone) at least (?:check|look|chase|reduce|lower|discount|confirm|tell|find|ask|escalate|refund|send|keep|hold|give|leave|honou?r|extend|match)\\b|\\b(?:can|could|would|can't|cannot|couldn't) (?:you|u)\\s+(?:please\\s+)?(?:just\\s+)?(?:roll (?:it|this|that|the \\w+) back|make an exception|undo|revert)\\b",
};
