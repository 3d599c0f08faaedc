import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import type { Role } from '../../../lib/transcript/message';

/**
 * What separates the detector from a word list: the same trigger words, said in a way that does
 * or does not make them a trigger. Each row: who says it, the line, and the kinds that must
 * (or must not) fire on it.
 */

function kindsOf(role: Role, text: string): string[] {
  const r = analyzeConversation([{ id: 'm1', role, text }]);
  return [...r.triggers.map((t) => t.kind), ...r.cues.map((c) => `cue:${c.kind}`)];
}

const fires: Array<[Role, string, string]> = [
  ['customer', 'I want to speak to your manager', 'escalation_request'],
  ['customer', 'get me a supervisor NOW', 'escalation_request'],
  ['customer', 'i want to talk to a manger', 'escalation_request'],
  ['customer', "I can't understand you, I want to speak to an agent", 'escalation_request'],
  ['customer', 'If you don’t refund me by Friday I will sue you', 'threat_legal'],
  ['customer', "I'm calling my lawyer.", 'threat_legal'],
  ['customer', "I'll be reporting this to the CFPB", 'threat_regulator'],
  ['customer', "I'm disputing the charge with my bank", 'threat_chargeback'],
  ['customer', 'I want to close my account and switch to a competitor', 'threat_churn'],
  ['customer', "I'll leave a 1-star review and post this on twitter", 'threat_public'],
  ['customer', "I'll come down there and smash your windows", 'threat_violence'],
  ['customer', 'people like you should be shot', 'threat_violence'],
  ['customer', 'you are a useless idiot', 'abuse'],
  ['customer', 'your fucking service is a joke', 'abuse'],
  ['customer', 'wtf is going on with my tracking page', 'frustration'],
  ['customer', 'this is ridiculous', 'frustration'],
  ['customer', 'THIS IS THE WORST SERVICE I HAVE EVER HAD', 'frustration'],
  ['customer', 'where is my refund?!', 'frustration'],
  ['customer', 'Great, lost my bag again. Love it.', 'frustration'],
  ['customer', "I've been waiting for 3 days for an answer", 'frustration'],
  ['customer', 'seriously?? 😡', 'frustration'],
  ['customer', "this is the third time I'm contacting you", 'repeat_contact'],
  ['customer', 'I want this escalated.', 'escalation_request'],
  ['customer', 'Is there someone else I can talk to?', 'escalation_request'],
  ['customer', 'hello?? anyone there??', 'frustration'],
  ['customer', "I'm done. Cancel everything.", 'threat_churn'],
  ['customer', 'Never again flying with this airline', 'threat_churn'],
  ['customer', 'Fix it by Monday or I am switching to Nordlink.', 'threat_churn'],
  ['customer', "We won't be renewing with you next year.", 'threat_churn'],
  ['customer', 'Never spending another penny here.', 'threat_churn'],
  ['customer', 'After Friday it goes to the bank.', 'threat_chargeback'],
  ['customer', "I'm disputing it with my credit card company", 'threat_chargeback'],
  ['customer', "I'm posting the whole thing on Trustpilot with photos.", 'threat_public'],
  ['customer', 'My screenshots are going up online tonight', 'threat_public'],
  ['customer', 'your whole support team are clowns', 'abuse'],
  ['customer', 'I also wrote to you in May and nobody answered', 'repeat_contact'],
  ['agent', "There's nobody to escalate this to.", 'agent_denies_escalation'],
  ['agent', 'The settings must have been changed on your end.', 'agent_blame'],
  ['agent', "That's not something we can control.", 'agent_blame'],
  ['agent', "There isn't a supervisor for these chats.", 'agent_denies_escalation'],
  ['agent', 'Refunds are not available for renewals.', 'agent_bare_refusal'],
  ['agent', 'You should have turned off auto-renew.', 'agent_blame'],
  ['customer', "if it happens again I'm quitting and telling everyone", 'threat_churn'],
  ['customer', 'fine. my next call is to my bank', 'threat_chargeback'],
  ['customer', "I'll reverse the whole booking on my card", 'threat_chargeback'],
  ['customer', 'I want this passed to a team leader now', 'escalation_request'],
  ['customer', "I'm asking again for someone senior to look at this", 'escalation_request'],
  ['customer', 'Third time writing about this claim.', 'repeat_contact'],
  ['customer', 'ticket 4411 opened this morning, still no reply', 'repeat_contact'],
  ['customer', '6 hours down. see you on Trustpilot', 'threat_public'],
  ['customer', 'right. then I want to cancel.', 'threat_churn'],
  ['customer', 'are you actually this useless?', 'abuse'],
  ['agent', "Team leaders don't take chats.", 'agent_denies_escalation'],
  ['agent', 'Unlock fees are non-refundable.', 'agent_bare_refusal'],
  ['agent', 'Hard to say from here.', 'agent_hedging'],
  ['agent', 'Next time please make sure the label is visible.', 'agent_blame'],
  ['customer', "I'd never buy from you again", 'threat_churn'],
  ['customer', 'I already explained this twice', 'repeat_contact'],
  ['customer', 'nobody got back to me', 'repeat_contact'],
  ['agent', 'There is no manager here.', 'agent_denies_escalation'],
  ['agent', "I can't do that.", 'agent_bare_refusal'],
  ['agent', 'I think maybe it ships tomorrow, not sure.', 'agent_hedging'],
  ['agent', 'You should have read the terms.', 'agent_blame'],
  ['agent', 'As I already told you, the refund is processing.', 'agent_blame'],
  ['agent', "I'm so sorry about the delay.", 'cue:apology'],
  ['agent', 'I understand how frustrating this must be.', 'cue:empathy'],
  ['agent', "I'll make sure this gets fixed today.", 'cue:ownership'],
  ['agent', 'This happened because the courier lost the parcel.', 'cue:explanation'],
  ['agent', "I'll ask my supervisor to join us.", 'cue:escalation_offer'],
];

const doesNotFire: Array<[Role, string, string]> = [
  // negation and its scope
  ['customer', "I'm not going to sue anyone, I just want my money back", 'threat_legal'],
  ['customer', 'no need for a manager, you have been helpful', 'escalation_request'],
  ['customer', "I don't want to cancel my subscription, just pause it", 'threat_churn'],
  ['customer', 'the delivery guy was great, not angry at all', 'frustration'],
  // who it is aimed at
  ['customer', "I'm angry at myself for forgetting my password", 'frustration'],
  ['customer', "I'm such an idiot, I typed the wrong address", 'abuse'],
  // quotes, hypotheticals, third parties
  ['customer', "my friend said she'd sue, but I just want a refund", 'threat_legal'],
  ['customer', 'What happens if I were to cancel my subscription later?', 'threat_churn'],
  ['customer', 'The e-mail said "contact your lawyer for details", is that normal?', 'threat_legal'],
  // product words that look like triggers
  ['customer', 'How do I give someone the Manager role?', 'escalation_request'],
  ['customer', 'Please cancel the add-on but keep the plan', 'threat_churn'],
  ['customer', 'How do I kill the process that keeps syncing?', 'threat_violence'],
  ['customer', 'Can you shoot me an email with the invoice?', 'threat_violence'],
  ['customer', 'am I talking to a human?', 'escalation_request'],
  ['customer', 'Sue from billing already helped me, thanks', 'threat_legal'],
  // agent lines containing trigger words are judged as agent lines
  ['agent', "I'll ask my supervisor about that refund", 'escalation_request'],
  ['agent', 'I understand this is ridiculous and frustrating, let me fix it', 'frustration'],
  ['agent', "I can't refund it because it's past 90 days, but I can offer a replacement.", 'agent_bare_refusal'],
  ['agent', "I'm not sure, let me check with the warehouse and confirm in 5 minutes.", 'agent_hedging'],
  ['agent', "I'm sorry you feel that way.", 'cue:apology'],
  // ordinary helpdesk lines with trigger-looking words
  ['customer', 'Great! Thanks for the help!', 'frustration'],
  ['customer', 'Perfect, thanks! The parcel was delayed but it arrived this morning.', 'frustration'],
  ['customer', 'I hate to bother you, but could you resend the invoice?', 'frustration'],
  ['customer', 'Can someone come on Monday to install it?', 'frustration'],
  ['customer', 'My card payment failed, can you check it?', 'frustration'],
  ['customer', 'Our POS terminal shows an error code E42', 'abuse'],
  ['customer', 'Dick from your sales team said you could help', 'abuse'],
  ['customer', "I'm leaving from Boston on Friday, can I change the date?", 'threat_churn'],
  ['customer', 'Is there a cheaper plan? I never use the international minutes.', 'threat_churn'],
  ['customer', 'My lawyer asked me for a copy of the tenancy agreement, can you send it?', 'threat_legal'],
  ['customer', "We're moving, so I need to close the account there and open one at the new flat.", 'threat_churn'],
  ['customer', 'Do I need to close the old account myself?', 'threat_churn'],
  ['customer', "I'm switching to the annual plan to save a bit.", 'threat_churn'],
  ['customer', "I'll tell everyone in the office to update their app.", 'threat_public'],
  ['customer', 'I saw the hotel on Tripadvisor, is breakfast included?', 'threat_public'],
  ['customer', 'Will I get charged twice if I try the payment again?', 'repeat_contact'],
  ['agent', "I won't pass on a message like that, but the refund is done.", 'agent_denies_escalation'],
  ['agent', "There isn't a supervisor online right now, but I've booked a callback for 3pm.", 'agent_denies_escalation'],
  ['agent', "I can't transfer chats, but I've marked the case urgent and a specialist will call you today.", 'agent_denies_escalation'],
  ['agent', 'Refunds are available within 30 days.', 'agent_bare_refusal'],
  ['customer', 'sorry for calling you an idiot earlier, long week', 'abuse'],
  ['customer', 'One of my customers did a chargeback on me, how do I record it?', 'threat_chargeback'],
  ['customer', 'when the project ends can I kill their access?', 'threat_violence'],
  ['customer', 'should I switch to the cheaper network next time?', 'threat_churn'],
  ['customer', 'I want to cancel my order from this morning, it was a mistake', 'threat_churn'],
  ['customer', 'Which hotel has a 0 star rating?', 'threat_public'],
  ['customer', "I couldn't find the live chat", 'escalation_request'],
  ['customer', 'My battery died and the app keeps killing the sync', 'threat_violence'],
  ['customer', 'wtf is going on with my tracking page', 'abuse'],
  ['customer', 'I accidentally cancelled my subscription yesterday, can I get it back?', 'threat_churn'],
  ['customer', 'The chat agent yesterday was helpful, thanks', 'escalation_request'],
  ['customer', 'Do you still sell the 8-piece knife set?', 'threat_violence'],
  ['customer', 'Your new update killed my battery life', 'threat_violence'],
  ['customer', 'Someone is using my account, how do I kick them out?', 'threat_violence'],
  ['customer', 'The sellers are making a killing on fees', 'threat_violence'],
  ['customer', "I'm not going to hurt anyone, I just want this fixed", 'threat_violence'],
  ['customer', 'Hi, can you tell me how to add a new agent to our workspace?', 'escalation_request'],
  ['customer', 'Is the supervisor dashboard included in the Pro plan?', 'escalation_request'],
  ['customer', 'Please cancel my order #4412, I ordered the wrong size', 'threat_churn'],
  ['customer', "I'd like to leave a review for the blender", 'threat_public'],
  ['customer', "I'm not angry, just confused about the charge", 'frustration'],
  // cheerful emphasis
  ['customer', 'Thank you so much!!! You are the best', 'frustration'],
  ['customer', 'THANK YOU SO MUCH, IT WORKS', 'frustration'],
];

describe('detector scope rules', () => {
  it.each(fires)('%s: "%s" → %s', (role, text, kind) => {
    expect(kindsOf(role, text)).toContain(kind);
  });

  it.each(doesNotFire)('%s: "%s" is not %s', (role, text, kind) => {
    expect(kindsOf(role, text)).not.toContain(kind);
  });

  it('ignores bot, system and note lines for customer triggers', () => {
    for (const role of ['bot', 'system', 'note'] as const) {
      const r = analyzeConversation([{ id: 'm1', role, text: 'I want a manager NOW, this is ridiculous, I will sue you!!!' }]);
      expect(r.triggers).toEqual([]);
      expect(r.risk).toBe(0);
    }
  });
});
