/**
 * What makes an agent's no a good one: a reason or an alternative in the same reply ("because…",
 * "but I can…", "here's what…"). Shared with the draft coach (lib/draft/lexicon-en.ts).
 */
export const REASON_OR_ALTERNATIVE_EN: string[] = [
  '\\bbecause\\b',
  '\\bsince\\b',
  '\\bdue to\\b',
  '\\bas (?:the|your|our|it|this|that)\\b',
  '\\bthe reason\\b',
  // "as per our refund policy, …" names a rule; "No, that's our policy." alone names none.
  "\\bpolicy\\b(?<!\\b(?:that's|that is|it's|it is) (?:our|the|company) policy)",
  '\\bwhich means\\b',
  // "…otherwise the funds can't be credited": a warning with its condition, not a refusal.
  '\\botherwise\\b',
  // "…stay frozen while the dispute is open": the condition is the reason.
  '\\bwhile (?:the|your|it|this) (?:\\w+ )?(?:is|are) (?:open|pending|under review|being reviewed|ongoing|investigated)\\b',
  // "…without knowing your destination", "…without a receipt": the condition is the reason.
  '\\bwithout (?:knowing|seeing|a|an|the|your|proof)\\b',
  // "…but I can send a label" offers something; "I'm sorry, but I'm not able to change it" is the no itself.
  "\\bbut\\b(?!,?\\s+(?:(?:unfortunately|sadly|i'm afraid),?\\s+)?(?:i|we)(?:'m|'re| am| are)?\\s+(?:not able|unable|can't|cannot|can not|won't|will not)\\b[^.!?]*[.!]?\\s*$)",
  '\\bhowever\\b',
  // "we don't offer refunds based on generation figures": the grounds named.
  '\\bbased on\\b',
  // "Section 7 says we don't cover…": the clause named.
  '\\b(?:section|clause|paragraph|part|condition) \\d+(?:\\.\\d+)?\\b',
  // "Without official documentation from the venue we can't…": what is missing, named.
  '\\bwithout (?:a |an |the |any )?(?:official |valid |written |original )?(?:\\w+ )?(?:documentation|proof|evidence|receipts?|report|photos?|slip|form|reference)\\b',
  // "declined under the malicious damage exclusion": the rule that decides it, named.
  '\\bunder (?:the|our|your|section|clause) (?:[\\w-]+ ){0,3}(?:exclusion|clause|policy|terms|section|condition)s?\\b',
  '\\binstead\\b',
  '\\balternative',
  '\\boptions?\\b',
  '\\bwhat (?:i|we) can\\b',
  "\\bhere(?:'s| is) what\\b",
  // …but not the "I can do" of "there's nothing more I can do".
  "\\b(?:i|we)(?<!\\b(?:nothing (?:more |else )?|something )(?:i|we)) (?:can(?!'t|not\\b| not\\b| see\\b| understand\\b| imagine\\b| hear\\b)|could(?!n't| not\\b)|will(?! not\\b)|would be happy to|am able to|are able to)\\b",
  "\\b(?:i|we)'ll\\b",
  // "let me check" offers more; "the system won't let me" is the refusal itself.
  "(?<!\\b(?:won't|will not|doesn't|does not|wouldn't|can't|cannot|not) )\\blet me\\b",
  '\\bhow about\\b',
  '\\bwould you like\\b',
  '\\bonce\\b',
  // "the role can't be changed yet": not yet is a condition, not a refusal.
  "(?:\\bnot|n't) (?:be )?(?:\\w+ )?yet\\b",
  '\\buntil\\b',
  '\\bafter\\b',
  '\\bunfortunately\\b[^.!?]{0,80}\\b(?:because|as|since|due)\\b',
  '\\bso (?:that|you|we|the|this|it|your|our)\\b',
  '\\bfor (?:missing|lack of|non-?payment|insufficient|incomplete|late|not having|no valid)\\b',
  '\\b(?:says|said|stated|written|set out) (?:so |that )?in the (?:terms|policy|contract|agreement|t&cs)\\b',
  // "That's stated in the transfer pack you signed": the reason is in a document the customer has.
  '\\b(?:stated|set out|explained|written|described|covered|listed) in (?:the|your|our)\\b',
  "\\b(?:it's|it is) (?:there |all )?in (?:bold|writing|black and white|the terms)\\b",
  // "for data protection reasons", "for security reasons", "under GDPR", "by law".
  '\\bfor (?:\\w+ ){0,2}reasons?\\b',
  '\\b(?:under|by|required by) (?:gdpr|law|the law|regulations?|data protection)\\b',
  // A way forward the customer can take: "you will need to follow the steps in this guide", "please see this article".
  "\\byou(?:'ll| will)? need to\\b(?! (?:just )?wait\\b)|\\bfollow the steps\\b|\\b(?:please )?see (?:this|the|our) (?:article|guide|page|link|faq|help (?:page|article|centre|center))\\b",
];
