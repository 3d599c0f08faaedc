import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import type { Role } from '../../../lib/transcript/message';

/**
 * Frustration a team lead hears with no angry word in the line (rule `frustration.implied` and
 * the insisting capital), and the other helpdesk phrasings found by the independently written
 * judged chats: dated earlier contacts, the bank asked to reverse, an agent guessing at the
 * customer's mistake, a refusal to share, guessing aloud. Lines that fire are checked with the
 * lexicon alone (the tone model must not be what finds them); quiet look-alikes with the full
 * detector, so neither part may raise them.
 */

function kindsOf(text: string, role: Role = 'customer', tone = false): string[] {
  return analyzeConversation([{ id: 'm1', role, text }], { tone }).triggers.map((t) => t.kind);
}

/** Every line raises `kind`, from the lexicon alone. */
function expectHeard(kind: string, lines: readonly string[], role: Role = 'customer') {
  for (const line of lines) expect(kindsOf(line, role), line).toContain(kind);
}

/** No line raises `kind`, tone model included. */
function expectQuiet(kind: string, lines: readonly string[], role: Role = 'customer') {
  for (const line of lines) expect(kindsOf(line, role, true), line).not.toContain(kind);
}

/** Each line raises its kind, from the lexicon alone. */
function expectEach(pairs: ReadonlyArray<readonly [line: string, kind: string]>, role: Role = 'customer') {
  for (const [line, kind] of pairs) expect(kindsOf(line, role), line).toContain(kind);
}

/** "m2:agent_bare_refusal"-style findings of a customer's line and the agent's answer. */
function afterRequest(request: string, answer: string): string[] {
  return analyzeConversation([
    { id: 'm1', role: 'customer', text: request },
    { id: 'm2', role: 'agent', text: answer },
  ]).triggers.map((t) => `${t.messageId}:${t.kind}`);
}

/** The same for customer lines in a row, with no agent answering. */
function customerLines(...lines: string[]): string[] {
  return analyzeConversation(lines.map((text, i) => ({ id: `m${i + 1}`, role: 'customer' as const, text }))).triggers.map(
    (t) => `${t.messageId}:${t.kind}`,
  );
}

const frustration: Record<string, { fires: string[]; quiet: string[] }> = {
  'doubt that anyone is really on it': {
    fires: [
      'Is there someone in accounts who can actually open the file I sent?',
      'Has anybody actually looked at the photos of the damage?',
      'Did your team even check the serial number before closing it?',
      'Before I cancel my plans again, how do I know the engineer will actually turn up this time?',
      'Please make sure they actually ring me back today.',
    ],
    quiet: [
      'Is there someone in accounts who can help with a VAT invoice?',
      'I actually found the receipt, sending it now.',
      'Has anyone ever asked for the manual in large print? Just curious.',
      'Will the parcel arrive this time tomorrow?',
    ],
  },
  'resigned or sarcastic openers': {
    fires: [
      'wow. ok. so I just lose the deposit then',
      'Finally. Can you note on the account that the meter was replaced?',
      'Finally, a straight answer.',
      'whatever. do what you want with the booking',
      'honestly forget it, I will buy it somewhere else',
      "ok, that's the first helpful reply I've had since March.",
    ],
    quiet: [
      'Finally, could you also update my phone number?',
      'Wow, that was quick, thank you!',
      'Whatever time suits the engineer is fine for us.',
      "Don't forget it needs a signature on delivery.",
      'The first helpful thing would be the order number, here it is: 7710.',
    ],
  },
  'pointed questions': {
    fires: [
      'Dispatched how? The tracking has not moved since Friday.',
      "Two vouchers and that's the best you can do?",
      "That's your answer?",
      "And now you're telling me it's my fault the box was wet?",
      'So the app charges me twice and I am expected to wait ten days for my own money?',
      'I paid in full on Monday. So where is my ticket?',
    ],
    quiet: [
      'Could you show me how?',
      'I would like to set up the filter but not sure how?',
      'Is that the best option for a family of four?',
      'So where is the nearest drop-off point?',
      "Is it my fault? I honestly can't remember if I ticked the box, sorry.",
    ],
  },
  'absences listed': {
    fires: [
      'no call, no text, nothing. the van just never came',
      'No email, no letter and no refund.',
      'The fitters were booked for 8am and nobody showed up.',
    ],
    quiet: ['No milk, no sugar please.', 'No rush at all, whenever you can.', 'Nobody came to the door because we were out, my fault.'],
  },
  'patience, time sunk, chasing': {
    fires: [
      'I have been very patient with all of this.',
      "I've spent most of three weeks on this claim.",
      "I don't want to have to chase this again next week.",
      "It's been six weeks since I returned the jacket.",
      'Charged for the premium tier again, even though I downgraded.',
      "I'm not paying for a delivery slot that was missed.",
      'This is the fourth time I am writing about the same invoice.',
      'That is exactly what I was told on the last two calls.',
      'Each time I ask I get a different date.',
      'I know what the policy says, I read it before booking.',
      'My phone IS charged, I checked twice.',
      'Three Mondays in a row the bin was not collected.',
      'I pay for the premium plan, the box has failed twice, and the answer is no?',
      "You haven't opened my attachment, have you.",
      'They cancelled my seat anyway.',
      "So you can't tell me where it is.",
      'That is all I asked for from the beginning.',
      'I have waited in since 8am for a fridge. Great.',
    ],
    quiet: [
      'Thanks for your patience, I appreciate it.',
      "I've spent a lovely weekend at the hotel, just a question about the bill.",
      "It's been 3 weeks since I moved, so I'd like to update my address.",
      'Could you charge the card again? The first payment bounced.',
      'The payment failed and my bank says it is pending. Will I get charged twice if I try again?',
      "I'm not paying by card, can I pay by bank transfer?",
      'This is my second order this month, loving the new range!',
      'What does the policy say about pets in the cabin?',
      'The LED on the router is BLUE now.',
      'Please remove the extra user but NOT the admin account.',
      'ok, the router is back on and the light is green. Great!',
      'Won three games in a row since the patch, nice work.',
      "If you can't find it, just send it anyway, no problem.",
    ],
  },
};

describe('implied frustration', () => {
  for (const [family, { fires, quiet }] of Object.entries(frustration)) {
    it(`${family}: heard from the lexicon alone`, () => {
      expectHeard('frustration', fires);
    });
    it(`${family}: look-alikes stay quiet, tone model included`, () => {
      expectQuiet('frustration', quiet);
    });
  }

  it('points its evidence at the words, not the previous sentence', () => {
    const r = analyzeConversation([{ id: 'm1', role: 'customer', text: 'I paid in full on Monday. So where is my ticket?' }], {
      tone: false,
    });
    expect(r.triggers.find((t) => t.kind === 'frustration')?.evidence).toBe('So where is my ticket?');
  });
});

describe('other phrasings from the independently written chats', () => {
  it('an earlier contact with a date is repeat contact', () => {
    expect(kindsOf('I phoned last Thursday and was told it had shipped.')).toContain('repeat_contact');
    expect(kindsOf('I wrote in on Monday about the same meter.')).toContain('repeat_contact');
    expect(kindsOf('This is 3rd time I message about this order')).toContain('repeat_contact');
    expect(kindsOf('I called yesterday to say I love the new app, no issue today!')).not.toContain('threat_chargeback');
    expect(kindsOf('Can I phone you on Monday instead?')).not.toContain('repeat_contact');
  });

  it('asking the bank to reverse the payment is a chargeback threat', () => {
    expect(kindsOf('Fine. I will ask my bank to reverse the payment.')).toContain('threat_chargeback');
    expect(kindsOf("If this fee isn't refunded I'm disputing it with my card company.")).toContain('threat_chargeback');
    expect(kindsOf("If the refund isn't possible that's fine, I won't dispute it with my bank.")).not.toContain('threat_chargeback');
    expect(kindsOf('My bank asked me to reverse the order of the two payees.')).not.toContain('threat_chargeback');
  });

  it("an agent guessing at the customer's mistake is blame", () => {
    expect(kindsOf('You have probably mistyped the code when you entered it.', 'agent')).toContain('agent_blame');
    expect(kindsOf('Customers often fill this form in wrong, to be honest.', 'agent')).toContain('agent_blame');
    expect(kindsOf('You may have received an email from us this morning with the details.', 'agent')).not.toContain('agent_blame');
  });

  it('a refusal to share without a reason is a bare refusal; with one it is not', () => {
    expect(kindsOf('We are unable to share that information.', 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf('We are unable to share card details over chat for security reasons.', 'agent')).not.toContain('agent_bare_refusal');
  });

  it('an ultimatum that ends in going elsewhere is churn; rescheduling is not', () => {
    expect(kindsOf("If the sync isn't fixed by Friday we'll move to Ledgerly.")).toContain('threat_churn');
    expect(kindsOf("If this isn't sorted I'm taking the whole team to Brisk.")).toContain('threat_churn');
    expect(kindsOf("If the fitter can't make Monday we'll move to Wednesday.")).not.toContain('threat_churn');
    expect(kindsOf("We're moving to Bristol in May, can you update the address?")).not.toContain('threat_churn');
  });

  it('a lawyer "in touch" after an if-I-have-to-pay is a legal threat; a lawyer asking for papers is not', () => {
    expect(kindsOf('If I have to pay for the repair myself, my solicitor will be in touch.')).toContain('threat_legal');
    expect(kindsOf('My solicitor asked me for a copy of the lease, could you send it?')).not.toContain('threat_legal');
  });

  it('warning a whole group off is a public threat; passing on a tip is not', () => {
    expect(kindsOf("I'm telling my whole club not to book with you.")).toContain('threat_public');
    expect(kindsOf("I'll tell my whole club to bring their own towels, thanks.")).not.toContain('threat_public');
  });

  it('wanting a person rather than a bot is an escalation request', () => {
    expect(kindsOf('I want someone to read the file properly, not a bot.')).toContain('escalation_request');
    expect(kindsOf("I'm a real person, not a bot, the captcha keeps failing")).not.toContain('escalation_request');
  });

  it('putting the cause on the customer is blame', () => {
    expect(kindsOf('Cracked screens are usually caused by drops.', 'agent')).toContain('agent_blame');
    expect(kindsOf('You should have paid the balance before cancelling.', 'agent')).toContain('agent_blame');
    expect(kindsOf('The outage was caused by a power cut at our data centre, I am sorry.', 'agent')).not.toContain('agent_blame');
  });

  it('idioms and devices are not violence; a stretched-out lawyer aside is still paperwork; news for the family is not a public threat', () => {
    expect(kindsOf('my mum will kill me if the cake is late 😅')).not.toContain('threat_violence');
    expect(kindsOf('killed the power at the breaker, waited a minute, still no picture')).not.toContain('threat_violence');
    expect(kindsOf('I swear I will kill you')).toContain('threat_violence');
    expect(kindsOf('my solicitor (my cousin, nothing to do with this) asked me for a copy of the tenancy agreement')).not.toContain(
      'threat_legal',
    );
    expect(kindsOf("I'll tell everyone in the family chat the new pickup time.")).not.toContain('threat_public');
    expect(kindsOf("I'll be telling everyone about this.")).toContain('threat_public');
  });

  it('a repeat contact is heard as mild frustration too, weighing less than an angry word', () => {
    const repeat = analyzeConversation([{ id: 'm1', role: 'customer', text: 'I wrote to you on Monday about this same invoice.' }], {
      tone: false,
    });
    expect(repeat.triggers.map((t) => t.kind).sort()).toEqual(['frustration', 'repeat_contact']);
    const angry = analyzeConversation(
      [{ id: 'm1', role: 'customer', text: 'I wrote to you on Monday about this same invoice. This is ridiculous.' }],
      { tone: false },
    );
    expect(angry.triggers.map((t) => t.kind).sort()).toEqual(['frustration', 'repeat_contact']);
    expect(angry.risk).toBeGreaterThan(repeat.risk);
  });

  it('more ways of saying it happened before', () => {
    expectHeard('repeat_contact', [
      'I reported it then as well.',
      'Both previous agents told me to restart it.',
      'Last time I was told Tuesday.',
      'I phoned in March and was told it would be fixed.',
    ]);
    expect(kindsOf('Thanks, I reported it to the council too.')).not.toContain('repeat_contact');
  });

  it('more threats and requests, said plainly', () => {
    expect(kindsOf("If it isn't refunded I'll dispute the £40 with my bank.")).toContain('threat_chargeback');
    expect(kindsOf("After this I won't be ordering from you again.")).toContain('threat_churn');
    expect(kindsOf("If the rate isn't fixed I'll be switching with another lender.")).toContain('threat_churn');
    expect(kindsOf('Get me someone who knows the billing system.')).toContain('escalation_request');
    expect(kindsOf("I'd like this passed to whoever runs the depot.")).toContain('escalation_request');
    expect(kindsOf('Are you lot really this useless?')).toContain('abuse');
  });

  it('a flat no to a refund, or a decision that "stands", is a bare refusal; with a reason it is not', () => {
    expect(kindsOf("We won't be refunding that.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf('The decision stands.', 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf('The decision stands because the photos show water damage, but I can offer a repair at cost.', 'agent')).not.toContain(
      'agent_bare_refusal',
    );
  });

  it('guessing that the customer did it is blame', () => {
    expect(kindsOf("It's more likely you dropped it.", 'agent')).toContain('agent_blame');
    expect(kindsOf('The order was submitted twice from your account.', 'agent')).toContain('agent_blame');
    expect(kindsOf("You probably didn't get the email because our mail server failed, sorry.", 'agent')).not.toContain('agent_blame');
  });

  it('a broken promise, a scare of "tough luck", a doubt it will happen this time', () => {
    expectHeard('frustration', [
      "On Friday I was told a courier would collect it within two days. It's Wednesday.",
      'I was promised a callback, and nothing happened.',
      "fine. I'll believe it when I see it.",
      'How do I know the fitter will actually turn up this time?',
      'So the policy says tough luck. Lovely.',
      "A delay at your depot isn't really my problem, is it?",
      "I've spent 45 minutes on this chat already.",
      'and?',
    ]);
    expectQuiet('frustration', [
      'I was told it would come on Friday, and it did, thanks!',
      "I'd rather get nothing than the wrong size, can you cancel that item?",
      'and the postcode is BS1 4DJ',
      'I spent 30 minutes on the phone with my bank, all sorted now.',
    ]);
  });

  it('public-post phrasing: hashtags, "shame on you", "expected better", a 2 hr wait, sarcasm after an @handle', () => {
    expectHeard('frustration', [
      '@northjet #rudestaff at gate 12 this morning',
      'Shame on you, Parcelly.',
      'Expected better from a premium airline.',
      'If only you had staff who cared.',
      'I ring every day and never get a call back.',
      'your line has a 2 hr wait',
      '@northjet great job, my bag is lost again',
    ]);
    expectQuiet('frustration', [
      '#travel #sunrise lovely flight today',
      'What a shame the show was cancelled, can I swap to the 14th?',
      '@northjet great job, thanks for the upgrade!',
    ]);
  });

  it('round three of the independent chats: disbelief at a timeframe, "still there?", waiting and hoping, "you got it wrong"', () => {
    expectHeard('frustration', [
      'After three months? The site said two weeks.',
      '10 days?? I fly on Friday',
      'still there?',
      'so I just wait and hope',
      'the new plan does not change that you got my meter reading wrong',
      'Did anyone check the van before it went out?',
      "It's now March. Where is my deposit?",
      'Honestly I was mortified in front of the guests.',
    ]);
    expectQuiet('frustration', [
      'After three months the battery lasts less, is that normal?',
      'Are you still there? I found the receipt, sending it now 🙂',
    ]);
  });

  it('round three: threats and requests in other words', () => {
    expect(kindsOf("I've phoned four times.")).toContain('repeat_contact');
    expect(kindsOf('I rang about the quote in May and was told it would be sorted.')).toContain('repeat_contact');
    expect(kindsOf("We won't be coming back.")).toContain('threat_churn');
    expect(kindsOf("honestly I'm looking at switching to another supplier")).toContain('threat_churn');
    expect(kindsOf('next time I go with the other airline')).toContain('threat_churn');
    expect(kindsOf("If this isnt fixed by Monday I'm taking you to the small claims court")).toContain('threat_legal');
    expect(kindsOf("I'm telling them not to book with you.")).toContain('threat_public');
    expect(kindsOf('I will put the whole story on Reclame Aqui.')).toContain('threat_public');
    expect(kindsOf('If this is not solved today I make a complaint at BaFin.')).toContain('threat_regulator');
    expect(kindsOf('useless, the lot of you')).toContain('abuse');
    expect(kindsOf('the agent I spoke to on Monday was a useless idiot')).toContain('abuse');
    expect(kindsOf('put me onto someone who knows the system')).toContain('escalation_request');
    expect(kindsOf('Do I need to call my bank or file a dispute, or will you sort it?')).not.toContain('threat_chargeback');
  });

  it('round three: the agent side', () => {
    const chat = (customer: string, agent: string) =>
      analyzeConversation([
        { id: 'm1', role: 'customer', text: customer },
        { id: 'm2', role: 'agent', text: agent },
      ]).triggers.map((t) => t.kind);
    expect(chat('Can I order the part and claim it back later?', 'No.')).toContain('agent_bare_refusal');
    expect(chat('Surely there is some flexibility for a hospital stay?', 'No.')).toContain('agent_bare_refusal');
    // A flat "No, I cannot transfer you." is a bare no; team leads marked it a denial of escalation in 1 of 4 judged lines.
    expect(kindsOf('No, I cannot transfer you.', 'agent')).toEqual(['agent_bare_refusal']);
    expect(kindsOf('No, I cannot transfer you to a supervisor.', 'agent')).toContain('agent_denies_escalation');
    expect(kindsOf("I can't pass this on.", 'agent')).toContain('agent_denies_escalation');
    expect(kindsOf("I can't pass this on to the warehouse until Monday, but I've noted it.", 'agent')).not.toContain(
      'agent_denies_escalation',
    );
    expect(kindsOf('You should have dried it properly.', 'agent')).toContain('agent_blame');
    expect(kindsOf("We don't send photos.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf('The claim was denied for missing paperwork; send the form and we will review it again.', 'agent')).not.toContain(
      'agent_bare_refusal',
    );
  });

  it('round five: jokes, closed apps, other firms and roles are calm', () => {
    for (const [line, kind] of [
      ["my mum is visiting and I'll be murdered if the flat is a mess 😅", 'threat_violence'],
      ['ok killed the launcher and the updater, running it again now', 'threat_violence'],
      ["done, she's a Manager now, she'll love that 😂", 'escalation_request'],
      ['honestly my last provider was a nightmare, you have been great', 'frustration'],
      ['the previous owners said the signal in the kitchen is rubbish', 'frustration'],
      ['I bought 6 tickets for the show and want to send 2 to friends, how?', 'repeat_contact'],
      ['Done. It says pairing, then searching. Tried twice, same result.', 'repeat_contact'],
    ] as const)
      expect(kindsOf(line, 'customer', true), line).not.toContain(kind);
    expect(kindsOf('they killed the man at the gate')).toContain('threat_violence');
  });

  it('round five: the rest of what the new chats showed', () => {
    expectEach([
      ["It shouldn't take three chats to get a refund.", 'frustration'],
      ["I'm asking again, politely.", 'frustration'],
      ['It is now Wednesday afternoon.', 'frustration'],
      ['How exactly would I check that from outside?', 'frustration'],
      ['took 50 min for someone to tell me that', 'frustration'],
      ["I'm writing again about claim 4410.", 'repeat_contact'],
      ['The woman I spoke to on the phone said ten days.', 'repeat_contact'],
      ["We'll be looking at other airlines next year.", 'threat_churn'],
      ["I'll mention all this in my review.", 'threat_public'],
      ['If I have to, I will take you to the small claims court.', 'threat_legal'],
      ['are you a bot or just useless', 'abuse'],
      ['are you people all thick', 'abuse'],
    ]);
    expectEach(
      [
        ['Unfortunately we cannot reschedule the exam.', 'agent_bare_refusal'],
        ["The claim can't be reviewed early.", 'agent_bare_refusal'],
        ["Gary doesn't do chats.", 'agent_denies_escalation'],
        ["You didn't book any sessions for six weeks.", 'agent_blame'],
        ["If you'd kept booking you would have used them.", 'agent_blame'],
      ],
      'agent',
    );
    expect(kindsOf('Packages are non-refundable, it says so in the terms you agreed to.', 'agent')).not.toContain('agent_bare_refusal');
  });

  it('going elsewhere, moving my things to another app, deleting the app, a review about how it went', () => {
    expect(kindsOf("this will be the last, I'll be going elsewhere")).toContain('threat_churn');
    expect(kindsOf("I'll be moving my invoices to another app at renewal")).toContain('threat_churn');
    expect(kindsOf("then I'm deleting the app")).toContain('threat_churn');
    expect(kindsOf("I'm deleting the app and reinstalling it now")).not.toContain('threat_churn');
    expect(kindsOf("We're moving the website to a different host, what are the nameservers?")).not.toContain('threat_churn');
    expect(kindsOf("I'm writing a review about how your returns work.")).toContain('threat_public');
    expect(kindsOf("I'd like to leave a review, it was great")).not.toContain('threat_public');
    expect(kindsOf('last time someone told me five working days')).toContain('repeat_contact');
  });

  it('round six: sarcasm about waiting, a lecture, "why not?", the dispute going in, buying elsewhere', () => {
    expectEach([
      ['love spending my Saturday waiting in for a fridge', 'frustration'],
      ["I don't need a lecture about my spam folder.", 'frustration'],
      ["why not? I'm asking for a name, not a favour.", 'frustration'],
      ['what is the guarantee for if not this?', 'frustration'],
      ["If I haven't heard by Friday the dispute goes in.", 'threat_chargeback'],
      ["if that's the answer I'll just buy from somewhere else", 'threat_churn'],
      ["I'll be booking with someone else from now on", 'threat_churn'],
    ]);
    expect(kindsOf("Why not? Sounds good, let's do Tuesday.", 'customer', true)).toEqual(expect.not.arrayContaining(['threat_churn']));
    expect(kindsOf("I can't move you to that flight.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf("We don't refund shipping.", 'agent')).toContain('agent_bare_refusal');
    const afterStep = analyzeConversation([
      { id: 'm1', role: 'agent', text: 'Please hold its reset button for 5 seconds, then re-pair it in the app.' },
      { id: 'm2', role: 'customer', text: 'done. tried again, same error' },
    ]);
    expect(afterStep.triggers.map((t) => t.kind)).not.toContain('frustration');
  });

  it('a negation does not reach past a comma that opens a new subject', () => {
    expect(kindsOf("If the parts aren't here by Friday, our solicitor will be in touch.")).toContain('threat_legal');
    expect(kindsOf("I don't want a voucher, I want a manager.")).toContain('escalation_request');
    expect(kindsOf("I'm not, honestly, going to sue.")).not.toContain('threat_legal');
    expect(kindsOf("I'm not going to sue, honestly.")).not.toContain('threat_legal');
  });

  it('strong words about the weather or an ex are not anger at the company', () => {
    expect(kindsOf('The wind on Sunday was horrendous, two tiles came off. How do I claim?', 'customer', true)).not.toContain(
      'frustration',
    );
    expect(kindsOf('my ex is a nightmare about the shared account, can you remove him?', 'customer', true)).not.toContain('frustration');
    expect(kindsOf('Your claims line was horrendous on Sunday.')).toContain('frustration');
  });

  it('a reason by reference to a document keeps a no from being bare', () => {
    expect(kindsOf("We can't guarantee the rate. That's set out in the agreement you signed.", 'agent')).not.toContain(
      'agent_bare_refusal',
    );
    expect(kindsOf("Quotes can't be given over chat.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf("I'm not able to transfer you.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf('The photos show the scooter outside the bay, so the fine stands.', 'agent')).not.toContain('agent_bare_refusal');
  });

  it('a regulator named as an authority, a review with the story in it, a dispute being made', () => {
    expect(kindsOf("If nobody calls by 6 I'm reporting this to the aviation authority.")).toContain('threat_regulator');
    expect(kindsOf("I'm putting this in a review on the app store.")).toContain('threat_public');
    expect(kindsOf("then I'm disputing the £60 with my bank")).toContain('threat_chargeback');
    expect(kindsOf('Are you honestly this useless? you are absolutely useless')).toContain('abuse');
    expect(kindsOf('the hill up to my flat is murder on this bike')).not.toContain('threat_violence');
  });

  it('guessing aloud is hedging', () => {
    expect(kindsOf('It could be that the courier scanned the wrong parcel.', 'agent')).toContain('agent_hedging');
    expect(kindsOf('It should arrive on Friday, probably.', 'agent')).toContain('agent_hedging');
    expect(kindsOf('It could be that the courier scanned the wrong parcel. Let me check with the depot now.', 'agent')).not.toContain(
      'agent_hedging',
    );
  });
});

describe('round seven: words handed back, a named call, an ultimatum without a comma', () => {
  it('implied frustration: echoes in quotes, late news, a day off lost again, a copy-paste answer', () => {
    expectHeard('frustration', [
      "'escalated', right. and nothing has happened since the 12th",
      "'on request'. ok. I'm requesting it",
      "second time, today, they apparently 'attempted collection' at 8:12.",
      'you think maybe?',
      'It would have been useful to know that on Tuesday.',
      'ok. would have been good to hear that 20 minutes ago',
      'so what happens now, I book a third day off work?',
      'friday is ok. will they actually turn up though',
      'engineer was booked for today 12-6. no show, no call',
      'this is the second missed visit.',
      'give me real person who can decide, not copy paste answer',
    ]);
    expectQuiet('frustration', [
      "The error says 'card declined'. What should I try next?",
      "'Pending' means it's still being checked, right?",
      'Do you think the blue one would suit a small kitchen?',
      'It would be useful to know the opening hours for Monday.',
      'I have another day off on Friday, could the engineer come then?',
      'Will the new router actually be faster than the old one?',
      'Could you copy the answer into an email for my records?',
    ]);
  });

  it('repeat contact: the same reply as before, the last two times, what the person said, a named call, a fourth chat', () => {
    expectHeard('repeat_contact', [
      "Yes, I've read that. It's the same reply I got on Monday and on Tuesday.",
      "yes, that's word for word the message I got the last two times",
      'last time the person said it had been escalated. escalated to who?',
      'I spoke to Sandra on the phone last week, she sorted the rebooking.',
      "I want someone senior to look at this today, I'm not doing a fourth chat.",
    ]);
    expectQuiet('repeat_contact', [
      'The last two times I ordered, it came the next day. Is that still the case?',
      'I spoke to my bank yesterday and the payment is pending.',
      'Can I get the same reply sent to my work email?',
    ]);
  });

  it('requests, threats and churn said the way these customers said them', () => {
    expectEach([
      ["I want someone senior to look at this today, I'm not doing a fourth chat.", 'escalation_request'],
      ["but if this gets knocked back I'm putting the whole thing on every review site going", 'threat_public'],
      ['if no unban i make video on youtube how your company ban people for nothing', 'threat_public'],
      ["And if she says no as well, I'll just ask my credit card company to reverse the whole payment.", 'threat_chargeback'],
      ["when our contract ends in February we'll be moving the café to another supplier", 'threat_churn'],
    ]);
    expect(kindsOf("And if that doesn't work I'll take you to small claims court.")).not.toContain('threat_churn');
    expect(kindsOf('My sister says she will ask her bank to reverse the payment.')).not.toContain('threat_chargeback');
    expect(kindsOf('I watched a video on youtube about how to reset it, still stuck.')).not.toContain('threat_public');
    expect(kindsOf('About 2,300 rows. Can I kill the export and split it into two?', 'customer', true)).not.toContain('threat_violence');
  });

  it('a retry reported without being asked is calm; a customer apologising for their tone is not angry', () => {
    expectQuiet('frustration', ['tried again, same error', 'restarted again, same error on the screen']);
    expect(kindsOf('the driver was late again, same excuse')).toContain('frustration');
    const apology = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'you lot are useless' },
      { id: 'm2', role: 'agent', text: 'I understand, and I am sorry. Let me fix the booking now.' },
      { id: 'm3', role: 'customer', text: "and sorry, that was out of order. it's been a long two days" },
    ]);
    expect(apology.triggers.filter((t) => t.messageId === 'm3')).toEqual([]);
  });

  it('"Sorry, no." to a request is a bare refusal; a hedge that names its condition is not hedging', () => {
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'can it be sent from another depot' },
      { id: 'm2', role: 'agent', text: 'Sorry, no.' },
    ]);
    expect(refused.triggers.map((t) => t.kind)).toContain('agent_bare_refusal');
    const answered = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'is there a fee for the second bag?' },
      { id: 'm2', role: 'agent', text: 'Sorry, no.' },
    ]);
    expect(answered.triggers.map((t) => t.kind)).not.toContain('agent_bare_refusal');
    expect(
      kindsOf(
        "Possibly, it depends on whether the paint is broken. If you'd like certainty, you can book our free pre-inspection.",
        'agent',
      ),
    ).not.toContain('agent_hedging');
    expect(kindsOf('Possibly, it might arrive next week.', 'agent')).toContain('agent_hedging');
  });
});

describe('what fired wrongly on real public support threads', () => {
  it('a no that points to the way forward is not bare', () => {
    expect(
      kindsOf('Unfortunately we cannot remove protected registration for you, you will need to follow the steps in this guide.', 'agent'),
    ).not.toContain('agent_bare_refusal');
    expect(kindsOf('Sorry, that is not possible. Please see this article for more information.', 'agent')).not.toContain(
      'agent_bare_refusal',
    );
    expect(kindsOf('Sorry, that is not possible.', 'agent')).toContain('agent_bare_refusal');
  });

  it('"delete them" after an account is about the things in it, unless the accounts are plural', () => {
    expect(kindsOf('Someone hacked my account and liked 500 songs, I had to delete them one by one')).not.toContain('threat_churn');
    expect(kindsOf('I have two subscriptions with you, please cancel them both')).toContain('threat_churn');
  });

  it('trying many times, or receiving an email, is not contacting you again', () => {
    expectQuiet('repeat_contact', [
      "I've tried many times to get this update to install but nothing works",
      'got an email yesterday that my account was suspended, how?',
      "Just how many times is the app going to ask me to log in? It's every single day.",
      'It said the email was already in use when I tried to sign up.',
    ]);
    expectHeard('repeat_contact', ["Twice I've called about this and nobody knows.", 'I emailed you guys so many times and got denied.']);
  });
});

describe('round eight: irony, a wait counted in minutes, a supervisor to call back, the local groups', () => {
  it('implied frustration said with irony, a count or a date', () => {
    expectHeard('frustration', [
      "Just 'no'? I'd like to speak to a manager please.",
      'I also phoned your helpline and was told someone was on the way. Which is it?',
      '45 MORE minutes?? It is getting dark.',
      'Nobody has arrived and the tracking link still says allocating.',
      'Kelby is an hour away. Great, so we just sit in the car with the dog all afternoon then.',
      'Brilliant. Fine, move us to Kelby.',
      'Different reason, same result: my flat has been cleaned zero times in three weeks.',
      "My son was in hospital in July and we paid upfront. It's now been 7 weeks.",
      'I uploaded the summary on 2 August. And again on 20 August when your email asked for it.',
      'So my documents are in a folder somewhere and the claim is just sitting there too.',
    ]);
    expectQuiet('frustration', [
      'Great, so I just pay at the desk then?',
      'Brilliant, thanks, that fixed it.',
      'The parcel is sitting in the depot until Monday, is that right?',
      'Which one is it, the blue cable or the grey one?',
      'Tried the reset, same result as before: the light goes green.',
    ]);
  });

  it('jokes, readings in capitals and mentioned words are not anger', () => {
    expectQuiet('frustration', [
      "amazing thank you. my cat is furious with you but I'll tell her you're sorting it 😂",
      'Perfect. Hopefully the meeting goes ok and nobody actually moves out over pans lol',
      'OK that worked. CYC 212, SOH 61%',
      "Thank you. Sorry for the 'useless' comment, it's been a long week.",
    ]);
    // A model name in capitals is not a raised voice (the lexicon's caps check; the tone model reads the rest).
    expect(kindsOf('SUNVERA 5K. the light blinks 3 times')).not.toContain('frustration');
    expect(kindsOf('the SAME error AGAIN and AGAIN')).toContain('frustration');
    expect(kindsOf("Might fix itself. Great, thanks, that's really helpful 🙃")).toContain('frustration');
    expect(kindsOf('This is ridiculous, nobody has called me back.')).toContain('frustration');
  });

  it('threats, requests and churn in these words', () => {
    expectEach([
      ['Do that. And I still want a supervisor to call me back today.', 'escalation_request'],
      ["If you reject this I'll take it to the independent appeals service.", 'threat_regulator'],
      ["if you come after me for the money I'll defend it in the small claims court", 'threat_legal'],
      ["Then I'll be filing a complaint with the Gambling Commission.", 'threat_regulator'],
      ["I'll be posting about it on the local Facebook group.", 'threat_public'],
      ['Every bride in the county is going to hear about it.', 'threat_public'],
      ["I'll be mentioning the boost thing in my app store review too.", 'threat_public'],
      ["Honestly, if the app is this broken I'll just move to Riverside.", 'threat_churn'],
      ['Fine, check it. But the cancellation stands unless someone shows up.', 'threat_churn'],
      ['This was also explained on Monday.', 'repeat_contact'],
    ]);
    expect(kindsOf('My lawyer has also asked me to get a copy of the rental contract.')).not.toContain('threat_legal');
    expect(kindsOf("If the app is still down on Friday I'll move to Thursday's class instead.")).not.toContain('threat_churn');
    expect(kindsOf('Is there a local Facebook group for owners where I can post photos of my build?')).not.toContain('threat_public');
  });

  it('agent lines: a duty put on the customer is blame; a hedge with a guess is hedging; "No." to "can you do anything" is bare', () => {
    expect(kindsOf("It's the driver's responsibility to read them.", 'agent')).toContain('agent_blame');
    expect(kindsOf('So champagne was the colour you chose.', 'agent')).toContain('agent_blame');
    expect(kindsOf("We don't reprint prints for colour.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf("I'm not sure they take pets on that one, maybe it depends on the deck.", 'agent')).toContain('agent_hedging');
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'That is nearly three weeks away. Can you do anything sooner?' },
      { id: 'm2', role: 'agent', text: 'No.' },
    ]);
    expect(refused.triggers.map((t) => t.kind)).toContain('agent_bare_refusal');
  });
});

describe('round nine: polite elderly customers, developers, slang', () => {
  it('implied frustration in polite, terse or technical words', () => {
    expectHeard('frustration', [
      'But you will understand that after five weeks I have rather lost faith.',
      '?? ok wow. its PH-88213-T',
      'bro i didnt ask for life advice 💀 can u just do the claim on here?',
      'I turned them off after the last order, when the same thing happened with the crackers.',
      "I didn't cancel it. So who did?",
      'ok. so it was you. great.',
      'how long will that take? can you at least roll my store back?',
      'Then get me someone who can. Not another ticket number.',
      'June 3. so over a month late for money we already earned.',
      "a bot was sending fake events into our account, and we're the ones paying for it.",
      'Let me ask it a different way then. Is there any process at all for this?',
      "hm, that wasn't obvious at all when we signed up.",
      "Sorry, but I can't accept that.",
      '3-5 days to give back money you took for nothing.',
    ]);
    expectQuiet('frustration', [
      "I'm the one paying for our family plan and I want to add my nephew.",
      'Ok wow, that was quick! Thanks.',
      'So what is the next step after the survey?',
      'ok, so it was the router after all, works now. thanks!',
      'I should hate for you to think I had stopped giving.',
      'just checked, its back in. thank you. been a rubbish week',
    ]);
  });

  it('requests, churn and public threats from these chats', () => {
    expectEach([
      ['I would be grateful if I could speak to somebody more senior who can tell me what is happening.', 'escalation_request'],
      ['Give me a number for one. Every garage has a manager.', 'escalation_request'],
      ['is there a supervisor or someone who can speed this up?', 'escalation_request'],
      ["Forget it. You won't be seeing my car or my wife's again.", 'threat_churn'],
      ['deleting this app and using a different one from now on', 'threat_churn'],
      ["if this happens one more time i'm writing a review on every hosting comparison site i can find", 'threat_public'],
      ['I rang yesterday afternoon to confirm this exact booking and was told it was all fine.', 'repeat_contact'],
      ["I'm finding out on May 26, after writing to you three times.", 'repeat_contact'],
    ]);
    expect(kindsOf('I would be grateful if you could send the form by post.')).not.toContain('escalation_request');
    expect(kindsOf('Is there a manager role I can give my assistant?')).not.toContain('escalation_request');
    expect(kindsOf('My manager wants our Q2 return filed before Friday.')).not.toContain('repeat_contact');
    expect(kindsOf('My solicitor, who is handling the sale, has asked me to get a copy of the licence.')).not.toContain('threat_legal');
    expect(kindsOf("Could you post it? My solicitor's office prefers paper.")).not.toContain('threat_legal');
    expect(kindsOf('there are 2 processes, killing both')).not.toContain('threat_violence');
    expect(kindsOf('this is a joke, charged twice again')).not.toContain('abuse');
    expect(kindsOf('you are a joke')).toContain('abuse');
  });

  it('agent lines that put it on the customer, and a no that cannot be removed', () => {
    expectEach(
      [
        ["Our records show you didn't reply within the 7-day window.", 'agent_blame'],
        ["If you sent it to the wrong address, we can't be responsible for that.", 'agent_blame'],
        ["Well, phones don't usually jump into toilets by themselves.", 'agent_blame'],
        ['Maybe keep it out of the bathroom next time.', 'agent_blame'],
        ["No, overages can't be removed.", 'agent_bare_refusal'],
      ],
      'agent',
    );
    expect(kindsOf('Next time you can also book in the app, it is quicker.', 'agent')).not.toContain('agent_blame');
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'Can you fit me in today at all? My MOT runs out on Wednesday.' },
      { id: 'm2', role: 'agent', text: 'No.' },
    ]);
    expect(refused.triggers.map((t) => t.kind)).toContain('agent_bare_refusal');
  });
});

describe('excitement is not anger', () => {
  it('"!!!" with a celebration stays quiet; with a complaint it still counts', () => {
    expectQuiet('frustration', ['made it!!! Send drinks to row 27!!!', 'Whoooo Hooooo just crossed 25,000 miles!!!', "can't wait!!!"]);
    expect(kindsOf('it works but I was charged twice!!!')).toContain('frustration');
    expect(kindsOf('still no refund!!!')).toContain('frustration');
  });
});

describe('round ten: phone-typed travel chats and banking', () => {
  it('implied frustration, typed in a hurry', () => {
    expectHeard('frustration', [
      'ive been stood here 20 mins with 2 kids',
      'you THINK',
      'finally',
      '15 mins. nobody. kids asleep on the suitcases',
      'On what basis.',
      'Thank you. So it took three conversations to get a number.',
      "I've just lost my mum and I'm being sent round in circles.",
      'Can you not just close it and move the money?',
      '"a few days, maybe" isn\'t really an answer when it\'s my rent money.',
      "so that's my fault now?",
      "wow ok. I didn't know the loan would be late.",
    ]);
    expectQuiet('frustration', [
      'brilliant. if their flight gets cancelled can we get the money back?',
      'so worst case I get the money back on Thursday?',
      "oh thank god. sorry I'm being so panicky, it just feels horrible",
      "I've been waiting 5 mins, no rush at all",
      'Nothing. That was everything, thanks!',
    ]);
  });

  it('requests, repeat contact, churn and public threats in these words', () => {
    expectEach([
      ['someone else then. anyone in finance.', 'escalation_request'],
      ['is there a person there who can actually help me or not', 'escalation_request'],
      ['is there a duty manager on site i could talk to about a partial refund', 'escalation_request'],
      ['Then put me through to one on the phone, or to your complaints team.', 'escalation_request'],
      ['This is my third contact about it.', 'repeat_contact'],
      ["i rang on the 2nd and again last thursday and both times was told 'within 14 days'", 'repeat_contact'],
      ["That's the third different answer I've had.", 'repeat_contact'],
      ["That's exactly what I was told on Monday.", 'repeat_contact'],
      ['We took the death certificate into the Hallam Street branch last Thursday.', 'repeat_contact'],
      ['ok. if he doesnt call im cancelling the other trip we have booked with you', 'threat_churn'],
      ['right im deleting the app and going back to paying at the machine', 'threat_churn'],
      ['if its not open tomorrow were checking out early and booking somewhere else', 'threat_churn'],
      ["honestly that's so unfair. I'll just move my account there", 'threat_churn'],
      ['this is going on tripadvisor with photos of my kids on the lobby floor', 'threat_public'],
    ]);
    expect(kindsOf('tried it, on the 3rd ticket it says Transfer limit reached')).not.toContain('repeat_contact');
    expect(kindsOf('My mum died last month and I need to close the joint account she had with my dad.')).not.toContain('threat_churn');
    expect(kindsOf('ok. ok. can you reverse the payments? my rent goes out on friday')).not.toContain('threat_chargeback');
    expect(kindsOf("I'll ask my bank to reverse the payments.")).toContain('threat_chargeback');
    expect(kindsOf('I saw your hotel on tripadvisor, is the pool open in May?')).not.toContain('threat_public');
  });

  it('agent lines: a fare that stands, a no with no verb, guessing about money, a what-if blame', () => {
    expectEach(
      [
        ['The fare stands.', 'agent_bare_refusal'],
        ['Our decision on this trip is final.', 'agent_bare_refusal'],
        ["That's not something I can chase.", 'agent_bare_refusal'],
        ['It should probably be fine, these things can take a while sometimes.', 'agent_hedging'],
        ["If you had waited for the morning staff to do the walk-round, this wouldn't be in dispute.", 'agent_blame'],
      ],
      'agent',
    );
    expect(kindsOf("Make sure the wallet supports USDC, otherwise the funds can't be credited.", 'agent')).not.toContain(
      'agent_bare_refusal',
    );
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'I paid it off. Can you at least check it?' },
      { id: 'm2', role: 'agent', text: "I'm afraid not." },
    ]);
    expect(refused.triggers.map((t) => t.kind)).toContain('agent_bare_refusal');
  });
});

describe('round eleven: English around the world, and agents who say it badly', () => {
  it('implied frustration in these words', () => {
    expectHeard('frustration', [
      "that's not an explanation. I'd like to speak to a supervisor please",
      "We've had no hot water for a week. That's 9 days with a toddler, boiling kettles for baths.",
      "I'm not paying £180 to fix your update.",
      "fine. she'd better call.",
      'right. so £150 gone for missing the cutoff by one day.',
      "that is the first concrete information I've had in five weeks",
      'I have checked the tracking page maybe ten times since morning',
      'Kindly see that it comes this time.',
      'Half is still taking the mick mate.',
      "Okay. That's what I needed to hear three weeks ago.",
    ]);
    expectQuiet('frustration', [
      "haha she's driving us mad practising the same song over and over",
      'ok. sorry, long day. thanks for the credit',
      'Also the size 4-5 leggings in the June box are way too long. Can I exchange them?',
      "That's 3 days from now, so Friday works for me.",
      'you were an absolute legend, the router is insanely fast now',
    ]);
  });

  it('requests, repeat contact, churn and public threats', () => {
    expectEach([
      ['Get me whoever runs this shop.', 'escalation_request'],
      ['I rebooked for today, the 11th, and took another day off work.', 'repeat_contact'],
      ['Yesterday also same promise was given.', 'repeat_contact'],
      ['I already reported the first one last Tuesday.', 'repeat_contact'],
      ["and I'll be getting the sleeve finished at another studio", 'threat_churn'],
      ["Honestly I'm about ready to go with someone else, we already have two other quotes.", 'threat_churn'],
      ["once my contract's up in October I'm off to another network", 'threat_churn'],
      ["But if she doesn't turn up either I'm deleting the app.", 'threat_churn'],
      ["I'm posting about this in every wedding group in the county.", 'threat_public'],
      ['this whole chat is going in a review so people know.', 'threat_public'],
      ["I'm leaving a review on the app store about how this was handled.", 'threat_public'],
    ]);
    expect(kindsOf('I rearranged my work day for this. Again.')).not.toContain('repeat_contact');
    // Round 57 reversed this round's call: 18 of 23 judged lines with "I reported it/him …" are repeat contact.
    expect(kindsOf('I reported it on Sunday night, can you check the status?')).toContain('repeat_contact');
    expect(kindsOf("I'll leave a review about how helpful you were!")).not.toContain('threat_public');
  });

  it('agent lines: the fault put on the customer, "that\'s just how it is", "I don\'t make the rules"', () => {
    expectEach(
      [
        ['Well, the logs show a power interruption, so something on your side cut it.', 'agent_blame'],
        ['The damage was caused by a spill on your end.', 'agent_blame'],
        ["I don't make the rules. The £180 stands.", 'agent_bare_refusal'],
        ["That's just how it is.", 'agent_bare_refusal'],
      ],
      'agent',
    );
    expect(kindsOf("Deposits are non-refundable, it's there in bold.", 'agent')).not.toContain('agent_bare_refusal');
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'the battery is 5 months old. can you roll the firmware back remotely?' },
      { id: 'm2', role: 'agent', text: 'No.' },
    ]);
    expect(refused.triggers.map((t) => t.kind)).toContain('agent_bare_refusal');
  });
});

describe('round twelve: letters pasted into the chat, and social-media DMs', () => {
  it('words pasted from the company letter are not the customer threatening', () => {
    const pasted = analyzeConversation(
      [
        {
          id: 'm1',
          role: 'customer',
          text: 'Got this today: "FINAL NOTICE. If payment is not received we may pass your account to our solicitors and take legal action." What does it mean?',
        },
      ],
      { tone: false },
    );
    expect(pasted.triggers.map((t) => t.kind)).not.toContain('threat_legal');
    expect(kindsOf('my brother is a solicitor and he said to also ask for the photos your warden took')).not.toContain('threat_legal');
    expect(kindsOf("My son is a solicitor and he's already said he'd be happy to pursue this.")).toContain('threat_legal');
  });

  it('implied frustration, and excitement that is not', () => {
    expectHeard('frustration', [
      "It reads like I'm some kind of criminal.",
      'So you can see the payment but not the plan. Your records are wrong.',
      '£340 for nothing?',
      "day 5 of 'SOS only' at my flat",
      'Would be good if the date was right this time.',
      'every return ive made has been a saga',
      "not trying to be dramatic, it's just been a lot",
      'posting this map so everyone can see how u rob people',
      'still shouldnt have taken 2 hours tho',
      "the route changed because HE changed it. i didn't ask him to",
    ]);
    expectQuiet('frustration', [
      '@StrideLabHQ OMG I GOT THEM!!! VR87 EMBER 🔥🔥🔥 first W in like 6 raffles',
      'killed it, reopened... THERE IT IS!!! 🍔🍔🍟 ur a legend',
      '@PixelVaultStore my NOVA X arrived!!! LETS GOOOO 🎮🎮🎮',
      'also the lineup is insane, TIDEWATER are gonna kill it 😭🔥',
      "thank you. sorry I'm a bit of a mess today",
      "a friend said I should go to the ombudsman but I don't want to make trouble, I just want to sort it out",
    ]);
    expect(kindsOf('i would literally kill for that shade', 'customer', true)).not.toContain('threat_violence');
  });

  it('threats, requests, repeat contact and churn in these words', () => {
    expectEach([
      ['if you try to take it after I agreed a plan I will get a solicitor and sue you', 'threat_legal'],
      ["if I get one more letter after this I'm reporting you to trading standards", 'threat_regulator'],
      ["if anything like this happens again we're switching supplier", 'threat_churn'],
      ["Then I'll be porting my number out.", 'threat_churn'],
      ["And I'll be posting this whole chat in a review so people know.", 'threat_public'],
      ['posting this map on all my socials so everyone can see', 'threat_public'],
      ['is there someone who deals with this specifically?', 'escalation_request'],
      ['every bank has managers. put me through to one', 'escalation_request'],
      ['I agreed a payment plan on the phone with one of your colleagues on the 2nd.', 'repeat_contact'],
      ["I DM'd on Monday and was told 48 hours.", 'repeat_contact'],
      ['been on hold with u lot twice already tonight', 'repeat_contact'],
      ['i already called, 40 mins on hold then it cut off', 'repeat_contact'],
      ['are you even a real person? you lot are parasites', 'abuse'],
    ]);
    expect(kindsOf("I'm moving to Portugal for work next month and need to end my contract.")).not.toContain('threat_churn');
  });

  it('agent lines', () => {
    expectEach(
      [
        ["I'm not able to withdraw the default notice.", 'agent_bare_refusal'],
        ["I'm not able to do that.", 'agent_bare_refusal'],
        ['We cannot put the account on hold.', 'agent_bare_refusal'],
        ["From these it looks like you've dropped it or forced the lid open.", 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round thirteen: furious in a formal register, and agents who get it wrong', () => {
  it('formal frustration', () => {
    expectHeard('frustration', [
      'I must say it is a little tiresome; my first appointment is on Monday.',
      'Could you explain why, having been told in writing that the limousine was included, it now appears separately?',
      'I find that difficult to believe of an institution of this size.',
      'I would much rather not, but you leave me little alternative.',
      'With respect, my photographs show the fall front in good light.',
      'I would ask you not to suggest it was pre-existing.',
      'That is the first sensible thing anyone has said.',
      "hopefully. right. I need the car on thursday, I can't plan around hopefully.",
      "You're not sure? You work there.",
      'This is going nowhere. Can I speak to a supervisor please.',
    ]);
    expectQuiet('frustration', [
      'Ah, that makes perfect sense, thank you.',
      'With thanks for your help, I shall look out for the invoice.',
      'Which one is it? The blue folder or the grey one?',
    ]);
  });

  it('formal threats, requests and repeat contact', () => {
    expectEach([
      ['As I explained on 12 and 26 January, the payment was sent on 3 January.', 'repeat_contact'],
      ['That is the same thing I was told in March.', 'repeat_contact'],
      ['I should like to speak to him or to whoever he has delegated this to.', 'escalation_request'],
      ['I shall be writing to the Headmaster and to the Chair of Governors this evening.', 'escalation_request'],
      ['that is not true, every insurer has a complaints process.', 'escalation_request'],
      ['If the deposit cannot be refunded I shall ask my card issuer to raise a dispute.', 'threat_chargeback'],
      ['Should I not hear from you, I will proceed with the dispute.', 'threat_chargeback'],
      ["I shan't be bidding with Harcourt & Vane in future. I shall take my custom to houses who are more transparent.", 'threat_churn'],
      ['If this is not put right, I shall raise it at the AGM.', 'threat_public'],
      ['I shall also be raising the matter with the ICAEW, as I understand the firm is regulated by them.', 'threat_regulator'],
      ['Forgive me, but whoever drafted this policy is an imbecile.', 'abuse'],
    ]);
    expect(
      kindsOf('My solicitor is dealing with the party wall notices and has asked me to get a copy of our signed appointment.'),
    ).not.toContain('threat_legal');
    expect(kindsOf("can you close my account after the collection? I won't need it from abroad. no complaints")).not.toContain(
      'threat_churn',
    );
  });

  it('agent lines: the fault put on what the customer sent, no one to escalate to, a promise not made', () => {
    expectEach(
      [
        ['The delay was really due to the information you provided.', 'agent_blame'],
        ["If the schedule had been complete this wouldn't have happened.", 'agent_blame'],
        ["There isn't anyone else to escalate to, the fees office makes these decisions.", 'agent_denies_escalation'],
        ["The Bursar doesn't take queries from parents directly.", 'agent_denies_escalation'],
        ["We can't contact sellers.", 'agent_bare_refusal'],
        ["I believe it goes to review at some point but I can't promise anything.", 'agent_hedging'],
      ],
      'agent',
    );
    expect(kindsOf("I can pass it to the bookings team to review, but I can't promise anything.", 'agent')).not.toContain('agent_hedging');
  });
});

describe('round fourteen: threat words that are not threats, and long chats over several topics', () => {
  it('look-alikes stay quiet', () => {
    expect(kindsOf("everyone has been so kind, I'll tell everyone how good you've been about this")).not.toContain('threat_public');
    expect(kindsOf('Can I speak to the manager of the venue about the menu?')).not.toContain('escalation_request');
    expect(kindsOf('Also, how do I make a complaint about the courier?')).not.toContain('frustration');
    expect(kindsOf("she's halfway through that baking show and it's killing her not knowing who wins", 'customer', true)).not.toContain(
      'threat_violence',
    );
    expect(kindsOf('The seller entered the wrong tracking number. I have messaged them.', 'agent')).not.toContain('agent_blame');
    expect(kindsOf("I'll be telling everyone about this.")).toContain('threat_public');
  });

  it('implied frustration', () => {
    expectHeard('frustration', [
      'It is the same address I gave the last two times. Do you not keep notes from the previous chats?',
      "Is there a reason those aren't visible to you?",
      "I emailed photos at 9:40, it's now 10:15. Did nobody look at them?",
      'Could you find out rather than guess?',
      "Right. Just 'no'. Good to know how Brightcart treats its customers.",
      '12 weeks to return money for a flight you cancelled.',
      "So your system confirms the freeze, takes the money anyway, and that's my problem?",
      'and how long does the landlord take to approve, another 3 months?',
      "brilliant. if it's not replaced this time I'm reporting you.",
      "I'd appreciate it if someone actually let me know about the hotel this time.",
    ]);
  });

  it('threats, requests, repeat contact and churn', () => {
    expectEach([
      ['It is the same address I gave the last two times.', 'repeat_contact'],
      ['I attached one on the 3rd, the 7th and the 11th.', 'repeat_contact'],
      ['I disputed this with you in May and heard nothing.', 'repeat_contact'],
      ['if this one comes out wrong as well my next message will be from my solicitor.', 'threat_legal'],
      ['Is there an actual person at TablePoint I can talk to?', 'escalation_request'],
      ['Then give me a number or an email for one.', 'escalation_request'],
      ["after this I'll be booking with restaurants directly.", 'threat_churn'],
      ["If this happens again I'm moving my salary and the joint account to another bank.", 'threat_churn'],
      ["Honestly if that's how it works I'll cancel my membership.", 'threat_churn'],
    ]);
  });

  it('agent lines', () => {
    expectEach(
      [
        ['Please check your details carefully next time.', 'agent_blame'],
        ['If the delivery address was entered incorrectly that would explain it.', 'agent_blame'],
        ["Express isn't available for re-engraves.", 'agent_bare_refusal'],
        ["I still can't refund the June payment though.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round fifteen: a bot answers first, and English as a second language', () => {
  it('asking the bot for a person', () => {
    expectHeard('escalation_request', [
      'AGENT. a human. please',
      'stop sending me links. human please',
      "i know about the notice period, i cancelled on 2 sept. that's over 2 months ago. representative",
      'Yes, I followed both of those articles. Twice. Is there actually a person I can talk to?',
    ]);
    expect(kindsOf('Which agent did I speak to yesterday, do you know?')).not.toContain('escalation_request');
    expect(kindsOf('The human error was mine, sorry.')).not.toContain('escalation_request');
    expect(kindsOf("Sorry, I can't connect you to an agent. Is there anything else I can help with?", 'agent')).toContain(
      'agent_denies_escalation',
    );
  });

  it('implied frustration', () => {
    expectHeard('frustration', [
      'stop sending me links',
      'right, so can you chase the assessor or not?',
      'Yes, I followed both of those articles. Twice.',
      "No?? That's it? You've taken €312 that you can see is a duplicate",
      'The inspector told me the room was perfect. So what they are inspecting now?',
      'I did this already in March. The address is verified. So why is it in review?',
      'Maybe. Very helpful.',
    ]);
    expectQuiet('frustration', [
      'Ok. So what happens now?',
      'Got them, thank you. Very helpful.',
      "6?? I thought we had 5. who's the sixth",
    ]);
  });

  it('repeat contact, refusals and hedges in these words', () => {
    expectEach([
      ['I wrote on Monday by email and I am waiting since 3 days the answer.', 'repeat_contact'],
      ['Yesterday I call your hotline and the man tell me same thing.', 'repeat_contact'],
      ["if it's not back by wednesday I'm disputing it with my bank", 'threat_chargeback'],
    ]);
    expectEach(
      [
        ["We don't rebook on other airlines.", 'agent_bare_refusal'],
        ['The payout is still on hold. You need to wait.', 'agent_bare_refusal'],
        ['It will be released soon I think.', 'agent_hedging'],
      ],
      'agent',
    );
  });
});

describe('round sixteen: email tickets that quote the company, and gamers', () => {
  it("the company's email quoted under a reply is not the customer's words", () => {
    const reply = [
      'Dear Ms Dunmore,',
      '',
      "Thank you. I rang them this morning and they are re-sending the form, which I'll return by post.",
      '',
      '> On 28 Mar, Meridian Pensions wrote:',
      '> If you are unhappy with our service you may refer your complaint to the Pensions Ombudsman.',
      '> Unfortunately we cannot refund the fee.',
    ].join('\n');
    expect(kindsOf(reply, 'customer', true)).toEqual([]);
    expect(kindsOf(`${reply}\n\nThis is ridiculous, I will be going to the Ombudsman.`)).toEqual(
      expect.arrayContaining(['frustration', 'threat_regulator']),
    );
    // A forum-style quote with no "wrote:" line is still read.
    expect(kindsOf('> this is ridiculous\nexactly what I said')).toContain('frustration');
  });

  it('game talk and gallery talk are not violence', () => {
    expectQuiet('threat_violence', [
      "he's our best entry frag 😭 we got slaughtered in ranked last season without him",
      'the match before the ban i went 38 kills with like 20 headshots',
      'our automod bot keeps killing threads in #combos after 24h',
      'the warm bulbs there rather kill the blues',
    ]);
    expect(kindsOf("I'm going to find your technician and kill him", 'customer', true)).toContain('threat_violence');
  });

  it('implied frustration and repeat contact', () => {
    expectHeard('frustration', [
      '"At the port" is what the February update said. That was 8 months ago.',
      "I didn't agree to wait 3 days for something I already paid for.",
      'so you charged me twice and still no refund. cool.',
    ]);
    expect(kindsOf('you told me that exact thing 4 weeks ago on the phone. same excuse')).toContain('repeat_contact');
    expect(kindsOf('It might be a sync delay, those can take a while sometimes.', 'agent')).toContain('agent_hedging');
  });
});

describe('round seventeen: outages, and swearing that is not anger', () => {
  it('happy or self-directed swearing is calm; swearing at the company is not', () => {
    expectQuiet('frustration', [
      "yo, got the 8.25 deck yesterday, it's f***ing brilliant",
      'holy sh*t that was fast, I only ordered it last night',
      'sweet, 10 mins is nothing. damn that was easy',
      "realised I put my old flat as the address, I'm a f***ing idiot.",
      'the forecast looks bloody awful, 30mph winds. what happens?',
    ]);
    expect(kindsOf('legend. damn you guys are chill', 'customer', true)).not.toContain('abuse');
    expect(kindsOf('this is f***ing ridiculous, where is my order')).toContain('frustration');
    expect(kindsOf('damn you and your useless app')).toContain('abuse');
    expect(kindsOf('honestly this is a f***ing joke')).not.toContain('abuse');
  });

  it('implied frustration, requests and threats', () => {
    expectHeard('frustration', [
      "refreshed, logged out, reinstalled the app. that's four times now",
      "why couldn't anyone do that on friday",
      "it says it's already left the warehouse?? so it's either printed or it isn't.",
      "£74 for a shirt I haven't got",
      "it was meant to ship in june. it's september",
    ]);
    expectEach([
      ['put me through to the promoter or a supervisor please', 'escalation_request'],
      ["tbh I'm putting this on the supporters' forum", 'threat_public'],
      ["I'm done, not buying anything else from you lot", 'threat_churn'],
    ]);
    expect(kindsOf("Can't do that.", 'agent')).toContain('agent_bare_refusal');
  });
});

describe('round eighteen: polite on the surface, and messages dictated in a hurry', () => {
  it('hears annoyance in a polite register, and the clock', () => {
    expectHeard('frustration', [
      "I'm sure you appreciate that I took a morning off work for the original appointment.",
      'Thank you for finally telling me something useful. Regards.',
      'Thank you. I trust this will be resolved by Friday.',
      'I would have expected someone to have been in touch by now. It should have been in touch by now, surely.',
      'ordered at 7 10 its now 8 50 where is my pizza',
      'ok so what am i meant to do stand here while the meter runs',
      'waited 25 mins outside in the cold then got a black cab cost me 68 quid',
      'it wasnt full stop had to pay with my own card again',
    ]);
    expectQuiet('frustration', [
      'I had rather hoped the number would shrink by itself, but I shan’t hold you to it.',
      'What am I supposed to do with the old router?',
      'Perfect. Is arrival still from 2pm?',
      'thanks so much, that is perfect',
      'i want a refund',
      'it cost me £20 to post it back, can I claim that?',
      'it cost me 12.50 for the stamp',
    ]);
    expect(kindsOf('the engineer came on Monday (account BS-77120), the boiler is fine')).not.toContain('frustration');
    expect(kindsOf('what a load of BS.')).toContain('frustration');
  });

  it('requests, threats and repeat contact said politely or without punctuation', () => {
    expectEach([
      ["I'm sure there is someone above you. I'd like to speak with whoever decided to schedule the works.", 'escalation_request'],
      ['As per my previous message on Monday, I am still waiting to hear back.', 'repeat_contact'],
      ["And I'll be moving both our pets' policies elsewhere at renewal.", 'threat_churn'],
      ['honestly after this ill go to the place on mill street from now on', 'threat_churn'],
      ["Honestly, you're about as much use as a chocolate teapot.", 'abuse'],
      ['why would i trust the same idiot who broke it', 'abuse'],
      ['and if the coat comes back ruined im taking you to small claims court', 'threat_legal'],
    ]);
    expect(kindsOf('As per your email I have attached the form.')).not.toContain('repeat_contact');
    expect(kindsOf('There was no mark when I sent it, I took photos before posting.')).not.toContain('repeat_contact');
    expect(kindsOf("if I'm going to take you to small claims court, what do I need?")).not.toContain('threat_legal');
    expect(kindsOf("I'll just use the app instead next time, it's quicker")).not.toContain('threat_churn');
    expect(kindsOf('this app is about as much use as a chocolate teapot')).not.toContain('abuse');
  });

  it("a report on the result of the agent's own action is not anger, from the lexicon or the tone model", () => {
    const chat = [
      {
        id: 'm1',
        role: 'agent' as const,
        text: "I'm sending a remote open for compartment 17 now. It should click open within about 20 seconds.",
      },
      { id: 'm2', role: 'customer' as const, text: 'still nothing' },
    ];
    expect(analyzeConversation(chat).triggers.map((t) => t.kind)).not.toContain('frustration');
    expect(analyzeConversation([chat[1] as (typeof chat)[number]]).triggers.map((t) => t.kind)).toContain('frustration');
  });

  it('agent lines', () => {
    expect(kindsOf("We don't pay other taxi fares.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf("We don't refund delivery fees because the courier is a separate company.", 'agent')).not.toContain(
      'agent_bare_refusal',
    );
    expect(kindsOf('You should have declared the stiffness when you renewed in February.', 'agent')).toContain('agent_blame');
    expect(kindsOf('You should have received an email from us this morning.', 'agent')).not.toContain('agent_blame');
  });
});

describe('round nineteen: threats said sideways around the world, and admins whose product words look like triggers', () => {
  it('product words stay calm', () => {
    expect(kindsOf('is there a kill switch for workflows or do I have to delete it?')).not.toContain('threat_violence');
    expect(kindsOf('is there a kill switch to isolate a host from the network?')).not.toContain('threat_churn');
    expect(kindsOf('also finance wants the chargeback report for Q1 as CSV')).not.toContain('threat_chargeback');
    expect(kindsOf('an old workflow keeps emailing leads twice.')).not.toContain('repeat_contact');
    expect(kindsOf("The truck won't be back at the depot until next Friday.")).not.toContain('threat_churn');
    expect(kindsOf("we're moving elsewhere in the building next month")).not.toContain('threat_churn');
    expect(kindsOf('My attorney is handling the transfer. She asked me to get a copy of the loan agreement.')).not.toContain(
      'threat_legal',
    );
    expect(kindsOf('My lawyer also wants to know whether the initiation fee is added to the bond.')).not.toContain('threat_legal');
    expect(kindsOf("If her status shows 'Pending', the role can't be changed yet.", 'agent')).not.toContain('agent_bare_refusal');
    // …while the real thing still counts.
    expect(kindsOf("I'll file a chargeback with my bank.")).toContain('threat_chargeback');
    expect(kindsOf("I won't be back, ever.")).toContain('threat_churn');
  });

  it('threats said sideways', () => {
    expectEach([
      ["Then we'll let the Tenancy Tribunal decide. Watch your inbox for a letter.", 'threat_legal'],
      ["let's see what the consumer forum thinks about a company that takes money and delivers nothing", 'threat_legal'],
      ['if the refund has not arrived I will call my bank to dispute it', 'threat_chargeback'],
      ["If this is how it's handled I'll port my number somewhere else this week.", 'threat_churn'],
      ['We will never sail with Azure Star again.', 'threat_churn'],
      ["we're evaluating other providers after this. If this happens again in December we're gone.", 'threat_churn'],
      ["I'll make sure everyone at my church knows exactly why.", 'threat_public'],
      ["And I'll be telling the flat-hunting group on Facebook how this has gone.", 'threat_public'],
      ["I'd hate for this to end up on the evening news.", 'threat_public'],
      ['Your delivery people had better hope I never find that warehouse of yours.', 'threat_violence'],
      ['If he turns up at my door again, someone is going to get hurt.', 'threat_violence'],
      ['I want someone from engineering or a manager on this chat now.', 'escalation_request'],
      ['Then I want someone from the porting team, or their supervisor, on this.', 'escalation_request'],
    ]);
    expect(kindsOf("I don't think I'll need to call my bank, it's fine")).not.toContain('threat_chargeback');
    expect(kindsOf('the news said the storm would knock out power tonight')).not.toContain('threat_public');
    expect(kindsOf('Fix that loose step before someone gets hurt, please.')).not.toContain('threat_violence');
  });

  it('implied frustration and agent lines', () => {
    expectHeard('frustration', [
      'Does anyone read the previous tickets? Every time I start from zero.',
      'I want an answer by Friday, not another closed ticket.',
      'You deleted our data with a silent default.',
      'you cost us an hour on a friday.',
      "right, silly me for not knowing a dinner cruise counts as 'international'.",
      "Status has said 'out for delivery' since Monday. Today is Thursday.",
    ]);
    expectQuiet('frustration', ['silly me, I typed the wrong postcode', 'Delivery since Monday has been fine, thanks.']);
    expectEach(
      [
        ['Your config probably had the wrong value, so this is a mistake on your side.', 'agent_blame'],
        ["If you weren't available, you needed to be waiting at the gate.", 'agent_blame'],
        ['You should have switched it off before you got on the boat.', 'agent_blame'],
        ["Supervisors follow the same policy, so they'd give you the same answer.", 'agent_denies_escalation'],
      ],
      'agent',
    );
  });
});

describe('round twenty: writing for someone else, and chats that turn around', () => {
  it("a relative's feelings passed on, and a customer taking back their tone, are calm", () => {
    expectQuiet('frustration', [
      'Mum was quite annoyed when I told her, she is very careful with money, but I have explained it was a mistake.',
      "ok. Sorry if I was short with you at the start, it's been a rubbish week and this didn't help",
      "I'm really sorry I called you incompetent. I've been holding it together all week. I didn't mean to take it out on you",
    ]);
    expect(kindsOf("I'm really sorry I called you incompetent.")).not.toContain('abuse');
    expect(kindsOf('My husband was really rude to your driver, sorry about that.')).not.toContain('abuse');
    expect(kindsOf('Honestly I am furious, and so is Mum.')).toContain('frustration');
  });

  it("a writer who passes on someone's threat on purpose is making it", () => {
    expect(kindsOf('My boss has asked me to let you know that he will sue if this is not fixed by Friday.')).toContain('threat_legal');
    expect(kindsOf('My boss said he will sue them over the parking, nothing to do with you.')).not.toContain('threat_legal');
  });

  it('requests, threats, repeat contact and implied frustration', () => {
    expectEach([
      ['Is there someone there who actually knows how the upload works?', 'escalation_request'],
      ["please don't give me some scripted answer, I want to speak to whoever actually runs the shop", 'escalation_request'],
      ["I'll collect it unrepaired and take it somewhere else.", 'threat_churn'],
      ["I'll be leaving a review so other people know what to expect.", 'threat_public'],
      ["She's reported it at the office twice.", 'repeat_contact'],
      ['I reported that on the 2nd and was told an engineer would come out.', 'repeat_contact'],
    ]);
    // Reversed in round 57 (see round eleven): a report made days ago is a contact made before.
    expect(kindsOf('I reported it on Sunday night. It is now Wednesday afternoon.')).toContain('repeat_contact');
    expectHeard('frustration', [
      'Box arrived today without the chicken. Again. Third week running.',
      "Fine. I'll wait to hear from her. I hope it's quicker than the last two months.",
      "For my part I'd just like it sorted, I've spent most of the morning on this already.",
    ]);
  });

  it('agent lines', () => {
    expect(kindsOf("We can't take maintenance requests on chat.", 'agent')).toContain('agent_bare_refusal');
    expect(kindsOf("While the appeal is open we won't take any recovery action on that £100.", 'agent')).not.toContain(
      'agent_bare_refusal',
    );
    expect(kindsOf("The pendant probably wasn't pressed firmly either.", 'agent')).toContain('agent_blame');
    const chat = [
      { id: 'm1', role: 'customer' as const, text: 'Can you send someone to fix the light this week? She is 91.' },
      { id: 'm2', role: 'agent' as const, text: 'Not this week.' },
    ];
    expect(analyzeConversation(chat).triggers.map((t) => `${t.messageId}:${t.kind}`)).toContain('m2:agent_bare_refusal');
  });
});

describe('round twenty-one: blunt writers who are not angry, and chats about renewals and cancelling', () => {
  it('a blunt writer who says they are calm is believed; a plain cancellation is not a threat', () => {
    expectQuiet('frustration', [
      'I am not frustrated. Answer the question I asked. Why is box 17 required.',
      'I am not angry. I am telling you what happened. I want the £8 refunded and an explanation.',
      '£20 credit? Very generous, thank you!',
    ]);
    expect(kindsOf("I'm not angry, but this is ridiculous.")).toContain('frustration');
    expect(kindsOf("ok. thank you. please close the account as well, I don't need it")).not.toContain('threat_churn');
    expect(kindsOf("yeah I'm sure, I won't be back in Leeds for a good while.")).not.toContain('threat_churn');
    expect(kindsOf("honestly I won't be back in a hurry")).toContain('threat_churn');
    expect(kindsOf('Noted, no refund requested. Thank you.', 'agent')).not.toContain('agent_bare_refusal');
    expect(kindsOf('Your account was opened in 2021, but you accepted updated terms when you renewed.', 'agent')).not.toContain(
      'agent_blame',
    );
  });

  it('leaving as pressure, and the rest', () => {
    expectEach([
      ["That's still £138 more than Harbourline. If you can't get closer than that I'm going with them, simple as.", 'threat_churn'],
      ["If the rise goes ahead on the 1st I'll hand in my notice and we'll all move to Hatch Works down the road.", 'threat_churn'],
      ["ok. if a fourth chicken box turns up I'm cancelling, and I'll put the whole thing on the dog owners' group", 'threat_churn'],
      ["ok. if a fourth chicken box turns up I'm cancelling, and I'll put the whole thing on the dog owners' group", 'threat_public'],
      ["And I'll be saying so in a review, long-standing readers deserve to know how they're treated.", 'threat_public'],
      ['I gave both of these on the phone on 2 April and by email on the 19th.', 'repeat_contact'],
      ['I messaged after both of the last two and got a sorry each time', 'repeat_contact'],
      ['I spent 40 minutes on hold yesterday for that call-back promise.', 'repeat_contact'],
      ['That person exists. I want to speak to them or to their manager.', 'escalation_request'],
    ]);
    expect(kindsOf("I'm going with them to the appointment on Friday, can I change the time?")).not.toContain('threat_churn');
    expectHeard('frustration', [
      "Can't or won't.",
      'you think maybe. brilliant.',
      'A loyalty rate that goes up 33% in one go. Very generous.',
    ]);
    expect(kindsOf('fine. sorry for the idiot bit. but I want someone senior to look at this')).not.toContain('frustration');
    expectEach(
      [
        ['You must have printed more than you realised, or someone else in your household used it.', 'agent_blame'],
        ['Codes only stay valid for 30 days. You probably waited too long before using it.', 'agent_blame'],
        ['The guarantee is for first purchases only. You turned on auto-renew when you signed up.', 'agent_blame'],
        ["Thanks. I can't move it earlier.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });

  it("a reply to the agent's step to pull down and look is a report", () => {
    const chat = [
      { id: 'm1', role: 'agent' as const, text: 'Could you pull down on the Loans screen to refresh and tell me what you see?' },
      { id: 'm2', role: 'customer' as const, text: 'Done. Still not there.' },
    ];
    expect(analyzeConversation(chat).triggers.map((t) => t.kind)).not.toContain('frustration');
  });
});

describe("round twenty-two: the agent's side in many wordings, and customers who mix languages", () => {
  it('agent lines', () => {
    expectEach(
      [
        ['should be fine I think, most desks do it', 'agent_hedging'],
        ["Probably, can't say for sure, it depends on the supplier.", 'agent_hedging'],
        ['The return is received. Refund cannot be processed at this time.', 'agent_bare_refusal'],
        ["Riders are responsible for checking the scooter. You probably didn't notice the damage.", 'agent_blame'],
      ],
      'agent',
    );
    expect(kindsOf("I don't know yet, I'll find out and message you by 3pm.", 'agent')).not.toContain('agent_hedging');
    expect(kindsOf('Your refund cannot be processed until the item is back, because the courier scans it first.', 'agent')).not.toContain(
      'agent_bare_refusal',
    );
  });

  it('customers who mix languages', () => {
    expectHeard('frustration', [
      'mira, ya me cansé. I have the tracking and the photos',
      'medyo nakakainis kasi encore na',
      'might? 4 x 299 is almost 1200 rupees bhai',
      "'probably'? I pay £11.99 a month for this and I need a phone for work",
    ]);
    expectEach([
      ['boa tarde. já é a terceira vez que escrevo sobre isso.', 'repeat_contact'],
      ['I cleared them on Tuesday after your colleague suggested the same thing. Same message.', 'repeat_contact'],
      ["pois é. honestly, se não resolver hoje I'm porting my number to another operator.", 'threat_churn'],
      ["honestly after this I'll be taking it to another shop from now on", 'threat_churn'],
      ['wah lau. same saved address, never change. you all damn useless', 'abuse'],
    ]);
    expect(kindsOf('I sent 250 dollars to my mom yesterday through the app and it still shows en proceso.')).not.toContain(
      'repeat_contact',
    );
    expect(kindsOf("ok. her doctor sent it by email yesterday, inshallah it's there. can you check?")).not.toContain('repeat_contact');
    expect(kindsOf('got it, thanks. my lawyer will be happy lol')).not.toContain('threat_legal');
    expectQuiet('frustration', ['the restaurant already close. ok just the refund can. sorry for saying useless, very hungry and tired']);
  });

  it('a reply to "have you replaced the batteries?" is a report', () => {
    const chat = [
      {
        id: 'm1',
        role: 'agent' as const,
        text: 'Orange blinking usually means low battery. Have you replaced the 4 AA batteries recently?',
      },
      { id: 'm2', role: 'customer' as const, text: 'changed them an hour ago, still blinking' },
    ];
    expect(analyzeConversation(chat).triggers.map((t) => t.kind)).not.toContain('frustration');
  });
});

describe('round twenty-three: on site under time pressure, and violent events described rather than threatened', () => {
  it('violence that happened, or someone else threatened, is not the customer threatening', () => {
    for (const line of [
      'A Year 9 boy was punched and another pupil threatened to stab him; police have been informed.',
      'Someone smashed my window and took the laptop. I was shaking for an hour.',
    ])
      expect(kindsOf(line), line).not.toContain('threat_violence');
    expectEach([
      ["tell whoever made this decision: if I have to come down there they'll regret it", 'threat_violence'],
      ['you lot are absolute parasites.', 'abuse'],
    ]);
  });

  it('an ironic emoji turns praise around, and only praise', () => {
    expectHeard('frustration', ["Great, thanks, that's really helpful 🙃"]);
    expectQuiet('frustration', [
      'honestly my own fault, I was half asleep 🙃',
      'can I cancel the add-on for race cover? not going to be racing this season with this wrist 🙃',
    ]);
  });

  it('threats, requests and repeat contact', () => {
    expectEach([
      ["and I'm writing this up in the app store reviews so people know your confirmations mean nothing", 'threat_public'],
      [
        "if this isn't sorted I'm ringing the breakfast show tomorrow and telling every listener how you treat your winners",
        'threat_public',
      ],
      ['if it comes back no again the whole thing goes on reddit and to the money saving forums', 'threat_public'],
      ["honestly I'm done. I rent a car 5 or 6 times a year and it won't be with you again", 'threat_churn'],
      ["if this isnt fixed by tomorrow I'm going over to Zippa full time", 'threat_churn'],
      ["if this isn't working today I'm phoning the bank to reverse every payment since January", 'threat_chargeback'],
      ['Is there anyone there who can actually help? a supervisor, anyone?', 'escalation_request'],
      ['I sent it on 8 May. Then again on 15 May.', 'repeat_contact'],
      ['uploaded it tuesday. and wednesday. its there.', 'repeat_contact'],
    ]);
    expect(kindsOf("it's up, I'm out. thanks!")).not.toContain('threat_churn');
    expect(kindsOf('the roaming thing on my plan that I never use, can you cancel the add-on while you are in there')).not.toContain(
      'threat_churn',
    );
    expect(kindsOf('I uploaded the summary on 2 August. And again on 20 August when your email asked for it.')).not.toContain(
      'repeat_contact',
    );
    expectHeard('frustration', [
      "That's the same link again.",
      'So the plan is I sleep in the car park and come back tomorrow?',
      'right, so what are you doing about it?',
    ]);
    expectEach(
      [
        ['The add-on has to be switched on by the owner; looks like that step was missed on your end.', 'agent_blame'],
        ['Malicious damage by tenants is excluded.', 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round twenty-four: messages that arrive as emails, and medical words', () => {
  it("an Outlook-style earlier email and a footer's disclaimer are not the customer's words", () => {
    const email = [
      'Hi support,',
      '',
      'One of our clients forwarded the reminder below. The invoice was paid on the 3rd. Could you tell me why the reminder went out?',
      '',
      'Kind regards,',
      'Rachel',
      '',
      '-----Original Message-----',
      'From: Colin Marsh',
      'Sent: 05 March 09:12',
      'Subject: FW: FINAL NOTICE',
      '',
      'honestly this is ridiculous, "final notice, we may take legal action" from a firm we like!',
      '',
      'This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it.',
    ].join('\n');
    const kinds = kindsOf(email);
    expect(kinds).not.toContain('threat_legal');
    expect(kinds).not.toContain('frustration');
    expect(
      kindsOf('this is ridiculous.\n\n-----Original Message-----\nFrom: Support\nSent: Monday\n\nThanks for your patience.'),
    ).toContain('frustration');
  });

  it('requests, repeat contact and churn in business email', () => {
    expectEach([
      ['Can I please speak to your service delivery manager, or whoever is above you?', 'escalation_request'],
      ['Understood. Is there someone else who could send them?', 'escalation_request'],
      ["Following up on the below - it's now eight working days and I haven't had any update.", 'repeat_contact'],
      ['Just checking in on the below. Our contractor needs the spec by Friday.', 'repeat_contact'],
      ['I have been chasing this claim for six weeks now.', 'repeat_contact'],
      ['if this happens one more time we will move the fleet to another card provider.', 'threat_churn'],
      ["If it happens again I'm asking my clinic to move me to a different supplier.", 'threat_churn'],
      ["ok. and I'm going to post about this on the hospital's facebook page, other families should know", 'threat_public'],
    ]);
    expect(kindsOf('our security team will send the code to your team lead separately.')).not.toContain('escalation_request');
    expectQuiet('frustration', ['Lovely. Could you pause my standing order for the next 2 weeks? I am closing the shop for a holiday.']);
    expectEach(
      [
        ['Hi Dimitri, the insurer has declined the claim.', 'agent_bare_refusal'],
        ["Hi Marcus, the BACS run failed because your payroll wasn't approved in time.", 'agent_blame'],
      ],
      'agent',
    );
  });

  it('medical words are not threats or anger', () => {
    expect(kindsOf('if I also take ibuprofen am I at risk of an overdose? my back is killing me this week')).not.toContain(
      'threat_violence',
    );
    expectQuiet('frustration', ["no, you've been very helpful"]);
    // (The lexicon alone: the tone model still hears 'sick of' here, a known limit.)
    expect(kindsOf("I'm sick of the pain and I want a physio to look at it")).not.toContain('frustration');
    expect(kindsOf("I'm sick of chasing you for this refund")).toContain('frustration');
  });
});

describe('round twenty-five: gift deadlines, and tenants in winter', () => {
  it('relief, pests and a lawyer handling family papers stay calm', () => {
    expectQuiet('frustration', ["Perfect. It's for her first Christmas so I'd have been gutted if the name was wrong forever"]);
    expect(kindsOf("Will the bait kill them? I've got a cat and a 2 year old, is it safe?")).not.toContain('threat_violence');
    expect(kindsOf("My solicitor handles mum's lasting power of attorney and sent you a copy in the summer.")).not.toContain(
      'threat_legal',
    );
    expect(kindsOf("fine. I'm still leaving a review everywhere I can")).not.toContain('threat_churn');
  });

  it('implied frustration, repeat contact and threats', () => {
    expectHeard('frustration', [
      "You're not sure. OK. I paid £64 for a book of a stranger's wedding.",
      'How was I supposed to know it was dead?',
      'I just told you. 2-3 and 3-4.',
      "Noted. It was noted in December too. A date please, not 'a few weeks'.",
      "HT-60277. You'd think you'd have it by now.",
    ]);
    expectEach([
      ["You've got it, I've given it on every call. I rang on the 11th, the 19th, the 2nd and last Friday.", 'repeat_contact'],
      ['Because YOUR engineer swapped the meter and never updated it. I told the last person that.', 'repeat_contact'],
      ["hello, I'm chasing the window replacement scheme again.", 'repeat_contact'],
      ["I've already sent everything to my MP.", 'threat_public'],
      ["I'm putting photos of these windows in the Tennyson Estate residents group.", 'threat_public'],
      ['if nobody turns up on the 16th the photos go up.', 'threat_public'],
      ["they've put me in touch with a housing solicitor about a disrepair claim.", 'threat_legal'],
      ['ok. still switching though.', 'threat_churn'],
    ]);
    expectEach(
      [
        ['Our system does not change the text, so the typo must have been in what you submitted.', 'agent_blame'],
        ['mould like that is usually down to condensation from drying clothes indoors.', 'agent_blame'],
        ["Your flat was taken off the programme because you weren't in for the survey.", 'agent_blame'],
        ["I've said there's nobody else.", 'agent_denies_escalation'],
        ['The part should be here in the next few weeks.', 'agent_hedging'],
        ['Adjustments should be within 28 days normally.', 'agent_hedging'],
        ["I understand. I can't stop the direct debit.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round twenty-six: accessibility and fair treatment, and travel compensation', () => {
  it('threats and requests', () => {
    expectEach([
      ['I am going to report this to the Equality Advisory Service and to the licensing authority at the council.', 'threat_regulator'],
      ["Right. Then I'll take it to AviationADR, and if you're not signed up to that I'll go to the CAA.", 'threat_regulator'],
      ["You're an ABTA member, I'll file with ABTA's dispute resolution service.", 'threat_regulator'],
      ["There must be someone above you. I'm asking again to have this escalated to a supervisor.", 'escalation_request'],
      ["and I'm cancelling the two nights I booked with you in May", 'threat_churn'],
      ["to be honest after this I'm going to fly next time, it's cheaper anyway.", 'threat_churn'],
      ["if nothing works I'll just give up my membership", 'threat_churn'],
      ["I'm putting a review up on Rightmove and Google about this.", 'threat_public'],
    ]);
    expect(kindsOf('I am going to report this to the Equality Advisory Service.')).not.toContain('threat_churn');
    expect(kindsOf('my disability claim is with my lawyer and she asked for a copy of my last invoice')).not.toContain('threat_legal');
    expect(kindsOf("That's how the system is set up.", 'agent')).toContain('agent_bare_refusal');
  });
});

describe('round twenty-seven: colourful words about devices, and loyal customers with one complaint', () => {
  it('a device, not a person', () => {
    expect(kindsOf('since the update my car screen reboots every 10 minutes and kills the nav mid-route')).not.toContain('threat_violence');
    expect(kindsOf("ok. I'll hold off on calling the bank then.")).not.toContain('threat_chargeback');
  });

  it('threats, requests and repeat contact', () => {
    expectEach([
      ["honestly if this happens again I'm trading the car in for another brand.", 'threat_churn'],
      ["Then I'll dispute it with my card company, and I'm moving my vault to another password manager.", 'threat_churn'],
      ["Honestly, I'm done. I'm cancelling the standing order and I'll be buying from the market stall from now on.", 'threat_churn'],
      ["Can I talk to Phil or whoever's in charge please?", 'escalation_request'],
      ['I mentioned it in person last week and was told it would be sorted.', 'repeat_contact'],
    ]);
    expectHeard('frustration', ['yes. like I said the last two times. with the microfiber cloth.']);
    expectEach(
      [
        ["Then you probably didn't set the virtual wall correctly.", 'agent_blame'],
        ['You must have given your child the parent PIN, the purchases needed it.', 'agent_blame'],
        ["The spec sheet you filled in said 6'4. We build what's on the sheet.", 'agent_blame'],
        ["We don't repair rings that are over 60 days old.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round twenty-eight: older customers in long polite messages, and small businesses losing money', () => {
  it('paperwork for a solicitor, a cluster being rebuilt and a service being stopped are not threats', () => {
    expectQuiet('threat_legal', [
      "My solicitor, Mr Pryce, is dealing with Dennis's estate and he asked me to get a copy of the scheme booklet.",
      "my lawyer is handling my mum's estate and she needs a copy of the statement",
    ]);
    // The lawyer handling the dispute itself still counts.
    expectHeard('threat_legal', ['my lawyer, Ms Shah, is handling this and she wants a copy of every chat log']);
    expectQuiet('threat_violence', [
      "We'll probably kill the single-zone cluster and rebuild it next sprint anyway.",
      'Is that covered or should I kill that off and pay for the extra week myself?',
      'my son smashed his windscreen playing cricket, is that covered?',
    ]);
    expectQuiet('escalation_request', ['Could you please escalate the ticket priority to P1? Ticket PD-20931.']);
    expectQuiet('threat_churn', [
      "Hi, we're terminating the old contract as planned and moving to the new 900Mb plan with you from the 1st.",
      'I will move my savings to the new account next month',
    ]);
    expectQuiet('repeat_contact', [
      'I rang your office in the summer about my address because we moved, and that was all sorted very quickly, so I thought I would try the typing this time.',
    ]);
  });

  it('the quiet ways they say they have had enough', () => {
    expectHeard('frustration', [
      'So I waited in all day Wednesday for nobody.',
      'Thank you. I will be in. I would just like someone to actually come this time.',
      'Well that is not much help.',
      'Thank you. I will believe it when it comes.',
      'I have been sat in the lounge all day waiting.',
      '3.30. That is most of the first day gone.',
      'you cant resend her heart medication??',
      "Booked for delivery Tuesday. It's Thursday.",
      "I'd like a definite answer rather than probably.",
      "both. ONE location. it's on your screen surely",
      'Nobody here submitted anything. Check your logs before accusing my staff.',
    ]);
    expectQuiet('frustration', [
      "I've been sitting in the garden all day, lovely",
      'the engineer came on Tuesday and it is all working now',
    ]);
  });

  it('threats, requests and repeat contact in their words', () => {
    expectEach([
      ['I shall be writing to the Gazette about this.', 'threat_public'],
      ['Then I would like somebody senior to ring me back.', 'escalation_request'],
      ['working. I still want that call from the duty manager tomorrow about compensation', 'escalation_request'],
      ['if it is like this again I shall move my savings to the credit union in town.', 'threat_churn'],
      ["If the next two weeks aren't spotless we won't be renewing, we'll go out to tender.", 'threat_churn'],
      ["We're also reviewing whether to move to another provider at the end of the quarter.", 'threat_churn'],
      ['I have been polite, but I have now been to the branch, rung the helpline where I waited 40 minutes.', 'repeat_contact'],
      ['BS3 4QT. Same postcode I gave on the phone on Tuesday and in the email yesterday.', 'repeat_contact'],
      ["The Tuesday call said it was on the vehicle. Yesterday's email said it was at the Bristol depot.", 'repeat_contact'],
      ['Outbound fine. Inbound dead. Same as I wrote in the ticket 2 hours ago.', 'repeat_contact'],
      ['Same timber order, same date. Rang the branch Monday and they said trade accounts would sort it.', 'repeat_contact'],
    ]);
    expectQuiet('threat_public', ["I'm going to the Echo Arena tonight", 'can you send it to the Herald office address']);
    // Speaking of a renewal in a question, or denying one, is not a threat.
    expectQuiet('threat_churn', ["I'm not saying we won't be renewing", "if we won't be renewing what happens to our data?"]);
  });

  it("the agent's side: a bare no, the invoices standing, the customer's own staff blamed", () => {
    expect(afterRequest('I have a passbook. Is there no other way?', 'No, sorry.')).toContain('m2:agent_bare_refusal');
    expect(afterRequest('Could I not just send a passport photograph by post?', 'No.')).toContain('m2:agent_bare_refusal');
    expectEach(
      [
        ['The invoices stand.', 'agent_bare_refusal'],
        ['Both invoices are valid on our system.', 'agent_bare_refusal'],
        ['The request came from your account, so someone on your side must have submitted it by mistake.', 'agent_blame'],
      ],
      'agent',
    );
    expectQuiet('agent_bare_refusal', ['Both invoices are valid on our system, but I can raise a query with accounts.'], 'agent');
    expectQuiet('agent_blame', ['someone at our end must have entered the wrong date, sorry'], 'agent');
  });
});

describe('round twenty-nine: young customers in slang, and long waits told through dates', () => {
  it('what they mean when it is not a joke', () => {
    expectHeard('frustration', [
      'ok finally',
      'i dont want a maybe. 3 weeks. 47 quid',
      'Did the assessor even read it?',
      "So it's been sitting with you for three weeks because of a typo and nobody thought to email me.",
      "if this is how warranty claims go, it'll be the last.",
      'And I want it in writing that the garage report is being looked at this time.',
      'Your fitter said a replacement would be templated within 48 hours. That was on Monday the 2nd.',
      "I sent the receipts on the 8th and haven't heard a thing.",
    ]);
    expectQuiet('frustration', ['okay finally got it working, thanks!', 'The installer said 2-3 days. That was fine by me, no rush.']);
  });

  it('threats, abuse and repeat contact', () => {
    expectEach([
      ['honestly if i see that guy again i swear ill smash his windscreen in', 'threat_violence'],
      ['what am I supposed to do with a piano wrecked by the bunch of clueless idiots you call a crew?', 'abuse'],
      ["We'll go elsewhere for the whole office next year.", 'threat_churn'],
      ['the person yesterday said 24 hours. its been 48.', 'repeat_contact'],
      ['Then where? The last two times I was told it was being looked into.', 'repeat_contact'],
      ['yes. i restarted it yesterday when i called about this exact same thing.', 'repeat_contact'],
      ['ive given it every single time. TZ-9920157', 'repeat_contact'],
    ]);
  });

  it("the agent's side: a no with nowhere to go, and one with a door left open", () => {
    expectEach(
      [
        ["No, voided orders can't be reinstated.", 'agent_bare_refusal'],
        ["I'm sorry, but I'm not able to change the charge.", 'agent_bare_refusal'],
        ['Hello. Refunds of overpayments are not processed through chat.', 'agent_bare_refusal'],
        ['You needed to tell your payroll team once the balance was cleared.', 'agent_blame'],
      ],
      'agent',
    );
    expectQuiet(
      'agent_bare_refusal',
      ["I'm sorry, but I cannot provide information on the taxi without knowing your destination."],
      'agent',
    );
    expectQuiet('agent_denies_escalation', ["I can't transfer chats, but I can open a formal review of the decision."], 'agent');
  });
});

describe('round thirty: sarcasm and real warmth, and pasted logs', () => {
  it('a kernel log is not a threat; a promise of a review and leaving is', () => {
    expectQuiet('threat_violence', [
      'found this in the error log:\n[Tue 03:14:07] kernel: Out of memory: killed process 4411 (php-fpm) (OOM killer)\n[Tue 03:14:07] php-fpm: FATAL: child 4411 exited on signal 9 (SIGKILL)',
    ]);
    expectEach([
      ['ok i see them. leaving a 1 star review and im not spending another cent on this game', 'threat_churn'],
      ["If it's not right after 14:00 we're moving to another CRM at the end of the quarter.", 'threat_churn'],
      ["but if we walk into that board meeting with no numbers I'm writing this up on LinkedIn", 'threat_public'],
    ]);
    expectQuiet('threat_churn', ["I'm moving to another flat next month, can the broadband come with me?"]);
  });

  it('the agent’s time frame echoed back in disbelief, and not when it is good news', () => {
    expectHeard('frustration', [
      'An hour? Parents are at the gate asking me about it now.',
      '10 working days. brilliant. and what am I supposed to do',
    ]);
    expectQuiet('frustration', ["2 days? wow that's quick", 'ah ok. was about to ring my bank about it lol']);
  });

  it("the agent's side: the customer's click blamed", () => {
    expectEach([["It looks like you clicked the upgrade button twice, that's why there are two charges.", 'agent_blame']], 'agent');
  });
});

describe('round thirty-one: anger aimed at someone else', () => {
  it('feelings and insults that belong to other people', () => {
    expectQuiet('frustration', [
      "thank you. do you have another saturday free in the next month? he's really upset about it",
      'Last time my neighbour drove him he was absolutely fuming about it, so is there parking now?',
      "we've had 20 emails from parents since, two of them are furious.",
      "I'm not angry with him really, I get that it's disappointing, but the court stuff feels a bit OTT",
      'great. my bank says the payment is pending, will that change? their app is useless at explaining anything',
      'perfect, thanks for sorting my mess',
      'I was in a car accident in March (some idiot went into the back of me at a roundabout).',
      '6.13.0. play store says no update available tho',
    ]);
    // Said of the company, the same words still count.
    expectHeard('frustration', ["I'm really upset", 'she is useless, your agent', 'still no update on my refund']);
    expectQuiet('threat_legal', ['I need my last two eye test records. My solicitor asked me to get them for the claim.']);
    expectQuiet('repeat_contact', ["I've messaged the seller twice through the app and he's left me on read"]);
    expectHeard('repeat_contact', ["I've messaged you twice already"]);
  });

  it('when it does turn on the company', () => {
    expectHeard('frustration', [
      "I'm not going to be fobbed off.",
      'I put the crematorium address in the delivery notes. Please don’t put this on me.',
      'It was with you for nine days the first time. How long will it be this time?',
    ]);
    expectEach(
      [['Looking at the order, the delivery address was entered as the funeral home rather than the crematorium.', 'agent_blame']],
      'agent',
    );
  });
});

describe('round thirty (sarcasm) and thirty-one (money worries): what the sets added', () => {
  it('sarcasm after a letdown, not warm thanks', () => {
    expectHeard('frustration', ['Great, just great. Can I speak to a manager then please?', 'It has already been three weeks.']);
    expectQuiet('frustration', ['Oh great, just great 🎉 thank you!']);
  });

  it("debt: the letters quote the court; the customer's own threats and dares still count", () => {
    expectEach([
      ["Then I'm going to the Ombudsman. and I'm sending all of this to the money page at the Evening Herald", 'threat_public'],
      ["we'll see what the ombudsman says about all this", 'threat_regulator'],
      ["and if it's rejected I'm still not paying. take me to court then, I'll see you there with my own lawyer", 'threat_legal'],
      ["then I'll phone my bank. and I'm cancelling the whole package, I can't afford to be treated like this", 'threat_churn'],
      ["Then please cancel the 21 May appointment as well, I'll be registering with another practice.", 'threat_churn'],
      ["at this point I'm going to post the pictures on your Facebook page so someone finally looks at them", 'threat_public'],
      ["fine. and tell whoever 'sorted it' last month they're a waste of space", 'abuse'],
      ['Fantastic, another form. I already filled that one in on Tuesday.', 'repeat_contact'],
    ]);
    expectHeard('frustration', [
      "I'm not asking if there's one on chat. I'm asking for someone senior to look at this.",
      'the letter says it could end up in the county court. for 4 minutes',
      "why wasn't the grace period applied in the first place then",
      'you could have told me it failed.',
    ]);
    expectEach(
      [
        ["If you didn't redirect your post, that's how these things happen.", 'agent_blame'],
        ['Looking at your files, those pages were uploaded at low resolution, so the print reflects what you uploaded.', 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round thirty-two: English around the world, and agents under pressure', () => {
  it('threats, repeat contact and frustration in many Englishes', () => {
    expectEach([
      ['Then what I should do? I am following up since February.', 'repeat_contact'],
      ["I've been giving out to your phone people twice already and they said they'd escalate it.", 'repeat_contact'],
      [
        "ok. and if I miss this funeral because of you lot, everyone's going to hear about it. It's all going on Facebook.",
        'threat_public',
      ],
      ["3-5 days again. ok fine, but if no answer by Friday I'm going to the bank, I'm not joking.", 'threat_chargeback'],
      ["if this is how you treat people we'll all move to another network when they're up", 'threat_churn'],
      ["I'll join the place across the road when I can walk again.", 'threat_churn'],
      ["That's what the last three email replies said.", 'repeat_contact'],
      ['Is there anyone there with a brain I can talk to?', 'escalation_request'],
    ]);
    expectHeard('frustration', [
      'Might. Ok. Is there a premium slot?',
      '5 weeks for someone to forward an email.',
      'just no? ok.',
      'this has wrecked the first night of our holiday',
    ]);
    // Going to the bank to pay something in is an errand; going there after a refusal is a dispute, not leaving.
    expectQuiet('threat_chargeback', ["I'm going to the bank to pay it in"]);
    expectQuiet('threat_churn', ["I'm going to the bank, I'm not joking"]);
    // "That's what the last two people told me too": set BA's labeller marked it frustration only, set CY's marked the
    // same words repeat contact. The customer has spoken to two people before, so since round 44 it counts as both.
    expect(kindsOf("I know. That's what the last two people told me too.")).toEqual(
      expect.arrayContaining(['repeat_contact', 'frustration']),
    );
  });

  it("the agent's side", () => {
    expectEach(
      [
        ['Bill cannot be put on hold.', 'agent_bare_refusal'],
        ['No, the fee still has to be paid.', 'agent_bare_refusal'],
        ["We haven't received anything. You should send documents to the claims address, not the general inbox.", 'agent_blame'],
        ["That would be customer damage, so it isn't covered for a free return.", 'agent_blame'],
        ["Escalation isn't something we do on chat.", 'agent_denies_escalation'],
        ['It could possibly be with the courier, I think.', 'agent_hedging'],
      ],
      'agent',
    );
  });
});

describe('round thirty-three: very short messages, and grief', () => {
  it('a nudge after their own unanswered line, not a greeting', () => {
    expect(customerLines('ok', 'hello?')).toContain('m2:frustration');
    expect(customerLines('hello?')).not.toContain('m1:frustration');
    expect(customerLines('uploading', 'still there? no rush its slow')).not.toContain('m2:frustration');
  });

  it('events and idioms are not violence; process after a death is not leaving', () => {
    expectQuiet('threat_violence', [
      'makes sense, do both, kill two birds with one stone. how long?',
      'the fire killed him, the smoke they said 😢',
    ]);
    expectHeard('threat_violence', ["I'll kill him if I see him"]);
    expectQuiet('threat_churn', ["eventually we'll need to close the accounts, is that something you do?"]);
    expectQuiet('frustration', ['refund']);
  });

  it('frustration at process, threats and abuse in short words', () => {
    expectHeard('frustration', [
      'a termination fee? he died.',
      'My responsibility? I posted it recorded delivery.',
      'Yesterday I got a letter asking for her death certificate. Again.',
      'so there was someone to ask after all.',
      "So four months have gone by because somebody didn't tick a box.",
      'Right. And the crime reference, shall I send it three times as well?',
    ]);
    expectEach([
      ['then i want someone else to look at it', 'escalation_request'],
      ['and everyone in my uni group chat will hear about it', 'threat_public'],
      ['if this isnt refunded im deleting my account and never paying you again', 'threat_churn'],
      ['useless', 'abuse'],
      ["honestly I'm thinking we cancel both and go to someone who can show a bit of humanity", 'threat_churn'],
      ['I emailed it on the 2nd, uploaded it on the 9th and posted a copy on the 15th.', 'repeat_contact'],
    ]);
    expectEach(
      [
        ['I see two sessions. It looks like you started a second session by mistake.', 'agent_blame'],
        ["I can't tell you when it'll be done.", 'agent_bare_refusal'],
      ],
      'agent',
    );
    expectQuiet('agent_bare_refusal', ["I can't tell you when it'll be done, but I'll email you the moment the team updates it."], 'agent');
  });
});

describe('round thirty-four: several people in one chat, and public services', () => {
  it('what they say when the system wears them down', () => {
    expectHeard('frustration', [
      "Eleni and Mark Ostrow, 12 to 19 June. It's all on the booking you have open, surely",
      'you can read the chat above surely. Remove my son from the family membership.',
      "hello? is anyone there? it's been 20 minutes",
      'I have now uploaded it three times.',
      'right. so computer says no. can you tell me what it recalculated it from?',
      "How would I know what's on a form that goes between two departments? I'm the patient.",
      "Why couldn't that have been offered at the start?",
    ]);
    expectEach([
      ['On both calls I was told the photo had been rejected.', 'repeat_contact'],
      ["I've been passed between four departments this week and none of them can see the referral.", 'repeat_contact'],
      ['I was told the same thing in August and again in September.', 'repeat_contact'],
      ["then we're done. we won't be leasing our next car from you.", 'threat_churn'],
      ["If you can't do that, we'll cancel all four memberships and join the leisure centre down the road.", 'threat_churn'],
      ["honestly at this point I'll just go private and pay for it myself", 'threat_churn'],
      ["And I'm getting advice from a housing solicitor, because this isn't right.", 'threat_legal'],
      ["If I don't have the report before the 19th I will be contacting my MP.", 'threat_public'],
    ]);
  });

  it("the agent's side: a door left open is not a denial; guessing who might know is hedging", () => {
    expectQuiet(
      'agent_denies_escalation',
      ["I can't transfer chats. If you want to make a complaint you can phone the helpline on 0800 917 2240."],
      'agent',
    );
    expectEach(
      [
        ["If it was packed by the customer it wouldn't be covered, so it's probably on your side.", 'agent_blame'],
        ['For voluntary aided schools the school holds the waiting list, so maybe they would know.', 'agent_hedging'],
      ],
      'agent',
    );
    expect(afterRequest('Is there anything you can do to move it along?', 'No.')).toContain('m2:agent_bare_refusal');
    expect(afterRequest('Can you tell me if it comes in blue?', 'No.')).not.toContain('m2:agent_bare_refusal');
  });
});

describe('round thirty-five: buying, and staying', () => {
  it('a guest who could murder a coffee, a kitchen island and a dumb question are calm', () => {
    expectQuiet('threat_violence', [
      'hi, room 512 here. is room service still running? I could murder a coffee right now ☕',
      "the mattress is a bit murder on my back, I've got a dodgy disc.",
      'yes pls. also dumb question, can we kill the island if the budget doesnt stretch?',
    ]);
    expectQuiet('frustration', ['also dumb question, can we move the sink?']);
    expectHeard('threat_violence', [
      "If it's not off in 15 minutes I'm going round there with the kids' cricket bat to switch it off myself.",
    ]);
  });

  it('threats, requests and repeat contact', () => {
    expectEach([
      ["I'm taking photos of all of it, they're going on every review site I can find.", 'threat_public'],
      ['appreciated. but honestly, after 6 summers here this was probably our last one.', 'threat_churn'],
      ['You lot are absolutely useless, you had one job. Get me the owner. Now.', 'escalation_request'],
      ["Finally. If my wife gets ill from standing out here you'll be hearing from our solicitor.", 'threat_legal'],
      ['Then give me a phone number or email for a supervisor.', 'escalation_request'],
      ['I also went to guest services on deck 5 last night and they said a plumber would come by 10pm.', 'repeat_contact'],
      ['I requested a quote via your website form on the 2nd, and again on the 9th.', 'repeat_contact'],
      ["I'm going to cancel my Northgate membership and move to Pulse, they don't do this.", 'threat_churn'],
      ["And if that doesn't get anywhere, small claims court is £35 to file.", 'threat_legal'],
    ]);
    expectHeard('frustration', [
      'ok. I have a dinner at 8, so I was hoping to have showered an hour ago, but fine.',
      "BS16 2JP. It's the same postcode I put on both forms.",
      'Is there any reason I should expect the installation team to be more responsive than the quotes team?',
      "I said I'd think about it.",
    ]);
    expectQuiet('threat_churn', ["we'll close the account and move to our new house"]);
  });

  it("the agent's side", () => {
    expectEach(
      [
        ["That won't be possible.", 'agent_bare_refusal'],
        ["Are you sure the stain wasn't from something you brought in?", 'agent_blame'],
        ["It's all in the small print, you should really have read that before enquiring.", 'agent_blame'],
        ['Maybe you missed the call? Our engineers always ring before arriving.', 'agent_blame'],
        ["The floor only gets wet because people don't use the mats properly.", 'agent_blame'],
        ['Customers often underestimate how much work goes into a bathroom.', 'agent_blame'],
        ["A supervisor wouldn't change anything, the decision came from head office.", 'agent_denies_escalation'],
      ],
      'agent',
    );
  });
});

describe('round thirty-six: parents and kids, and marketplace disputes', () => {
  it('family hyperbole, other users and other people’s reviews are not threats', () => {
    expectQuiet('threat_violence', [
      "hi. so my son (8) has managed to spend £312 on gems. I'm going to strangle him lol. is there any way to get some back?",
      'ok done. should I kill the old listing and make a new one?',
      'That could have killed him, honestly.',
    ]);
    expectHeard('threat_violence', ["I'm going to kill you"]);
    expectQuiet('threat_legal', ["The buyer has messaged me saying that I'm a fraud and that he's going to sue me."]);
    expectQuiet('threat_public', ["thanks! a buyer left me a 1 star review saying she'll tell everyone on instagram not to buy from me."]);
    expectHeard('threat_public', ["and everyone's going to hear about it."]);
    expectQuiet('repeat_contact', ["I've messaged him twice since monday, no reply yet."]);
  });

  it('when it turns on the company', () => {
    expectEach([
      ['hi, me again. spoke to Callum on Tuesday about the wrong blazer size.', 'repeat_contact'],
      ['You think maybe? I was told on Tuesday it had been dispatched.', 'repeat_contact'],
      ['I was on chat with you on Tuesday and was told they would be transferred within 24h.', 'repeat_contact'],
      ['So who can? Put me through to whoever deals with refunds.', 'escalation_request'],
      ["to be honest this is the last year I'm ordering from you, the school shop down the road gets the sizes right", 'threat_churn'],
      ["'maybe'. Great. I'm done backing anything on your site.", 'threat_churn'],
    ]);
    expectHeard('frustration', [
      'You think maybe?',
      'it was supposed to be by 1. I chose the 1pm slot.',
      "I clicked it once. The page froze on your end. That's not on me.",
      '5 weeks of editing? I want to speak to whoever manages the studio.',
      '10 working days for money you took by mistake?',
      "I've uploaded Jonah's medical form four times now.",
    ]);
    expectEach([["Refunds aren't something I can do.", 'agent_bare_refusal']], 'agent');
    expectQuiet(
      'agent_bare_refusal',
      ["That's added to the dispute. The funds stay frozen while the dispute is open, so they can't be released to the freelancer."],
      'agent',
    );
  });
});

describe('round thirty-seven: food safety, and stranded at night', () => {
  it('what they say when it goes wrong', () => {
    expectEach([
      ["fine. honestly I've had it with this app, I'm deleting it and going back to ordering direct from the restaurant", 'threat_churn'],
      ['Yes, as I said in both previous messages and on the phone on Sunday.', 'repeat_contact'],
      ['I also emailed on 4 March and 19 March, and both times got the auto-reply.', 'repeat_contact'],
      ['then who decides? I want someone above you to look at this, tonight or first thing', 'escalation_request'],
      ['Then I want this raised with someone who can.', 'escalation_request'],
    ]);
    expectHeard('frustration', [
      "I wrote within an hour of delivery. it's not my fault nobody read it",
      'no fee, how generous.',
      'Thank you. Good to know it only took six weeks and three emails.',
      "Seven hours on a flight with a packet of crisps. I'd just like someone to actually find out what happened this time.",
    ]);
    expectEach(
      [
        ['The restaurant marked all items as packed. You may not have checked the bag properly.', 'agent_blame'],
        ['Customers with a milk allergy should check that before buying.', 'agent_blame'],
        ["I'm not able to transfer you to anyone else.", 'agent_denies_escalation'],
        ["I can't authorise a replacement van from here.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round thirty-eight: capitals that are handwriting, and threats said only to set them aside', () => {
  it('someone who writes everything in capitals is not shouting on every line', () => {
    const habit = customerLines(
      'SORRY CAPS LOCK IS STUCK ON THIS KEYBOARD. A FEW PEOPLE SAY THEY HEAR A HUM AT THE BACK',
      'TRIED IT WITH MRS OKAFOR WEARING HER AIDS ON THE T SETTING. STILL A HUM BUT QUIETER',
    );
    expect(habit).not.toContain('m2:frustration');
    // The same line in capitals after ordinary writing is a raised voice.
    expect(
      customerLines('we tried it with the aids on', 'TRIED IT WITH MRS OKAFOR WEARING HER AIDS ON THE T SETTING. STILL A HUM BUT QUIETER'),
    ).toContain('m2:frustration');
  });

  it('a threat named to set it aside, and one that stands', () => {
    expectQuiet('threat_regulator', ["I could take it to the ombudsman, but I'd rather sort it here. Can you just rebill?"]);
    expectEach([
      ["If I have to I'll report it to trading standards, but I'd rather you just replaced it.", 'threat_regulator'],
      ["I did submit it correctly. I'm not saying I won't go to the ombudsman.", 'threat_regulator'],
      ['THEN FIND ONE. I AM NOT ASKING AGAIN, PUT ME THROUGH TO SOMEONE SENIOR!', 'escalation_request'],
      ['If not, it goes to my solicitor, and this will be the last holiday we ever book with you.', 'threat_churn'],
      ['I spoke to someone on this chat on Monday evening who said it would definitely arrive Tuesday.', 'repeat_contact'],
      ["that's what 24 hours meant the last two times", 'repeat_contact'],
      ['Nobody has replied to my two emails since. Where are they?', 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', ['ok all 6 went through the second time', 'Did anyone actually look at the order the last two times?']);
    expectHeard('frustration', [
      'why?? they were unworn with the tags on',
      "I've waited long enough",
      "'might be fine' isn't really what I need to hear",
      "You can't confirm whether your own booking conditions apply? OK, now I am asking for a manager.",
      'First time anyone has actually done anything.',
      "I'm not asking for a refund of the membership, I'm asking for the DUPLICATE back.",
      'and please double check the date this time',
    ]);
    expectEach(
      [
        ["I can't really see it on my system to be honest. It could be on a van or at the depot.", 'agent_hedging'],
        ["I can't confirm that.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round thirty-nine: platform workers, business customers, slow-building chats, and locked accounts', () => {
  it('a screen read out in quotes is not shouting; a facepalm at one’s own slip is not anger', () => {
    expectQuiet('frustration', [
      "It says 'Comms: WAN OFF'.",
      'the display shows "ERR NO SIGNAL" now',
      'hmm, I did switch the keyboard layout last week. that might be it 🤦',
      'found it, i picked the wrong one 🤦',
    ]);
    expectHeard('frustration', ["WHY IS MY ORDER 'PENDING' AGAIN", 'i was at the gate an hour before he even came 🤦']);
  });

  it('words said to someone else are reported, not aimed at the agent', () => {
    expectQuiet('abuse', [
      'the other team were spamming slurs so I told them to shut up',
      'the neighbour told me to get lost when I asked about the parcel',
    ]);
    expectHeard('abuse', ['shut up and put me through to someone who can help']);
  });

  it('paperwork for a legal team is not a legal threat', () => {
    expectQuiet('threat_legal', [
      'our legal team needs the DPA and the subprocessor list before renewal',
      'Our legal team asked for the SOC 2 report',
    ]);
    expectHeard('threat_legal', ['our legal team will be in touch about the SLA breach']);
  });

  it('a livelihood at stake, a line of evidence ignored, and a question asked twice over', () => {
    expectHeard('frustration', [
      'This is my income, I have two kids.',
      'sorry. no orders since noon and this is how i pay my rent',
      'I sent the invoice on Monday. It is written right there on page one.',
      "ok, but if you never processed the readings, that's not my fault, surely?",
      'same router, same cable. how is that my equipment?',
      'My shop was closed this morning. No reason given. What policy??',
      "Withholding my own money for three weeks is not something I'm going to accept.",
      "Put me through to someone above you, I'm not going to ask nicely again",
      'you suspended my account for nothing',
      'Good to know I’m paying for an account I can’t use. Thanks for your time, I guess.'.replace(/’/g, "'"),
      "It's been four days and I've had nothing back apart from the auto-reply.",
      'so three tickets closed and it was your server the whole time.',
      'As I said, I tested it with a cable.',
    ]);
    expectQuiet('frustration', [
      'this is my income tax reference, do you need it?',
      'the parcel is right there on the step, thanks so much!',
      'As I said in my email, the order number is 4471 — can you check it?',
    ]);
  });

  it('contacts counted in business language, and the same answer as last time', () => {
    expectEach([
      ['Following up. Per my last three emails, the agent is still quarantining our build tool.', 'repeat_contact'],
      ['Domain is the same as on the last two tickets.', 'repeat_contact'],
      ["It's been 3 hours since our first email and nobody has called.", 'repeat_contact'],
      ['That was the explanation last week as well.', 'repeat_contact'],
      ["That's what the man on the phone said yesterday.", 'repeat_contact'],
      ["So what now? This isn't the first time I've asked.", 'repeat_contact'],
      ['This is the third P1 this month for the same replication lag.', 'repeat_contact'],
      ['Three contacts and not one person mentioned it.', 'repeat_contact'],
      ['I submitted the appeal on Monday, Tuesday and again this morning.', 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', ['Is this the first time you have seen this error?', 'I emailed the photos this morning.']);
  });

  it('leaving for the other app, going public on a blog, and asking for the head of support', () => {
    expectEach([
      ["if its not back tonight im moving to the other app, they're always hiring", 'threat_churn'],
      ['if they say no I will probably move the cottage over to the other site', 'threat_churn'],
      ["I'm moving my whole portfolio to another broker", 'threat_churn'],
      ["Honestly if that's the answer I'll just switch provider.", 'threat_churn'],
      ["I'm writing this up on our engineering blog and posting it to HN.", 'threat_public'],
      ["And I'll mention it in the hosts' Facebook group.", 'threat_public'],
      ['1,800 parcels cannot ship. I need your head of support on a call today.', 'escalation_request'],
      ['Who is your support manager? Give me a name.', 'escalation_request'],
    ]);
    expectQuiet('threat_churn', ["I'll switch to the other app and try the upload again", 'should we switch provider for the SMS add-on?']);
    expectQuiet('escalation_request', ['Who is the account manager for our region?']);
  });

  it('the agent: nobody above me, the customer’s config, and a flat no', () => {
    expectEach(
      [
        ["There isn't anyone above me for API tickets.", 'agent_denies_escalation'],
        ["I'm the only one on chat at the moment.", 'agent_denies_escalation'],
        ['Your SPF record is misconfigured, so this is on your end, not ours.', 'agent_blame'],
        ['The volume was never tagged. That was your config.', 'agent_blame'],
        ["I think maybe it's down to your large merge jobs at 02:00.", 'agent_blame'],
        ["Slow speeds are usually down to the customer's own equipment.", 'agent_blame'],
        ['You should have handed it over in person instead of leaving it at the door.', 'agent_blame'],
        ["You can't appeal a safety deactivation.", 'agent_bare_refusal'],
        ["I've seen it. The claim can't go ahead.", 'agent_bare_refusal'],
        ['I think it could also be the new verification rules, possibly.', 'agent_hedging'],
      ],
      'agent',
    );
    expectQuiet(
      'agent_bare_refusal',
      ["You can't appeal a safety deactivation, but you can ask the safety team for a review and I'll open it now.", 'No, it is not free.'],
      'agent',
    );
    expectQuiet(
      'agent_denies_escalation',
      ["I'm the only one on chat at the moment, so I'll book a callback from my supervisor."],
      'agent',
    );
  });
});

describe('round forty: missed appointments, insurance claims, students, and drivers', () => {
  it('pests, the writer’s own supervisor, and a solicitor on another matter are not triggers', () => {
    expectQuiet('threat_violence', [
      'The technician said it should kill the whole nest within a fortnight, is that right?',
      'will the spray kill the ants too?',
    ]);
    expectQuiet('escalation_request', [
      'I need to speak to my supervisor about the chapter first, but can I keep the books another week?',
      'I have to check with my manager before I sign anything',
    ]);
    expectHeard('escalation_request', ['I need to speak to your supervisor about this charge']);
    expectQuiet('threat_legal', [
      'My solicitor is handling the deposit dispute and the rent arrears separately.',
      'My lawyer needs the service history for the car to value the estate.',
    ]);
    expectQuiet('frustration', ['hi, cracked my screen, dropped it in the car park 🤦 want to make a claim']);
  });

  it('a yes-or-no pressed for, a promise against the date, and time lost', () => {
    expectHeard('frustration', [
      "It's past the window. Is he coming or not?",
      'Is there an appeal or not?',
      'He didn’t even ring the bell.'.replace('’', "'"),
      "That's another five days without a kitchen.",
      'Took you long enough to even reply.',
      "The letter says 'known circumstances'. What does that even mean?",
      'why has my claim for the vet bill been declined?? she had surgery',
      "Let me guess, there'll be a reason to decline every claim.",
      'Can you find out instead of guessing?',
      "This is my son's future we're talking about.",
      "it was meant to land on the 23rd and it's the 27th",
      'it was 40 minutes an hour ago',
      'so what, I just lose my place over a button?',
      '14 days while you hold £480 of my money.',
      "that's the first actual date anyone has given me",
      'Your technician signed it off as fixed twice.',
    ]);
    expectQuiet('frustration', [
      'hi, my slot tomorrow 9-11, can change to evening or not?',
      "ok yeah my bank says it's pending. so i just wait?",
      'This is my health insurance card number: 55123',
      'The fitter was due on the 3rd and came on the 3rd, all good.',
    ]);
  });

  it('a failure reported with "no rush" or "happy to keep trying" is said calmly', () => {
    expectQuiet('frustration', [
      "done, restarted it as well. still nothing. no rush btw, I'm on wifi at a café",
      "Same again unfortunately, 'upload failed'. Happy to keep trying, or I can email it.",
      "tried the voice assistant again, same error, but I'll live 😄",
    ]);
    expectHeard('frustration', ['ordered it nine days ago and still nothing']);
  });

  it('contacts counted in other words', () => {
    expectEach([
      ['nobody mentioned a signature on any of the three calls', 'repeat_contact'],
      ["i really don't want to be calling a 5th time", 'repeat_contact'],
      ['hi, reporting the heating in my flat again. block C room 14', 'repeat_contact'],
      ['I included these details in both of my earlier messages as well.', 'repeat_contact'],
      ['With respect, that is what I was told on 2 August.', 'repeat_contact'],
      ['I emailed admissions on 20 January and rang on the 28th to check.', 'repeat_contact'],
    ]);
  });

  it('leaving and going public, said the way students and drivers say it', () => {
    expectEach([
      ["Ok. Monday 8am. If this one goes the same way I'm cancelling the order.", 'threat_churn'],
      ["Fine, start the repair. I'm still not renewing.", 'threat_churn'],
      ["When the lease ends in May I won't be getting another one of your cars.", 'threat_churn'],
      ["if this isn't sorted by the weekend I'm not rebooking with you for next year", 'threat_churn'],
      ['If the flag stays, I will withdraw before Year 3.', 'threat_churn'],
      ['going on trustpilot tonight about this, other parents should know', 'threat_public'],
      ['and I will write up the whole experience on the course review sites', 'threat_public'],
    ]);
    expectQuiet('threat_public', ['I went on trustpilot to check you before booking, all good']);
    expectQuiet('threat_churn', ['Can I renew the add-on separately?', 'is the offer still on if I renew with you?']);
  });

  it('the agent: the offer stands, nobody senior here, and the customer’s door', () => {
    expectEach(
      [
        ['No, the offer stands.', 'agent_bare_refusal'],
        ["There isn't anyone more senior on this line.", 'agent_denies_escalation'],
        ["The team would normally knock and wait, so it's likely you just didn't hear them.", 'agent_blame'],
        ['I can only see one top-up, so the second one was probably you tapping pay twice.', 'agent_blame'],
        ['Our status page shows no outage, so it was most likely your connection.', 'agent_blame'],
        ['Our records show the fitters attended at 11:35 and no one answered the door.', 'agent_blame'],
      ],
      'agent',
    );
    expectQuiet('agent_denies_escalation', ["I can't transfer you."], 'agent');
    expectHeard('agent_bare_refusal', ["I can't transfer you."], 'agent');
    expectHeard('agent_denies_escalation', ["I can't transfer you to a manager."], 'agent');
  });
});

describe('round forty-one: pets, quoting back, dry understatement, and events', () => {
  it('a screen read out in quotes is not the customer’s own words', () => {
    expectQuiet('repeat_contact', ["it says 'guest email already linked to another account'?? she doesn't have one"]);
    expectQuiet('frustration', ["the app says 'payment failed, try again later', should I wait?"]);
    expectHeard('repeat_contact', ["I've already emailed about this, the app still says 'pending'"]);
  });

  it('pets, a vet’s kindness, and a match on Saturday are not violence', () => {
    expectQuiet('threat_violence', [
      'the vet put her down peacefully at home in the end, she was very poorly',
      'Pickle is fearless, she murdered a mouse this morning 😂',
      "also is the away allocation for saturday out yet? we'll murder them on saturday",
    ]);
    expectHeard('threat_violence', ["I'll murder them if they come near my house again", 'someone should put him down like a dog']);
  });

  it('said and let go: "not ideal, no drama"', () => {
    expectQuiet('frustration', [
      "4 hours, not ideal but no drama, I'll fill a few jugs the night before 😄",
      "not ideal, but I'll nip to the corner shop. thanks for the voucher",
    ]);
    expectHeard('frustration', ['Not ideal. Three weeks and still no refund.']);
  });

  it('dry understatement is heard', () => {
    expectHeard('frustration', [
      "I won't hold my breath, the last claim took six weeks.",
      "Well that's just grand. My phone picks a network by itself and I pay for it?",
      "A 60% jump though? That's a bit rich for someone who's never claimed.",
      "One letter wrong and it's £100. You're having a laugh.",
      "Marvellous. So I'm standing on platform 4 for the fun of it, then.",
      'was meant to be here 7-11am its now 2pm and my builder is charging me by the hour',
      "'I think maybe' isn't quite what I was hoping for after six weeks.",
      "So it's been sitting there since the 8th of March.",
      "I've restarted it so often I could do it in my sleep",
      'So I pay you £25 to find out whether you broke my phone.',
      "ok but can you fix it? that's sort of what we paid you for",
      "I don't need to know why, I need the money back.",
      'I had to hear the details from a receptionist.',
    ]);
    expectQuiet('frustration', [
      "Well that's just grand, thanks a million!",
      'the chocolate fudge is a bit rich for me, is there a lighter option?',
      "is the refund meant to be in my account by now? It's now showing as sent",
    ]);
  });

  it('asking for whoever runs it, leaving, going public', () => {
    expectEach([
      ["there's always someone in charge. who runs the Kingsgate salon?", 'escalation_request'],
      ["Who's in charge at Hillgate? I'd like to speak to them", 'escalation_request'],
      ["I don't want the vet who treated him. I want someone above all of them", 'escalation_request'],
      ['useless. put me onto your manager mate', 'escalation_request'],
      ["honestly I'm already looking at other yards", 'threat_churn'],
      ["I've got a quote from another insurer for $980 so unless you can get near that I'll be moving.", 'threat_churn'],
      ['whatever. never coming back to this dump anyway', 'threat_churn'],
      ["I'm going to make sure everyone in this town knows what happened to him", 'threat_public'],
      ['the photos of his ear are going on your google page so other owners can see', 'threat_public'],
      ['you lot are butchers. absolute incompetent butchers.', 'abuse'],
      ["I've been messaging you lot for three weeks and I'm still getting 'maybe'.", 'repeat_contact'],
      ["Block 114, row P. I've given these details twice already.", 'repeat_contact'],
      ['Could you actually check? The last person I spoke to also said it can take longer.', 'repeat_contact'],
      ["this is the 2nd month in a row I'm asking about this", 'repeat_contact'],
    ]);
    expectQuiet('threat_churn', ['But that fitter is not coming back, please send someone else.', "I'm going back in to get the receipt"]);
  });

  it('the agent: no passing on, "as you were told", and mixing them up', () => {
    expectEach(
      [
        ["The salon staff report to head office but we don't pass customers on to them.", 'agent_denies_escalation'],
        ["If it had been restarted as advised, this wouldn't keep happening.", 'agent_blame'],
        ['Have you been restarting the router like you were told on Saturday?', 'agent_blame'],
        ['It looks like you cancelled the add-on instead of the plan. Customers often mix those two up.', 'agent_blame'],
        ["Then it's most likely your own setup, too many devices at once.", 'agent_blame'],
        ['To be fair, we did advise everyone to arrive before 3.', 'agent_blame'],
        ['Hi. The invoice is correct.', 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round forty-two: clinics, customers who got it wrong, buying a home, and condescending agents', () => {
  it('solicitors doing the conveyancing, pain killed, and "on the dot" are not threats', () => {
    expectQuiet('threat_legal', [
      'Also our solicitor says the keys might not be released until about 1pm. is that a problem for the crew?',
      'We completed in March and our solicitor submitted the registration in April.',
      "I haven't had the cover note my solicitor needs for exchange tomorrow.",
    ]);
    expectHeard('threat_legal', [
      'my solicitor says we can sue you for negligence over this',
      'If the May payment isn’t refunded I’ll file a small claim.'.replace(/’/g, "'"),
    ]);
    expectQuiet('threat_violence', ['is it ok to take ibuprofen to kill the pain before the exercises?']);
    expectQuiet('threat_regulator', ['every morning I ring at 8 on the dot and there is nothing left']);
  });

  it('owning the slip, and praise for the agent, are calm', () => {
    expectQuiet('frustration', [
      'meter says 09388. ugh sorry, I should have spotted the E',
      'I did pay on the app but I think I typed my plate wrong 🤦',
      'post please, he likes paper. can we switch to the rechargeable model? he hates the tiny batteries',
    ]);
    const tone = (text: string) => kindsOf(text, 'customer', true);
    expect(tone("oh god, that's my mistake, sorry! I did type it in a hurry")).not.toContain('frustration');
    expect(tone("doing that now. sorry again Tomás, you've been very patient")).not.toContain('frustration');
  });

  it('delays against a promise, and questions that accuse', () => {
    expectHeard('frustration', [
      'I was told the consultant would call within a week. It’s now the 19th.'.replace('’', "'"),
      'How does that even happen?',
      'how is anyone meant to see a doctor here',
      "my mum's jab has been cancelled twice now, both times on the day",
      "I don't want another booking that just gets cancelled again.",
      "The next few weeks. That's what the website said in June.",
      'if we miss that we reapply at a higher rate. do you understand what that does to us?',
      'that second van better turn up.',
      'if we lose our completion over this I want every penny back',
      'where is the van. it was meant to be here at 8. its 10:40. we complete today',
      'previous job?? you booked us as the first job of the day',
      "I still think 2h41 vs 3 hours is a cop-out but I'll send the receipt.",
      "ok. that's all I wanted to know 3 weeks ago",
      'I used the online form. All three times.',
      'Then again on the 10th, when someone emailed asking for them again.',
    ]);
    expectQuiet('frustration', [
      'wait even opened?? ok thats elite. ty!!!',
      'omg seriously?? thank you so much',
      "My bank connection has said 'syncing' since Monday.",
    ]);
  });

  it('asking for whoever is in charge, leaving for a new practice, and a review with the reasons', () => {
    expectEach([
      ['then who do I complain to? someone must be in charge of that building', 'escalation_request'],
      ['Then a supervisor, a team leader, anyone who can get the underwriter to look at this today.', 'escalation_request'],
      ["and to be honest I'll be finding a different physio once this block is done", 'threat_churn'],
      ["once he's sorted I'm registering us both at Millbrook Medical", 'threat_churn'],
      ["If it's not backdated I'm leaving, and I'll write a review saying exactly why.", 'threat_churn'],
      ["If it's not backdated I'm leaving, and I'll write a review saying exactly why.", 'threat_public'],
      ["I'll write up the whole timeline and post it in the Harbour View buyers' group.", 'threat_public'],
      ["And if they say no I'm taking my number to another network.", 'threat_churn'],
      ["fine. sorry. but I'm moving both my car and home policies elsewhere at renewal", 'threat_churn'],
      ['I waited on hold for 50 minutes twice this month about this and got cut off both times', 'repeat_contact'],
    ]);
    expectQuiet('threat_churn', [
      "I'm registering with your gym's other branch, is that allowed?",
      'If it rains we are leaving early, is the park open till 6?',
    ]);
  });

  it('the agent: the system won’t let me, policy alone, the details you gave', () => {
    expectEach(
      [
        ["The system won't let me see form uploads.", 'agent_bare_refusal'],
        ["No, that's our policy.", 'agent_bare_refusal'],
        ["Managers don't deal with member queries.", 'agent_denies_escalation'],
        [
          'if it wasn’t received it’s most likely because the details you gave when you registered were wrong.'.replace(/’/g, "'"),
          'agent_blame',
        ],
        ["If they'd been done properly the first time, the offer would have gone out last week.", 'agent_blame'],
        ['They were rejected because you uploaded photos instead of the PDFs we asked for.', 'agent_blame'],
        ['The app isn’t always reliable. You should have phoned to confirm.'.replace(/’/g, "'"), 'agent_blame'],
      ],
      'agent',
    );
    expect(afterRequest('£74 for three quarters of a tank is daylight robbery. Can you at least reduce it?', 'No.')).toContain(
      'm2:agent_bare_refusal',
    );
  });
});

describe('round forty-three: weddings, older relatives, in-store, memberships', () => {
  it('a careful lawyer in the family, a roast dinner, and an overwatered plant are not threats', () => {
    expectQuiet('threat_legal', ["could you email me the contract? my dad's a lawyer and won't let me sign anything he hasn't read"]);
    expectHeard('threat_legal', ["and my brother is a solicitor, he'll be writing to you on Monday"]);
    expectQuiet('threat_violence', [
      "She's not thrilled, she'd murder a proper roast dinner right now 😄",
      "The lady in the houseplant section said I'd kill the plant if I overwatered it",
    ]);
  });

  it('an answer to a quote is the customer’s own', () => {
    expectHeard('frustration', ['"Should be". Right. I paid the deposit by credit card.']);
    expectQuiet('threat_legal', ['he said "I will sue you" and laughed, he was joking about the cake']);
  });

  it('asking again for someone senior, in the words families use', () => {
    expectEach([
      ["I'm not trying to be difficult. Please can someone more senior look at this", 'escalation_request'],
      ["Please put me through anyway. I'm not letting this go.", 'escalation_request'],
      ['Put me through to the home manager or the regional manager, whoever is there.', 'escalation_request'],
      ['I did not ask whether there was one on chat. I asked to speak to one.', 'escalation_request'],
      ['Then I want the fees committee to review it, or someone senior to look at it.', 'escalation_request'],
      ["I've been trying to reach you for two weeks. Three emails have gone unanswered.", 'repeat_contact'],
      ['2 June to 16 June. Same as in my first message, and in the two emails last week.', 'repeat_contact'],
      ['I wrote to you about September on the 20th and was told a replacement was on its way.', 'repeat_contact'],
    ]);
  });

  it('leaving, going to the paper, and the care regulator', () => {
    expectEach([
      ["I'll raise a chargeback with my card provider and find another caterer.", 'threat_churn'],
      ["if you don't honour our date we want the full £4,000 back and we'll book somewhere else", 'threat_churn'],
      ["If I don't get proper answers I'll be moving her to another home.", 'threat_churn'],
      ["Honestly, I can't see us using you again after this.", 'threat_churn'],
      ["I've taken the paper for forty years and this has soured it. I'm minded to switch to the Post.", 'threat_churn'],
      ["And frankly I'm now wondering whether to carry on giving at all.", 'threat_churn'],
      ["If this is how it's going to be I'll move both our prescriptions to the chemist on the high street", 'threat_churn'],
      ["after this I'm done ordering from you", 'threat_churn'],
      ["and I'm sending the whole email chain to the Herald, they love a wedding disaster story", 'threat_public'],
      ['I have also drafted a letter to the Evening Gazette.', 'threat_public'],
      ["Perhaps I'll write to your letters page about it.", 'threat_public'],
      ["and I'll be leaving a review so nobody else gets caught out", 'threat_public'],
      ["and I'll be writing up exactly what happened on the WedChat forum", 'threat_public'],
      ["if she can't tell me how this gets fixed I'm reporting it to the CQC.", 'threat_regulator'],
      ['If this is how you treat donors I shall be writing to the Fundraising Regulator.', 'threat_regulator'],
    ]);
    expectQuiet('threat_churn', ['Should I move her to another room while the heating is fixed?']);
  });

  it('questions and corrections that are annoyed', () => {
    expectHeard('frustration', [
      'we paid our deposit in april last year. how can theirs possibly be first',
      "I used the link in your own order email. I've attached the screenshot and your confirmation, again.",
      'Ten more working days on top of four weeks, for £86.',
      "I'm 200 miles away. Do you understand how that feels?",
      "Her care plan says to phone me after any fall. Why wasn't I phoned?",
      "She was wearing it. So are you saying she's lying?",
      'My son has a match on Sunday. What am I supposed to tell him?',
      'Then perhaps someone could have noticed that when the first one came back.',
      'That is simply not true.',
      'You think. Either it was cancelled or it wasn’t.'.replace('’', "'"),
    ]);
  });

  it('the agent: customers are told, the wrong one was selected, an area manager', () => {
    expectEach(
      [
        ['Most likely the pendant wasn’t being worn. Customers are told to wear it at all times.'.replace('’', "'"), 'agent_blame'],
        ['so it looks like the wrong one was selected when you ordered.', 'agent_blame'],
        ["Limescale stops the switch working, it's down to how it's been used.", 'agent_blame'],
        ["There isn't an area manager you can speak to, complaints only go through this chat.", 'agent_denies_escalation'],
      ],
      'agent',
    );
  });
});

describe('round forty-four: loyalty points, gifts, smart homes, and the council', () => {
  it('going public on a forum, the paper, or a review with a purpose', () => {
    expectEach([
      ["if this isn't sorted today I'm writing the whole thing up on the FlyerHub forum", 'threat_public'],
      ["fine. And if it doesn't turn up I'll be writing a review about all of this, screenshots included.", 'threat_public'],
      ["And I'll be leaving a review so other families know not to rely on it.", 'threat_public'],
      ["if this isn't sorted by the next collection I'm sending the video to the Echo", 'threat_public'],
      ['If they say no, this goes to the Financial Ombudsman.', 'threat_regulator'],
      ["If this isn't fixed, that spend moves to another card and this one gets closed.", 'threat_churn'],
      ["if it's not there by the weekend I'm done, not buying another pass, uninstalling", 'threat_churn'],
      ["honestly if this happens again I'm taking the whole lot out and putting in a dial thermostat", 'threat_churn'],
      ["pending for 3 weeks. I've sent 2 tickets in game already and got the bot reply both times", 'repeat_contact'],
      ['Third chat about this. The balance shows £0.00.', 'repeat_contact'],
      ["That's what the last two people said. Nobody will even look into it.", 'repeat_contact'],
      ["Our recycling bin has been missed again. I've reported it every single time", 'repeat_contact'],
      ["I did use the form. that's the email on Monday that nobody answered", 'repeat_contact'],
    ]);
    expectQuiet('threat_public', ['can you send the video to the Echo office address instead?'.replace('the video', 'it')]);
  });

  it('annoyance said as a fact or a question', () => {
    expectHeard('frustration', [
      'So for 6 months nobody checked.',
      'I checked it when I activated it, again last week, and again this morning.',
      'Is there anything you can check on your side, or is the advice just to reset again?',
      'Why do I suddenly need a subscription to use scenes?',
      'I pay forever for something that was free?',
      "My cashback has been 'pending' since 3 March. It is now 19 July.",
      'We left at 8. Is a text to members too much to ask?',
      'Sibling priority is in your own admissions policy.',
      "I've got a £70 PCN for parking in my OWN street.",
    ]);
  });

  it('the agent: it would not have happened, and it was left blank', () => {
    expectEach(
      [
        ["You should have added it when you booked, then this wouldn't have happened.", 'agent_blame'],
        ["the name was typed as 'Margret' on your form, so the mistake was made when you ordered.", 'agent_blame'],
        ["The sensor goes offline because the battery wasn't seated properly when you replaced it.", 'agent_blame'],
        ['The app warns you for two weeks before this happens. You should have replaced them.', 'agent_blame'],
        ['That happens when customers tap the buy button twice.', 'agent_blame'],
        ['We needed the sibling’s name in section 4 of the form and it was left blank.'.replace('’', "'"), 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round forty-five: moving things, repeat orders, games and prizes, holidays outdoors', () => {
  it('a quiz won, a quiz lost, a divorce lawyer and a careful brother-in-law are not threats', () => {
    expectQuiet('threat_violence', [
      'I murdered the quiz last night 😎 how do I get the £25 voucher?',
      'we camped next to a pub and got slaughtered at the quiz night',
    ]);
    expectHeard('threat_violence', ["I'll murder the lot of you"]);
    expectQuiet('threat_legal', [
      'My solicitor needs the inventory for the divorce proceedings. Is there a copy I can get?',
      "My brother-in-law is a solicitor so he read the T&Cs for me, and he wasn't sure what clause 7.2 means.",
    ]);
    expectHeard('threat_legal', ['my solicitor needs the inventory for the court proceedings against you']);
  });

  it('the plan, the best you can do, and dates against today', () => {
    expectHeard('frustration', [
      'The new landlord is waiting for me at the other end. So what exactly is the plan?',
      'Is that the best you can do?',
      "where are the tools now. if they've gone to the tip I'm going to lose it",
      'I submitted my medication review form on the 2nd. Today is the 11th.',
      'ok. bit of a pain that it looks wrong all weekend but fine',
    ]);
    expectQuiet('frustration', ['could you send us a screenshot of what exactly is happening on the screen?']);
  });

  it('leaving, posting, and reporting in other words', () => {
    expectEach([
      ['the last two people said the same thing. my bank says nothing has been sent.', 'repeat_contact'],
      ["if this is what pre-booking gets us, we'll book with Alpenrent next winter instead.", 'threat_churn'],
      ["if november goes the same way I'm moving my channel's tips to a different platform", 'threat_churn'],
      ["if this isn't sorted by the weekend the whole thing goes on r/esports with screenshots", 'threat_public'],
      ["but I'm posting about this in the allergy parents group, people need to know", 'threat_public'],
      ["and I'll be posting exactly how you treat people whose holidays you cancel", 'threat_public'],
      ['We booked through an ABTA agent and I will be reporting this to ABTA', 'threat_regulator'],
      ['Then who supervises the people who moved my boxes? Please pass this to them.', 'escalation_request'],
      ['I still want the manager down at our pitch today.', 'escalation_request'],
    ]);
  });

  it('the agent: packed professionally, cover bought, owners not ventilating', () => {
    expectEach(
      [
        ['You should have had it professionally packed if it was that fragile.', 'agent_blame'],
        ['You should have bought the cancellation cover when you booked.', 'agent_blame'],
        ['Damp in tourers is usually caused by owners not ventilating them properly in storage.', 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round forty-six: made to order, money trouble, repairs, and the formal letter', () => {
  it('a formal complaint, a solicitor with the deeds, a withdrawn dispute and a phone line are not what they look like', () => {
    // A formal complaint is frustration, not a request for a manager, until a manager is asked for.
    expectQuiet('escalation_request', ['Good morning. I wish to make a formal complaint about invoice 4471.']);
    expectHeard('escalation_request', ['I wish to make a formal complaint, and I ask that the matter be escalated to a senior manager.']);
    expectHeard('escalation_request', ['I am asking that my complaint be referred to whoever handles billing complaints.']);
    expectQuiet('threat_legal', ['I am selling the flat and my solicitor holds the original deeds, so she needs a redemption statement.']);
    expectHeard('threat_legal', [
      'Treat this as a letter before action.',
      'I shall issue a claim in the county court without further notice.',
    ]);
    expectQuiet('threat_chargeback', ['I shall withdraw the dispute with my card issuer once the refund shows.']);
    expectHeard('threat_chargeback', ["If it isn't back by Friday I'm filing the dispute."]);
    expectQuiet('threat_churn', [
      'Please remove the streaming add-on. I also have a spare SIM on the account, can I cancel that line too?',
    ]);
    expectQuiet('escalation_request', ['The collector shouted at me on the phone. Is that how you are allowed to speak to people?']);
    expectHeard('frustration', ['The collector shouted at me on the phone. Is that how you are allowed to speak to people?']);
    expectQuiet('escalation_request', ["We've checked in, the cottage is lovely. I'll talk to the owner about the hot tub tomorrow."]);
    expectHeard('escalation_request', ["That isn't what the proof showed. I'd like to speak to the owner please."]);
  });

  it('in-jokes, slips of the customer and heading trouble off are calm', () => {
    expectQuiet('frustration', [
      'The door sign says CLOSED in capitals on purpose, it is a running joke with our regulars.',
      'The last digit should be a 4. I swapped the 4 and 9 when I typed it. ugh',
      "i'm one payment behind on the loan and want to sort it before it gets worse",
    ]);
    expectHeard('frustration', ['Honestly the whole thing is a joke.', 'It just keeps getting worse and worse.']);
  });

  it('contacted before, said the way a letter says it', () => {
    expectEach([
      ['Dear Sir, I write further to my previous correspondence of 2 May regarding the damp in my flat.', 'repeat_contact'],
      ['This is now the third occasion on which I have raised the meter reading.', 'repeat_contact'],
      ["It's in all my previous emails. Order 5521.", 'repeat_contact'],
      ['I emailed about this on 4 March and have received no reply.', 'repeat_contact'],
      ["I've already sent the payslips in. Twice. By email and by post.", 'repeat_contact'],
      ['uploading the form now. fourth time', 'repeat_contact'],
      ['On Tuesday I asked for the direct debit to be stopped and was told it would be.', 'repeat_contact'],
      ['I trust I shall not have to write a sixth time.', 'repeat_contact'],
    ]);
    // A device sent off for a repair, or a seller messaged, is not a contact with the company.
    expectQuiet('repeat_contact', [
      'I sent my laptop in for a battery repair two weeks ago, job 8812. Any update on when it comes back?',
      'I messaged the seller three days ago and have heard nothing, so I need your help.',
    ]);
  });

  it('annoyance with no angry word', () => {
    expectHeard('frustration', [
      'Someone from your debt team called my mum at 9pm. Is that how your staff talk to customers?',
      "I'd like to understand how a stopped payment gets taken again.",
      'The party is at 3. It is 12:45.',
      'Ref 8841. You people cannot even log a phone call.',
      "He'd better ring. I'm done chasing.",
      'To date, nothing has been repaired.',
      'So how exactly was I meant to read letters sent to an address I had left?',
      'it wouldnt even power on, how was I supposed to copy my files off it??',
    ]);
    expectQuiet('frustration', ['How do I back up the saves before I post it to you?', 'The party starts at 3, could it arrive by 1?']);
  });

  it('leaving, posting, and insults said in a formal hand', () => {
    expectEach([
      ['Given how this has been handled, I intend to transfer the administration of the estate to another firm.', 'threat_churn'],
      ['I shall not be instructing you on any future matter.', 'threat_churn'],
      ["I shall be writing up this experience on the traders' forum and on your review page.", 'threat_public'],
      ["it's been a week. your so-called engineer is a cowboy who couldn't wire a plug", 'abuse'],
    ]);
    expectQuiet('abuse', ['The engineer was a legend, sorted in ten minutes.']);
  });

  it('the agent: nobody else, no senior manager, a bare "can\'t", and blame by another name', () => {
    expectEach(
      [
        ["There isn't anyone else to speak to, I deal with all the queries here.", 'agent_denies_escalation'],
        ['There is no senior manager available on this channel.', 'agent_denies_escalation'],
        ["No, I can't arrange that.", 'agent_bare_refusal'],
        ["I can see the readings now. I'm unable to re-issue the bill.", 'agent_bare_refusal'],
        ["That's not covered.", 'agent_bare_refusal'],
        ['The missed payments are down to you.', 'agent_blame'],
        ["The bill was estimated because the reading wasn't submitted in time.", 'agent_blame'],
        ['That error happens when customers enter the wrong account number.', 'agent_blame'],
        ['The install was moved because the signed proof came in late from your side.', 'agent_blame'],
      ],
      'agent',
    );
    const agentKinds = (line: string) => kindsOf(line, 'agent');
    expect(agentKinds('Neither of those delays is down to you, and I am booking our own crew instead.')).not.toContain('agent_blame');
    expect(agentKinds('I can see the report. The claim was declined under the accidental damage exclusion.')).not.toContain(
      'agent_bare_refusal',
    );
    expect(agentKinds("I'm unable to re-issue the bill, but I can put a hold on it while billing checks the readings.")).not.toContain(
      'agent_bare_refusal',
    );
  });
});

describe('round forty-seven: fraud and scams, typed in a hurry, renting, and internal helpdesks', () => {
  it('fraud victims, a gas station, an email since yesterday and a noun "kill" are not threats or contacts', () => {
    expectQuiet('threat_violence', [
      'my card was declined at the gas station this morning',
      'the gas one got declined too',
      'hey my kill for last night says £28 but the order was £19',
    ]);
    expectHeard('threat_violence', ['I will gas the lot of you']);
    expectQuiet('repeat_contact', [
      "hello, I can't get into my email since yesterday, the recovery number is an old one",
      'so it was fake. I already sent him £300 last week for a "release fee"',
      "this is the second time this week it's been blocked, I'm abroad",
    ]);
    expectQuiet('frustration', ['I gave my details to a caller who said he was from your fraud team. It was a scam.']);
    expectHeard('frustration', ['you lot are a scam', "this is the second time this week it's been blocked"]);
    expectQuiet('threat_chargeback', ['yes please block the card. I want to dispute this transaction, and the two before it']);
    expectHeard('threat_chargeback', ['I want to dispute this transaction with my bank']);
    expectQuiet('frustration', ['My phone lost signal about an hour ago, it says No SIM service. Did someone move my number?']);
  });

  it('typed fast: typos, text-speak and a calm follow-up', () => {
    expectHeard('threat_regulator', ['wow ok ill take it to the onbudsman then']);
    expectQuiet('escalation_request', ['do i need my manager to give me the Manager role to see invoices or can i do it myself']);
    expectHeard('frustration', ['trying to send my meter reading, app says error every time. this is attempt number 7 today']);
    // A contact mentioned calmly is repeat contact, not anger.
    const calm = customerLines('hi i messaged on monday about my box not arriving, ref 5512, just checking in');
    expect(calm).toContain('m1:repeat_contact');
    expect(calm).not.toContain('m1:frustration');
  });

  it('renting: reports on many dates, the council, and telling the next tenants', () => {
    expectEach([
      ['The shower has been broken since the 2nd. I reported it in the app on the 2nd, the 8th and the 14th.', 'repeat_contact'],
      ['damp is back in the kitchen. reported in october and they just painted over it', 'repeat_contact'],
      ['Then who do I write to? I asked the same thing by email on the 3rd and had no reply.', 'repeat_contact'],
      ['the plumber came and went, nobody replied to that email', 'repeat_contact'],
      ["Right. I'll report the flat to the council's private housing team.", 'threat_regulator'],
      ["5pm. If I don't hear anything I'm calling the council at 5:01.", 'threat_regulator'],
      ["when the lease ends we're off, and I'll tell the next tenants exactly what they're getting", 'threat_public'],
      ['So what happens now? Do I report it a fifth time?', 'frustration'],
      ['There is a bucket under it for the second week now, just so you know.', 'frustration'],
      ['For five weeks? What exactly is being checked?', 'frustration'],
      ['Then find out. That is literally your job.'.replace('That is', "That's"), 'frustration'],
      ['thanks. that is all I was asking for from the start'.replace('that is', "that's"), 'frustration'],
    ]);
    expectQuiet('threat_regulator', ["I'll call the council about the bin collection tomorrow"]);
  });

  it('internal helpdesks: tickets, tribunals, opting out', () => {
    expectEach([
      ['hi. this is my fourth ticket about the docking station', 'repeat_contact'],
      ['I opened that ticket 6 days ago and the only reply was automatic', 'repeat_contact'],
      ['I spoke to someone on the phone on the 4th who said both claims were approved.', 'repeat_contact'],
      ['If this is not resolved I will raise a grievance and take it to an employment tribunal.', 'threat_legal'],
      ["honestly the scheme has been nothing but hassle. I'm going to opt out at renewal.", 'threat_churn'],
      ['£210 for a repair that should not even exist'.replace('should not even exist', "that shouldn't even exist"), 'frustration'],
      ['sort it or im ringing my bank', 'frustration'],
    ]);
    expectQuiet('repeat_contact', ['tried it, on the 3rd ticket it says "transfer limit reached"']);
    expectQuiet('threat_legal', [
      "I'm going through a divorce and my solicitor says a pension sharing order was sent to you from the court. Is it there?",
    ]);
  });

  it('the agent: not my team, no comment, nobody to transfer to, and blame for mould and shared codes', () => {
    expectEach(
      [
        ['Not my team.', 'agent_bare_refusal'],
        ["I can't comment on that.", 'agent_bare_refusal'],
        ['The increase is correct.', 'agent_bare_refusal'],
        ["As I said, there's no one I can transfer you to.", 'agent_denies_escalation'],
        ["The area manager doesn't take tenant calls.", 'agent_denies_escalation'],
        ['Mould is usually caused by condensation from the occupants.', 'agent_blame'],
        ['The surveyor has put it down as lifestyle condensation.', 'agent_blame'],
        ['The transfer went through because you shared the code.', 'agent_blame'],
        ['You chose to continue past the warning, so the responsibility for the payment is yours.', 'agent_blame'],
      ],
      'agent',
    );
    expect(kindsOf("Without a written report from the venue we can't process a refund.", 'agent')).not.toContain('agent_bare_refusal');
    // A lone "No." refuses when the customer asked for something.
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'i never rang a premium number. can u take it off' },
      { id: 'm2', role: 'agent', text: 'No.' },
    ]).triggers.map((t) => t.kind);
    expect(refused).toContain('agent_bare_refusal');
  });
});

describe('round forty-eight: polite on the surface, good agents under fire, American customers, pasted text', () => {
  it('pasted letters, weedkiller labels, first fault reports and "makes sense" are calm', () => {
    expectQuiet('threat_legal', [
      "I own example-studio.com through you. Last week I got this email from a firm I've never heard of:  'We represent the owner of the EXAMPLE trademark. Unless the domain is transferred to our client within 14 days, we may take legal action.'  Is this something you deal with?",
    ]);
    expectHeard('threat_legal', ["If you don't sort this I'll be taking legal action myself."]);
    expectQuiet('threat_violence', ["and the weedkiller I bought, it says it'll kill everything it touches, is it safe near the veg?"]);
    expectQuiet('frustration', [
      'Hello, I bought a tablet from you last week and the camera app crashes every time I open it.',
      'oh right, we did pay them twice that month. makes sense',
      "sorry to bother you, the email says 'Friday AM' but the tracking says 'Friday 8-1'. I'm sure it's just me misreading it, but which is it?",
      'great. my son dropped the spare key off last night after hours, did someone get it?',
      'perfect. my bank says the deposit is still pending, is that normal?',
      'Can you pack them in boxes of 100 like last time?',
    ]);
    expectHeard('frustration', [
      'it crashes every single time, this is the fourth day',
      'great. so I am stuck at the airport again, is that it?'.replace('I am', "I'm"),
    ]);
    expectQuiet('repeat_contact', ["oh and per my previous message, it's an android phone if that matters"]);
    expectHeard('repeat_contact', ['As per my previous email, the invoice is still wrong.']);
  });

  it('annoyance kept polite, or kept short', () => {
    expectHeard('frustration', [
      'Today is Friday.',
      'Is someone going to look for it, or is it going to sit in a queue like last time?',
      "So what's happened since then? Anything?",
      'ok. that is fair. should have been the first answer though'.replace('that is', "that's"),
      'It literally says your company name on it. I cancelled.',
      'So the payment failed yesterday and nobody told me.',
      'or should I just keep ringing every day like I have been?',
      "I've filled in the form, I've done the calls, I'm not doing this a fourth time.",
      'You broke it. It was fine when I dropped it off.',
      "I'm sure it's not your fault, but the account page says 21.",
      "order placed at 6:40, the app has said 'on its way' since 7:15. it's 8:20 now.",
    ]);
  });

  it('requests, threats and leaving said politely or the American way', () => {
    expectEach([
      ['Is there someone more senior I could speak to about this, please?', 'escalation_request'],
      ['With respect, could you arrange for a supervisor to call me tomorrow?', 'escalation_request'],
      ["I'd like this handled by someone who can approve a replacement.", 'escalation_request'],
      ["Unbelievable. I'm calling corporate.", 'escalation_request'],
      ["Honestly, I won't be rejoining after this.", 'threat_churn'],
      ["I'll be leaving a review about how you treat people who book in good faith.", 'threat_public'],
      ["if this doesn't get fixed I'm filing a complaint with the state insurance commissioner", 'threat_regulator'],
      ["Yes please. That's what I asked for on Monday.", 'repeat_contact'],
      ['The chair arrived torn. I reported it on the 3rd with photos.', 'repeat_contact'],
    ]);
    expectQuiet('escalation_request', ['The store manager at the branch was super helpful, thanks.']);
  });

  it('the agent: the process, not covered, not possible, and blame through the terms', () => {
    expectEach(
      [
        ["That's how the system works, I'm afraid.", 'agent_bare_refusal'],
        ["That's the process.", 'agent_bare_refusal'],
        ["Towing isn't covered.", 'agent_bare_refusal'],
        ["The claim can't be reprocessed.", 'agent_bare_refusal'],
        ["Refunds over one month aren't possible.", 'agent_bare_refusal'],
        ["I'm not able to transfer you to a manager.", 'agent_denies_escalation'],
        ["It's likely because the chain wasn't cleaned, which is covered in the care guide you got at sign-up.", 'agent_blame'],
        ['The price change is in the terms you accepted when you signed up, so you were told about it.', 'agent_blame'],
        ["You should have set a travel notice in the app before going, that's why it got flagged.", 'agent_blame'],
        ["You should have had the gearbox serviced sooner. That's on the maintenance, not on us.", 'agent_blame'],
      ],
      'agent',
    );
    // A good no: a reason and another way.
    expect(kindsOf("I can't refund the fare, but I can rebook you on the 14:10 at no cost.", 'agent')).not.toContain('agent_bare_refusal');
    const refused = analyzeConversation([
      { id: 'm1', role: 'customer', text: 'I booked THIS hotel for a reason. Get a room freed up.' },
      { id: 'm2', role: 'agent', text: 'No.' },
    ]).triggers.map((t) => t.kind);
    expect(refused).toContain('agent_bare_refusal');
  });
});

describe('round forty-nine: emergencies, older customers, cancellations, social media DMs', () => {
  it('a gas leak, a hazard that could kill, and capitals said to be for the eyes are not threats', () => {
    expectQuiet('threat_violence', [
      "hi, I smell gas in the hallway near the meter. not sure if it's a leak or the bins?",
      "we're outside now. this could kill someone if it went up, right?",
      'the damp could easily kill someone with asthma',
    ]);
    expectHeard('threat_violence', ['I will gas them all', 'I could kill someone at your office right now']);
    expectHeard('threat_regulator', ["if nobody is here in the next hour I'm reporting this to the HSE"]);
    expectHeard('threat_public', [
      "I'm sending photos to the Evening Courier",
      "If it isn't sorted I'm putting it on the Elm Road Facebook group",
    ]);
    expectQuiet('threat_public', ['can you send the photos to the courier so they can find the house?']);
  });

  it('cancelling for your own reasons is a request; leaving because of the company is a threat', () => {
    expectQuiet('threat_churn', [
      "hi, I'd like to cancel my premium plan when it runs out. nothing wrong with the app, just zero time right now 😅",
      "I want to cancel my membership. I've moved to a different city.",
    ]);
    expectEach([
      ["and I won't be setting foot in one of your gyms again", 'threat_churn'],
      ["we'll be taking the whole team to another vendor at renewal", 'threat_churn'],
      ["if nobody shows tomorrow I'm cancelling her cover and going with a local firm", 'threat_churn'],
      ['IF I HAVE TO GO TO THE TOWN ANYWAY I MIGHT AS WELL TAKE IT ALL TO THE BUILDING SOCIETY THERE', 'threat_churn'],
      ["if this happens again I'm never buying another one of your games", 'threat_churn'],
    ]);
  });

  it('deadlines close an if-clause, and earlier contacts said plainly', () => {
    // "isn't" belongs to the condition: the legal team is the consequence.
    expectHeard('threat_legal', ["If the corrected invoice isn't here by Friday our legal team will be in touch."]);
    expectQuiet('threat_legal', ["if it isn't fixed by Friday I won't sue, I'll just leave"]);
    expectEach([
      ["that's what I was told at 7pm and at 8:30. on the way from where?", 'repeat_contact'],
      ['that is what the last three people said', 'repeat_contact'],
      ["I also rang the shop at 1 o'clock and the young lady said he was on his way.", 'repeat_contact'],
      ["Mum's been trying to sort this since Thursday", 'repeat_contact'],
      ['I also wrote in about the April issue, which never came either.', 'repeat_contact'],
      ['I cancelled my account on your chat on the 2nd, I have the email', 'repeat_contact'],
    ]);
  });

  it('annoyance, scared or cold', () => {
    expectHeard('frustration', [
      'can you tell me an actual time? my daughter is 9.',
      "a leak next to a playground isn't a priority??",
      'I told the person this morning. is that even on your system?',
      'I am getting nowhere.',
      "it's Friday. she can't sit in a cold house all weekend",
      "that's the third offer. I've said no three times.",
      "It went out on the 20th of May according to your site. It's now the 14th of June.",
      'today you charged me £15.99 again??',
      "then I'd like it escalated in writing. I'm not dropping this",
    ]);
    expectQuiet('frustration', [
      'Dear Sir, I have had a letter saying I owe £2,340 for a house I never lived in. Is this a scam? I am very worried.',
      'no email yet... oh wait it was in promotions 🙄 got it',
      "force closed the app and restarted. still nothing. I'm not angry by the way, just confused why it worked yesterday",
    ]);
    expectHeard('frustration', ["I'm not angry, just disappointed that nobody called."]);
    expectQuiet('threat_chargeback', ['Thank you. I will wait for the email then before I ring the bank.']);
  });

  it('social DMs: abuse, posting the thread, someone senior', () => {
    expectEach([
      ['are your devs actually brain dead or just lazy clowns? 🤡', 'abuse'],
      ["I'll post this whole DM thread on the fans' forum", 'threat_public'],
      ['And I want this handled by a complaints manager, not passed around again', 'escalation_request'],
      ['ok. and can someone senior actually follow it up this time?', 'escalation_request'],
    ]);
  });

  it('the agent: nobody above us, chats not transferred, no returns, and the clause named', () => {
    expectEach(
      [
        ["There isn't anyone above us for social queries.", 'agent_denies_escalation'],
        ["We don't transfer chats.", 'agent_bare_refusal'],
        ['Sorry, no returns.', 'agent_bare_refusal'],
        ["No, that won't be possible.", 'agent_bare_refusal'],
        ["Maybe the change wasn't saved properly on your side.", 'agent_blame'],
      ],
      'agent',
    );
    expect(kindsOf("Section 7 says we don't cover damage caused by lack of maintenance.", 'agent')).not.toContain('agent_bare_refusal');
  });
});

describe('round fifty: accessibility, small business owners, restaurants, product words', () => {
  it('a lawyer who wants the vegan menu, a night on the cocktails and a customer who shouted at my staff are not threats', () => {
    expectQuiet('threat_legal', ['oh and my sister is a lawyer and wants the vegan menu too, she just likes it lol']);
    expectHeard('threat_legal', ['my sister is a lawyer and wants to take legal action over this']);
    expectQuiet('threat_violence', ['bit embarrassing but we got absolutely slaughtered on cocktails and I think I left my phone']);
    expectQuiet('frustration', [
      'Hi, I had a customer screaming at my staff because her reminder said 10:00 and the booking was 11:00. Can you check why?',
    ]);
  });

  it('annoyance said quietly', () => {
    expectHeard('frustration', [
      'Am I meant to send it all again?',
      'Sent. Fingers crossed it lands this time.',
      "I've heard that before.",
      "I'm not going to keep asking.",
      'So what exactly is the point of the option if it sends normal cars?',
      'What exactly was I supposed to do differently?',
      'it expired? was there even an email?',
      'staff have not been paid. I need this sorted in the next hour',
      "That's what the status page said at 7. it's now 2pm. is anyone doing anything?",
      'this is the second major outage in a month.',
      'I need an answer, not just "not available"',
      'the whole ticket history is GONE from our account',
    ]);
    expectQuiet('frustration', ['Nobody told me the class moved rooms, but I found it, thanks!']);
  });

  it('earlier contacts, people senior enough, and leaving', () => {
    expectEach([
      ["So when do I get it? I was told 'within 5 working days' on 6 March.", 'repeat_contact'],
      ['nobody mentioned any of this the other two times I asked', 'repeat_contact'],
      ['I updated it yesterday after I rang one of your lot about this exact thing.', 'repeat_contact'],
      ['Is there someone else there who does know?', 'escalation_request'],
      ['I want our account manager on this today, or whoever is senior enough to own it.', 'escalation_request'],
      ['I want a written incident report and a call with our account director.', 'escalation_request'],
      ['I want to talk to my account manager, Tom, today.', 'escalation_request'],
      ["I'm reporting it to the ORR.", 'threat_regulator'],
      ["if this isn't sorted I'll be leaving a review tonight", 'threat_public'],
      ["and I'll be writing it up on the sports forum I run", 'threat_public'],
      ["honestly I'm done, I'll be using a different pizza place from now on", 'threat_churn'],
      ["I'm looking at other systems this week, honestly.", 'threat_churn'],
      ["when the contract comes up we'll be going out to tender", 'threat_churn'],
      ["if it's not fixed by the end of the month I'm cancelling the sport pass and the main subscription", 'threat_churn'],
    ]);
    expectQuiet('threat_public', ["I'll leave a review about how helpful you were!"]);
    expectQuiet('repeat_contact', ["this is the second time you've got an order wrong"]);
  });

  it('the agent: set it up properly, more notice, you were asked', () => {
    expectEach(
      [
        [
          'The recordings fail because the retention setting was misconfigured by your team. You need to set it up properly.',
          'agent_blame',
        ],
        ['Late bookings cannot always be guaranteed. You need to give the station more notice next time.', 'agent_blame'],
        ["Most of these issues happen because customers haven't switched captions on.", 'agent_blame'],
        ['That happens if users do not add internal senders to the allow list.', 'agent_blame'],
        ['You were asked to confirm the plan when you created the site.', 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round fifty-one: recruitment, gambling, energy upgrades, long messages', () => {
  it('lawyer friends and neighbours, add-ons, self-exclusion and a co-manager are calm', () => {
    expectQuiet('threat_legal', [
      'my lawyer friend checked the contract and said it looks fine, but who owns the work if the client never pays?',
      "My neighbour's a solicitor and recommended you, she's had hers for two years.",
    ]);
    expectHeard('threat_legal', ['my lawyer friend says we can sue you for this']);
    expectQuiet('threat_churn', [
      "I'd like to cancel my premium CV add-on, I'll write the cover letter myself.",
      "I'd like to close my account please and not be able to open it again. I've been betting a lot more than I should and I need to stop.",
    ]);
    expectQuiet('escalation_request', ["updated, that worked 👍 she's co-manager now"]);
  });

  it('contacts, tribunals, regulators and reviews', () => {
    expectEach([
      ['Hi. Me again about reference 22918.', 'repeat_contact'],
      ["I've now asked this in the app chat, by email on Monday, and here.", 'repeat_contact'],
      ["if the money isn't in my account on Friday I'm putting in a claim at the employment tribunal", 'threat_legal'],
      ["I'm reporting you to the Employment Agency Standards Inspectorate.", 'threat_regulator'],
      ["I'll be writing about this on Glassdoor so other candidates know what to expect.", 'threat_public'],
      ["Then I'd like to speak to Orla's manager please.", 'escalation_request'],
      ['Please have someone who actually knows what is happening call me today.', 'escalation_request'],
      ['Every branch has a sales manager. Please pass the request on.', 'escalation_request'],
      ["then cancel the order. I'll get a local electrician to fit one next week", 'threat_churn'],
      ["Then cancel it. I'll go through the council scheme with another installer.", 'threat_churn'],
      ['Refund it or I go to my bank.', 'threat_chargeback'],
    ]);
  });

  it('annoyance without an angry word', () => {
    expectHeard('frustration', [
      "Status still says 'with police', same as last Tuesday, and the Tuesday before that.",
      'Could someone at least ask them? Or is that also not possible.',
      'So nobody there knows how it works. Good to know.',
      'two years I have deposited with you and this is how I get treated',
      'I want someone to come and look, not another callback that never happens.',
    ]);
    expectQuiet('frustration', ['Thanks, that is good to know.']);
  });

  it('the agent: breached terms, chose not to, overloaded wifi, put it somewhere else', () => {
    expectEach(
      [
        ['The bet was voided because you breached the terms.', 'agent_blame'],
        ['You chose not to have the battens replaced when we quoted.', 'agent_blame'],
        ["Usually it's because customers overload their own wifi.", 'agent_blame'],
        ['You should have put it away from the walls.', 'agent_blame'],
        ["We can't tell you that.", 'agent_bare_refusal'],
        ["No, the job can't be put on hold.", 'agent_bare_refusal'],
      ],
      'agent',
    );
    const agentKinds = (line: string) => kindsOf(line, 'agent');
    expect(agentKinds("It's a timing issue, nothing wrong on your end, and we'll retry on the 19th.")).not.toContain('agent_blame');
    expect(agentKinds('It is added to the loan unless you chose to pay it upfront.')).not.toContain('agent_blame');
    expect(agentKinds("Unfortunately we don't offer refunds based on generation figures.")).not.toContain('agent_bare_refusal');
  });
});

describe('round fifty-two: flights and hotels', () => {
  it('a bottle of prosecco is not a threat; earlier contacts and stalling said plainly', () => {
    expectQuiet('threat_violence', ['We killed a bottle of prosecco on the balcony the first night 🥂 but I thought it was free?']);
    expectEach([
      ['I asked your colleague at breakfast for fresh towels. That was at 8. It is now 10:20.'.replace('It is', "It's"), 'repeat_contact'],
      ['I requested a refund on 20 August. Today I got a voucher instead.', 'repeat_contact'],
      ["I've been going back and forth with you since June", 'repeat_contact'],
      ['your colleagues said exactly the same every time', 'repeat_contact'],
      ["I've been bounced between you and the airline for 2 days", 'repeat_contact'],
      ["That's exactly what your last agent said.", 'repeat_contact'],
      ["I'm not waiting another 5 weeks.", 'frustration'],
      ["I want a supervisor, not a team lead who'll read me the same script", 'frustration'],
      ['I beg your pardon? It was there when we arrived.', 'frustration'],
      ["You haven't even looked at it.", 'frustration'],
      ['Might be? The flight was cancelled by you.', 'frustration'],
      ['I would also like to know who decided I wanted a voucher.', 'frustration'],
      ["I've been stuck in this terminal since 6am", 'frustration'],
      ["so you've lost it.", 'frustration'],
      ["I'd like to talk to whoever is above her, please.", 'escalation_request'],
      ["Then I'm done with you. I'll cancel them all and book somewhere else.", 'threat_churn'],
      ["honestly this has me looking at other airlines. I'll just move my flying to another alliance", 'threat_churn'],
      ["and I'm screenshotting this chat for twitter", 'threat_public'],
    ]);
    expectQuiet('repeat_contact', ['As I told your colleague five minutes ago, the room is wrong.']);
  });

  it('the agent: nobody else on site, a fee that cannot be removed, arriving earlier', () => {
    expectEach(
      [
        ["The duty manager is the most senior person on site today, there isn't anyone else.", 'agent_denies_escalation'],
        ["The amenity fee can't be removed.", 'agent_bare_refusal'],
        ["If you had got to the airport earlier you wouldn't have missed it.", 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round fifty-three: online orders and everyday banking', () => {
  it('a card killed by the fraud system, lawyers who set things up or bought a sofa, and a kind branch manager are calm', () => {
    expectQuiet('threat_violence', ['my card got killed by the fraud system at a restaurant last night 😅 can you switch it back on?']);
    expectQuiet('threat_legal', [
      "my dad's a lawyer and set up the joint account for us years ago. How do I come off it?",
      'My solicitor ordered the same sofa last year and recommended it. Are the covers removable?',
    ]);
    expectQuiet('repeat_contact', ['By the way when I went into the Elmford branch last week the branch manager was really kind.']);
    expectHeard('repeat_contact', ['We took it into the Elmford branch last Thursday and nothing happened.']);
  });

  it('contacts, requests, leaving and quiet annoyance', () => {
    expectEach([
      ["This is the fourth copy I've uploaded since March.", 'repeat_contact'],
      ['Is there someone on the desk who would know?', 'escalation_request'],
      ['So which part did I get wrong?', 'frustration'],
      ['It would have been useful to be told that in March.', 'frustration'],
      ["so you're not even going to look into it?", 'frustration'],
      ["I'll be putting all of this in a review.", 'threat_public'],
      ["if you can't find it I'll move the whole lot somewhere else", 'threat_churn'],
      ["I've already opened an account with another app.", 'threat_churn'],
      ["if this isn't sorted I'm closing my store card", 'threat_churn'],
    ]);
    expect(kindsOf("Your card was blocked because you didn't tell us you were travelling.", 'agent')).toContain('agent_blame');
  });
});

describe('round fifty-four: broadband, software admins, food delivery, sarcasm', () => {
  it('a lawyer flatmate who ordered the same, a question about cancelling, a plan switch and an empty bin are calm', () => {
    expectQuiet('threat_legal', ['funny thing, my housemate is a lawyer and ordered the same hamper. can they ship together?']);
    expectQuiet('threat_churn', [
      'Done. Do I also need to cancel the old policy or does it lapse on its own?',
      "we're thinking of switching to the yearly plan, would the seat price change?",
    ]);
    expectQuiet('frustration', ['Trash is empty and the folder history shows the files went at 03:10.']);
    expectHeard('frustration', ['honestly the whole app is trash']);
  });

  it('contacts made before: told twice, rang without an "I", on this chat, called at a time, reported each one', () => {
    expectEach([
      ['On Tuesday I was told Thursday. On Thursday I was told Monday.', 'repeat_contact'],
      ['modem is down again. rang on friday and was told an engineer would ring. nobody rang', 'repeat_contact'],
      ['I was on this chat yesterday afternoon and was promised an email', 'repeat_contact'],
      ['I called at 11 and was told it was loaded on the van.', 'repeat_contact'],
      ["Third short delivery in a fortnight and I've reported every single one.", 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', ['I called at 11 to book the slot, so that part is done.']);
  });

  it('quiet annoyance: sarcasm, the first time, wasted leave, quoted hedges and long statuses', () => {
    expectEach([
      ['that would have been handy three emails ago.', 'frustration'],
      ['A known fault. Since when?', 'frustration'],
      ['six weeks for a kettle. love that for me.', 'frustration'],
      ['that should have been the answer the first time round', 'frustration'],
      ['I sent the photos on Monday, like I said.', 'frustration'],
      ["So what does the 'leave in porch' option do, then?", 'frustration'],
      ["Great. I'm sure it'll be different next time.", 'frustration'],
      ['This is exactly why I put the note on the order.', 'frustration'],
      ['That could have put my son in hospital.', 'frustration'],
      ["The buffet was for 7. It's 8:15 and nothing.", 'frustration'],
      ['a voucher does not fix a ruined anniversary', 'frustration'],
      ["so I'm being stonewalled now.", 'frustration'],
      ["that doesn't tell me when the engineer is coming", 'frustration'],
      ['What will be different next Tuesday?', 'frustration'],
      ['I took a day of holiday for this.', 'frustration'],
      ['Both times I took an afternoon off work.', 'frustration'],
      ["I'm supposed to know the app changed the default?", 'frustration'],
      ["'should be fine'. reassuring.", 'frustration'],
      ["my refund has been 'processing' for 3 weeks", 'frustration'],
      ['Compensation for what? It never arrived.', 'frustration'],
      ['thanks for the reply that never came', 'frustration'],
    ]);
    expectQuiet('frustration', [
      'my refund has been processing for 2 days, is that normal?',
      'haha the suspense is killing me, thanks for checking',
    ]);
  });

  it('requests for someone senior, an account manager, and "so who do I talk to??"', () => {
    expectEach([
      ['I want someone senior reviewing this today.', 'escalation_request'],
      ['I need a proper answer or someone who can give me one.', 'escalation_request'],
      ["I'd like to speak with my account manager about the renewal.", 'escalation_request'],
      ['Could I be put through to him instead?', 'escalation_request'],
      ['ridiculous. so who do I talk to??', 'escalation_request'],
      ["if the price stays like this we'll move to Brightline at renewal", 'threat_churn'],
    ]);
  });

  it('the agent: no account managers, not a bug, final bans, "they might still come", blame on your end', () => {
    expectEach(
      [
        ["We don't have account managers. I can help you here.", 'agent_denies_escalation'],
        ["I've looked at the logs. That's not a bug.", 'agent_bare_refusal'],
        ["It's working as intended.", 'agent_bare_refusal'],
        ['Suspensions for chargebacks are final.', 'agent_bare_refusal'],
        ["I can't see where the van is. They might still come.", 'agent_hedging'],
        ['The token expired, so this is a setup problem on your end.', 'agent_blame'],
        ['You should have turned off auto-renew before the date.', 'agent_blame'],
      ],
      'agent',
    );
    expect(
      kindsOf('Because the leak is on your side of the stopcock you will need a plumber, but I can send a list.', 'agent'),
    ).not.toContain('agent_blame');
  });
});

describe('round fifty-five: health cover, getting around, English as a second language', () => {
  it('a solicitor husband who is meeting me, and an event that came back, are not threats or contacts', () => {
    expectQuiet('threat_legal', ["my wife's a solicitor, she's collecting me from the station. can she ride along?"]);
    expectQuiet('repeat_contact', ["bit annoying, that's the second time this month a class has been moved on me"]);
  });

  it('contacts made before: each time I phoned, the hotline an hour ago, emails sent, a form weeks ago', () => {
    expectEach([
      ["I've waited 30 minutes each time I've phoned, so I'm trying chat", 'repeat_contact'],
      ['I called your helpline this morning and got cut off', 'repeat_contact'],
      ['the reference is in the 3 emails I sent you', 'repeat_contact'],
      ['I submitted the form two weeks ago, nobody answer me', 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', ['I rang your office in the spring about my address and it was all sorted quickly.']);
  });

  it('requests for the chief or the responsible person, and other ways of saying it', () => {
    expectEach([
      ['I demand the responsible person, please.', 'escalation_request'],
      ['Please give me the chief of the shop.', 'escalation_request'],
      ["Still more expensive. I'll go with the other quote.", 'threat_churn'],
      ["we pay extra for priority precisely so this doesn't happen", 'frustration'],
      ["Sorry, what isn't included? The booklet says it is.", 'frustration'],
      ['What else you need from me?', 'frustration'],
      ['30 days without my phone. This is not serious from you.', 'frustration'],
    ]);
  });

  it('the agent: no chief to transfer to, the wrong postcode, the pin in the wrong place, no comment on units', () => {
    expectEach(
      [
        ['There is no chief I can transfer you to.', 'agent_denies_escalation'],
        ["You typed the wrong postcode, that's why it's late.", 'agent_blame'],
        ['You dropped the pin in the wrong place, so the driver went to arrivals.', 'agent_blame'],
        ["We can't comment on individual chargers.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round fifty-five: customers who blame themselves', () => {
  it('running oneself down is not anger at the company', () => {
    expectQuiet('frustration', [
      "Hi, I'm such an idiot, I paid the wrong invoice twice. Can it be moved?",
      'stupid me, I deleted the saved payee yesterday. can I get it back?',
      "I probably ticked the wrong box, I'm useless with these things, sorry.",
      "I'm guessing I typed the flat number wrong, sorry, I'm terrible with forms.",
      'GREEN!! it works. sorry for wasting your time, i feel like such an idiot',
      'Ugh, I hate that I did this, it emailed the whole team.',
      'yes… stupid me 🤦‍♀️ I saved the small copies',
    ]);
    expectHeard('frustration', [
      'you made me feel stupid for asking',
      'your useless app made me look stupid in front of a client',
      'your app is useless, it lost the booking',
    ]);
  });

  it('when it turns: prices with "??", a script, every answer a no, someone else who knows', () => {
    expectEach([
      ['£40?? just to change a name?', 'frustration'],
      ["I said it was my mistake, I'm asking for help. you're reading from a script", 'frustration'],
      ["I've been on this chat for an hour and every answer is a no.", 'frustration'],
      ['is there someone else there who actually knows the rules?', 'escalation_request'],
      ["Then I'd like someone from billing, or a manager, to call me.", 'escalation_request'],
    ]);
  });

  it('the agent who piles on, and short refusals', () => {
    expectEach(
      [
        ['The guide says to dry it first. Yes, that was your mistake.', 'agent_blame'],
        ['You agreed to the terms when you ordered.', 'agent_blame'],
        ['Returns without a label take longer. You should have printed it.', 'agent_blame'],
        ["I can't add that.", 'agent_bare_refusal'],
        ["We can't search by reference.", 'agent_bare_refusal'],
      ],
      'agent',
    );
    expect(kindsOf("You're right, and I apologise for suggesting it was your mistake. I've refunded the fee.", 'agent')).not.toContain(
      'agent_blame',
    );
  });
});

describe('round fifty-six: personal data, customs, trains and buses, shared buildings', () => {
  it('contacts: told when I rang, earlier chats, a dispute raised, a request made on a date; not a company that contacted me', () => {
    expectEach([
      ['That is what I was told last week when I phoned.', 'repeat_contact'],
      ["I've given it twice already, in the chats on the 3rd and 9th", 'repeat_contact'],
      ['I raised a complaint in January and nothing happened', 'repeat_contact'],
      ['on the 4th we asked you to close the account', 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', [
      "I didn't fill in the form, the shop did. And nobody contacted me before sending it back.",
      "That's the second time I've asked for a supervisor in this chat.",
    ]);
    expectQuiet('threat_churn', ['on the 4th I asked you to delete my account. why was I charged today?']);
  });

  it('requests and threats in other words', () => {
    expectEach([
      ['I want to speak to the director of the company.', 'escalation_request'],
      ['I want to talk to your data protection officer.', 'escalation_request'],
      ["And this is the last thing I'm ordering from you.", 'threat_churn'],
      ["I'm going to post about this on the local facebook group", 'threat_public'],
    ]);
  });

  it('annoyance without angry words, and slips and retries that stay calm', () => {
    expectEach([
      ['The lease says you must provide it. Are you refusing?', 'frustration'],
      ["Until I get the accounts I'm withholding the charge.", 'frustration'],
      ['does that not seem like something to look into?', 'frustration'],
      ["I've sent it three times already.", 'frustration'],
      ['a missed payment marker has cost me a flat', 'frustration'],
      ['How are you still charging a closed account?', 'frustration'],
      ['forty of us on the platform and not a single member of staff', 'frustration'],
      ["I'll find a bank that can actually explain things", 'frustration'],
    ]);
    expectQuiet('frustration', [
      'slightly embarrassing, I left my gloves on the same bus 🙈',
      "ok it shows as paid in my app now. tried the gate again, same error: 'no product found'",
    ]);
  });

  it('the agent: responsible customers, a guess about the customer, a matter for someone else, no director', () => {
    expectEach(
      [
        ['Customers are responsible for reading the import terms before they order.', 'agent_blame'],
        ['Maybe you collected it already and forgot?', 'agent_blame'],
        ['You should always check the light is green before walking off.', 'agent_blame'],
        ["That's a customs matter.", 'agent_bare_refusal'],
        ["There isn't a director you can speak to.", 'agent_denies_escalation'],
      ],
      'agent',
    );
    expect(kindsOf('Maybe you collected it already and forgot?', 'agent')).not.toContain('agent_hedging');
    expect(kindsOf("I can't transfer chats to the DPO. What I can do is mark your request urgent.", 'agent')).not.toContain(
      'agent_denies_escalation',
    );
  });
});

describe('round fifty-seven: safety reports, tax and accounts, childcare', () => {
  it("another user's threats and insults read out in quotes are not the reporter's", () => {
    const report =
      "The buyer sent me this after I asked for payment:\n\n'you're a worthless idiot, I'll make sure nobody here ever buys from you again'\n\nI'd like to close the contract and report him";
    for (const kind of ['abuse', 'repeat_contact', 'threat_churn']) expectQuiet(kind, [report]);
    expectQuiet('threat_violence', ["he kept sending messages like 'reply or you'll regret it' from new numbers"]);
    expectHeard('abuse', ["you're a worthless idiot"]);
  });

  it('contacts made before: reported on a day or days ago, uploaded in a month as well', () => {
    expectEach([
      ['I reported him 4 days ago and his profile is still up', 'repeat_contact'],
      ['I reported it on Tuesday. And again on Thursday.', 'repeat_contact'],
      ['I sent it in February as well, when your colleague asked.', 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', ['the cleaner was late again today, second time this week. bit annoying tbh']);
  });

  it('requests, threats and annoyance in other words', () => {
    expectEach([
      ["I'd like to speak to one of the partners.", 'escalation_request'],
      ["If I don't hear from a manager today I'm going to the council.", 'escalation_request'],
      ['Can I speak to the owner please? It was paid in full.', 'escalation_request'],
      ["I'll be reporting the practice to its professional body.", 'threat_regulator'],
      ["I'm going to move to another accountant in April.", 'threat_churn'],
      ["I'm taking him out and moving him to the nursery down the road.", 'threat_churn'],
      ["I'm cancelling the rest of the term, we've found someone local", 'threat_churn'],
      ["I'm still deleting the app", 'threat_churn'],
      ['you lot are cowboys honestly', 'abuse'],
      ["I'm posting the screenshots of his messages and your reply on instagram", 'threat_public'],
      ["Then I'll be posting exactly what happened in the village facebook group.", 'threat_public'],
      ['You were supposed to submit it by the 31st.', 'frustration'],
      ['and it better actually arrive this time', 'frustration'],
      ['are you a bot?', 'frustration'],
      ['so what, call again on Monday and hear the same thing?', 'frustration'],
    ]);
    expectQuiet('threat_churn', ["I'm deleting the app and reinstalling it like you said"]);
  });

  it('the agent: whose responsibility, what the form says, what parents often do, no one else to speak to', () => {
    expectEach(
      [
        ["Late fees are the client's responsibility under our terms.", 'agent_blame'],
        ['To be fair, your address is on your public profile.', 'agent_blame'],
        ['The form does say every box is required.', 'agent_blame'],
        ['Parents often use the old link from the first email.', 'agent_blame'],
        ["There isn't anyone else you can speak to.", 'agent_denies_escalation'],
      ],
      'agent',
    );
  });
});

describe('round fifty-seven: cars bought and financed', () => {
  it('doubt, a rival down the road, someone senior by title, a salesman called a crook', () => {
    expectEach([
      ["book it then, but I'm not holding my breath", 'frustration'],
      ["There's obviously a head of service, she's on your website.", 'frustration'],
      ["I'd like to speak to the dealer principal please.", 'escalation_request'],
      ['the garage down the road have the same car in stock for less', 'threat_churn'],
      ["that dave is a crook, he'd say anything to close a sale", 'abuse'],
      ['your sales guy is a liar', 'abuse'],
    ]);
    expectQuiet('abuse', ['that seller is a crook, can you help me get my money back?']);
  });
});

describe('round fifty-eight: home services, exams, new agents, death and estates', () => {
  it('a death told is not a threat; a grieving customer taking words back is calm', () => {
    expectQuiet('threat_violence', [
      'My brother was killed in a car crash in March. I am the executor and need to close his account.',
      'my son was killed in a motorbike accident last year, he had a phone contract with you',
    ]);
    expectQuiet('frustration', ["...sorry. that wasn't fair. I haven't slept properly since she died"]);
  });

  it('contacts made before, requests, and annoyance in other words', () => {
    expectEach([
      ['I was told in March the bills would change name. And again in April.', 'repeat_contact'],
      ['I also wrote to the support email in October.', 'repeat_contact'],
      ["I've been told 'it's processing' three times already.", 'repeat_contact'],
      ['Then who can I speak to?', 'escalation_request'],
      ['Could you find someone who does know?', 'escalation_request'],
      ['I want this escalated to a supervisor.', 'escalation_request'],
      ["After this I'm moving all of it elsewhere.", 'threat_churn'],
      ['Nobody has told me anything in 6 weeks.', 'frustration'],
      ['how do you lose a wedding cake', 'frustration'],
      ['Which of you should I believe?', 'frustration'],
      ['The refund was due on 3 May. Today is 20 May.', 'frustration'],
      ["why couldn't the last two do that", 'frustration'],
      ['ok. thanks for actually doing something this time', 'frustration'],
      ["I'm not arguing about terms for an order that never turned up", 'frustration'],
    ]);
  });

  it('the agent: between you and the pro, the process, the result stands, and blame in new words', () => {
    expectEach(
      [
        ["That's between you and the pro. We don't get involved.", 'agent_bare_refusal'],
        ["Late fees are added automatically. That's the process.", 'agent_bare_refusal'],
        ['The result stands.', 'agent_bare_refusal'],
        ["You didn't include the reference, so it couldn't be matched.", 'agent_blame'],
        ['It was probably the postcode you entered.', 'agent_blame'],
        ["You need to make sure you're home during your slot.", 'agent_blame'],
        ['so the spelling would have come from your form', 'agent_blame'],
        ['You should have booked the intro call first.', 'agent_blame'],
      ],
      'agent',
    );
  });
});

describe('round fifty-nine: streaming, car hire, dating apps, emoji and shorthand', () => {
  it('threats in new words: a card brand, charging back, a brick, kicking doors in, straight on social media', () => {
    expectEach([
      ["I'm disputing it with Visa this afternoon", 'threat_chargeback'],
      ['sort it or im charging back the whole booking with my bank', 'threat_chargeback'],
      ["I'll charge it back then", 'threat_chargeback'],
      ["i swear i'll drive over there and put a brick through your window", 'threat_violence'],
      ["I'm going to kick your office door in", 'threat_violence'],
      ['this is going straight on tiktok', 'threat_public'],
      ["if the refund isnt there friday we're done", 'threat_churn'],
      ['ill shop with a different florist from now on', 'threat_churn'],
      // Negations typed without an apostrophe still make an if-clause an ultimatum.
      ["if this isnt fixed tonight I'm cancelling", 'threat_churn'],
    ]);
    expectQuiet('threat_chargeback', ['can you charge it back to my card please?', 'please charge it back to the original payment']);
    expectQuiet('threat_violence', ['someone put a brick through our shop window last night, can I claim?']);
    expectQuiet('threat_churn', ["I'll be ordering from your app from now on, much easier"]);
  });

  it('threats set aside: given up, imagined, a relative joking, a review promised as thanks', () => {
    expectQuiet('threat_chargeback', ['haha I was about to call my bank but it just came through']);
    expectQuiet('threat_public', [
      'honestly had a stinking review drafted in my head but you sorted it, thanks',
      "I'll leave you a review on trustpilot tonight, you've been brilliant",
    ]);
    expectQuiet('threat_legal', [
      'my big sister keeps saying I should sue you, she watches too much tv',
      "the other van's insurer won't pay so our solicitors are chasing them now",
    ]);
    expectQuiet('threat_churn', ['can you remove a user from our team account? she left last month']);
  });

  it('abuse in new words, and the frustration an insult carries', () => {
    expectEach([
      ['your lot are a joke', 'abuse'],
      ['you lot are brain dead honestly', 'abuse'],
      ["you're all completely useless", 'abuse'],
      ['Took three weeks to reply. Absolute clowns.', 'abuse'],
      ['your airline is a clown show', 'abuse'],
      // Team leads mark nearly every insult as frustrated too.
      ['are you people all thick?', 'frustration'],
    ]);
    // …but the frustration it shows is not counted into the risk a second time.
    const insult = analyzeConversation([{ id: 'm1', role: 'customer', text: 'you lot are brain dead' }]);
    const insultAlone = analyzeConversation([{ id: 'm1', role: 'customer', text: 'you lot are brain dead' }], {
      sensitivity: { frustration: 0 },
    });
    expect(insult.triggers.map((t) => t.kind)).toContain('frustration');
    expect(insult.risk).toBe(insultAlone.risk);
  });

  it('requests, earlier contacts and annoyance in new words', () => {
    expectEach([
      ['is there anyone else I could speak to about this?', 'escalation_request'],
      ['put the duty manager on please', 'escalation_request'],
      ['give me an email for someone senior', 'escalation_request'],
      ["I've called your helpline three times this week", 'repeat_contact'],
      ['you told me that last time', 'repeat_contact'],
      ['the branch sent me here, they said you could fix it', 'repeat_contact'],
      ['you clearly dont know what youre doing', 'frustration'],
      ['this is getting a bit silly now', 'frustration'],
      ['it would have helped this morning before I drove there', 'frustration'],
      ['hurry up please, my train leaves in ten minutes', 'frustration'],
      ["I'm not chatting to a bot", 'frustration'],
      ["clearly that's the only language you understand", 'frustration'],
      ['so thats it?', 'frustration'],
    ]);
    expectQuiet('repeat_contact', ["I've messaged the seller twice through the app", "I've tried the online form twice and it errors"]);
    expectQuiet('frustration', ['ok sent it i think?? it says pending', 'is there anything else I should do before I go?']);
  });

  it('the agent: no one to pass it to, and refusals with no subject or reason', () => {
    expectEach(
      [
        ["There isn't anyone to pass this to, I'm afraid.", 'agent_denies_escalation'],
        ["there's nobody else, i'm the only one on support tonight", 'agent_denies_escalation'],
        ["Can't reopen that one.", 'agent_bare_refusal'],
        ['cant share that', 'agent_bare_refusal'],
        ["The voucher can't be reinstated.", 'agent_bare_refusal'],
        ['you should of read the small print before booking', 'agent_blame'],
      ],
      'agent',
    );
    expectQuiet(
      'agent_bare_refusal',
      ["The voucher can't be reinstated because it was used on 3 May, but I can issue a new one."],
      'agent',
    );
  });
});

describe('round sixty: hosting, clinics, big deliveries, several things at once', () => {
  it('earlier contacts told by name, by document and by silence', () => {
    expectEach([
      ['I went through all of it with Priya on tuesday', 'repeat_contact'],
      ["that's exactly what you told me last week", 'repeat_contact'],
      ['thats what the letter i got in june said too', 'repeat_contact'],
      ["nobody's replied to my emails", 'repeat_contact'],
      ['no one has got back to me about it', 'repeat_contact'],
      ["you've had the serial number every time I've called", 'repeat_contact'],
      ['I was told on the phone it would be collected today', 'repeat_contact'],
    ]);
    expectQuiet('repeat_contact', ["that's exactly what I was hoping to hear", 'nobody is answering the door at the depot']);
  });

  it("threats and requests in new words, and a past case or someone else's threat set aside", () => {
    expectEach([
      ["I'll be putting a chair through their shop window", 'threat_violence'],
      ["i'll slash his tyres if he parks there again", 'threat_violence'],
      ["I'll be taking all our accounts to a different bank", 'threat_churn'],
      ["if that's the best you can do i'll go with Argos instead", 'threat_churn'],
      ["honestly I'd rather cancel than wait another month", 'threat_churn'],
      ['I want the practice manager', 'escalation_request'],
      ['I need a call back from someone senior today', 'escalation_request'],
      ['I still want the supervisor to ring me', 'escalation_request'],
    ]);
    expectQuiet('threat_violence', ['the aerial cable is hanging off the wall outside', 'the blind is hanging down on one side']);
    expectQuiet('threat_legal', [
      'the last builder we had, we ended up taking him to small claims',
      'my neighbour is threatening to take me to court over the fence',
    ]);
    expectQuiet('threat_churn', [
      "I'm moving the website to a different host, what are your nameservers?",
      'I want the manager role on my account',
    ]);
    expectQuiet('escalation_request', ['I want the manager role on my account', 'can I have the director access level']);
    expectQuiet('threat_public', [
      "I'll put a post on facebook asking neighbours if anyone took it in",
      "I'll leave you a review, five stars from me",
    ]);
  });

  it('insults with the job named, and hyphenated ones', () => {
    expectEach([
      ['your drivers are clearly clueless', 'abuse'],
      ['your receptionist is either thick or lying', 'abuse'],
      ['send your ham-fisted idiots somewhere else', 'abuse'],
    ]);
  });

  it('annoyance in new words; a bot question at hello is a question', () => {
    expectEach([
      ['how long does it take a depot to find a wardrobe', 'frustration'],
      ['your fitters couldnt be bothered to level it', 'frustration'],
    ]);
    expectQuiet('frustration', ['hi, are you a bot or a real person?']);
  });

  it('the agent: nobody who can approve it, nobody else here, and a promise that is not a no', () => {
    expectEach(
      [
        ["There's nobody who can approve that, I'm afraid.", 'agent_denies_escalation'],
        ["There isn't anyone else here who can help.", 'agent_denies_escalation'],
      ],
      'agent',
    );
    expectQuiet('agent_bare_refusal', ["We won't send any more reminders to that address."], 'agent');
  });
});

describe('round sixty-one: gyms, printing, bursts of fragments, wholesale', () => {
  it("a fragment that carries on the customer's own burst is not scored alone", () => {
    // "rang yesterday" after their own line: a fact listed, not yet a tone (neither the model nor the repeat contact makes it frustration).
    const burst = customerLines('my heating is off again', 'rang yesterday', 'third day now');
    expect(burst).toContain('m2:repeat_contact');
    expect(burst).not.toContain('m2:frustration');
    expect(burst).not.toContain('m3:frustration');
    // The same line standing on its own after the agent is read in full.
    const answered = analyzeConversation([
      { id: 'm1', role: 'agent', text: 'Have you been in touch about this before?' },
      { id: 'm2', role: 'customer', text: "yes I rang yesterday and nobody's called me back since" },
    ]).triggers.map((t) => `${t.messageId}:${t.kind}`);
    expect(answered).toContain('m2:frustration');
  });

  it("threats in new words, and a first thought or a friend's case set aside", () => {
    expectEach([
      ["I'm one more late fee away from leaving", 'threat_churn'],
      ["we're moving our savings somewhere else", 'threat_churn'],
      ["i'll be waiting for him outside, not joking", 'threat_violence'],
      ["i'll kick his door in", 'threat_violence'],
      ['this is going on the residents facebook group', 'threat_public'],
      ["I'll be telling every parent in the class whatsapp group", 'threat_public'],
      ['everyone at my office is going to hear about this', 'threat_public'],
    ]);
    expectQuiet('threat_chargeback', ['my first thought was to call the bank and cancel it, but you sorted it']);
    expectQuiet('threat_legal', ['my mate ended up in small claims with his old landlord over a deposit']);
  });

  it('requests, earlier contacts and annoyance in new words', () => {
    expectEach([
      ['then anyone above you', 'escalation_request'],
      ['Manager. Now.', 'escalation_request'],
      ['I want a supervisor calling me back today', 'escalation_request'],
      ['let me talk to whoever is above Sam', 'escalation_request'],
      ['spoke to a lady called Jo yesterday about this', 'repeat_contact'],
      ['nobody ever calls back', 'repeat_contact'],
      ['I raised it on Friday', 'repeat_contact'],
      ['I told the last guy the same thing', 'repeat_contact'],
      ['I already explained all of this to someone on the phone yesterday', 'repeat_contact'],
      ['so the system crashed and somehow its my fault?', 'frustration'],
      ['fine, keep it. enjoy the £5', 'frustration'],
      ["oh now you'll look into it", 'frustration'],
      ['not another bot', 'frustration'],
      ['do you guys even read the notes', 'frustration'],
      ['just fix it properly this time', 'frustration'],
      ['and a poxy voucher', 'frustration'],
    ]);
    expectQuiet('escalation_request', ['so there is someone above you, good to know. yes please raise it']);
    expectQuiet('frustration', [
      "we've been with you about 6 years now, can we move to annual billing?",
      'I had a horrible feeling I left the oven on, all good',
      "sorry for the delay, it's mad here today",
      'december parties are mad, send the extra crates',
    ]);
  });

  it('the agent: at your own risk, your choice, on you, and no point transferring', () => {
    expectEach(
      [
        ['Valuables are left at your own risk.', 'agent_blame'],
        ['You chose to skip the check-in step.', 'agent_blame'],
        ["once it's signed for it's kind of on you", 'agent_blame'],
        ["As I've already explained, the fee stands.", 'agent_blame'],
        ['You should have made sure someone was in.', 'agent_blame'],
        ["Honestly there's no point transferring you, they'd tell you the same.", 'agent_denies_escalation'],
        ["Next-day delivery isn't available.", 'agent_bare_refusal'],
      ],
      'agent',
    );
  });
});

describe('round sixty-two: days out, pharmacies, customers who work in support, resale apps', () => {
  it('threats and requests in new words', () => {
    expectEach([
      ["I'm reporting you to the GPhC", 'threat_regulator'],
      ['ill be contacting the general dental council', 'threat_regulator'],
      ['everyone in the school parents group will hear about this', 'threat_public'],
      ["i'll throw him through the hedge if he comes back", 'threat_violence'],
      ["if it isn't sorted by friday I'm moving my prescriptions to another pharmacy", 'threat_churn'],
      ['can anyone senior look at this please', 'escalation_request'],
      ["I'd like this handled by your practice manager", 'escalation_request'],
      ['supervisor or manager, now', 'escalation_request'],
      ['could you pass this to whoever can approve it', 'escalation_request'],
      ['still waiting for that manager call', 'escalation_request'],
      ['is there anyone else there I could talk to?', 'escalation_request'],
      // "no" straight before the speaker's own clause answers; it does not negate the request.
      ['no i want a manager on the phone', 'escalation_request'],
      ['thats what your colleague told me last friday', 'repeat_contact'],
      ['the last two of you said the same', 'repeat_contact'],
      ["don't 'calm down' me", 'frustration'],
      ['not another script reading idiot', 'abuse'],
    ]);
  });

  it('a request for the record, a regulator named in passing, and anger at someone else', () => {
    expectQuiet('escalation_request', ['please note on the case that I asked for a supervisor twice']);
    expectQuiet('repeat_contact', ['please put in the notes that I asked three times']);
    expectHeard('repeat_contact', ['I left notes in the porch and emailed twice']);
    expectQuiet('threat_regulator', [
      'I need to upload my NMC revalidation certificate',
      'half my callers would be threatening the ombudsman by now lol',
    ]);
    expectQuiet('threat_legal', [
      'do I have to sue the seller myself?',
      'last year I had to take the seller to small claims, so I check everything now',
    ]);
    // The lexicon's anger words are not read as the customer's when aimed at someone else (the tone model may still hear a mood).
    for (const line of [
      "honestly I'm furious with them, the train company cancelled it again",
      'I hate it when people shout at me, so thanks for being kind',
    ])
      expect(kindsOf(line), line).not.toContain('frustration');
  });

  it('the agent: nobody else can help, the blame of "if you had", and not blame when it is not', () => {
    expectEach(
      [
        ['Like I said, nobody else can help with this.', 'agent_denies_escalation'],
        ["There isn't anyone else, I'm afraid.", 'agent_denies_escalation'],
        ["There isn't anyone else available on chat.", 'agent_denies_escalation'],
        ["If you'd used tracked postage this wouldn't have happened.", 'agent_blame'],
        ['You should have had a look at the FAQ first.', 'agent_blame'],
        ["No, tomorrow isn't possible.", 'agent_bare_refusal'],
      ],
      'agent',
    );
    expectQuiet(
      'agent_blame',
      ['Tell your dad he can relax, the tickets are valid all day.', "I'm not saying it's your fault, parcels go missing."],
      'agent',
    );
  });
});

describe('round sixty-three: council services, phone repairs, the courteous and the terse, courses', () => {
  it('earlier contacts, threats and requests in new words', () => {
    expectEach([
      ['this is the THIRD time ive had to chase you', 'repeat_contact'],
      ['every time I call they say tomorrow', 'repeat_contact'],
      ['I spoke to someone on the phone about it last week', 'repeat_contact'],
      ["that's word for word what Priya said on Monday", 'repeat_contact'],
      ["'two more weeks' is exactly what I was told in May, and again in June", 'repeat_contact'],
      ['I raised it last Friday', 'repeat_contact'],
      ['and the screenshots are going on the street whatsapp group', 'threat_public'],
      ["I'll ring them and get my bank to reverse the payment", 'threat_chargeback'],
      ["if you don't move it im going to pour petrol on it and set fire to it", 'threat_violence'],
      ["I swear I'll put your front window through", 'threat_violence'],
      ["I've got two quotes and I'm switching to one of them in April", 'threat_churn'],
      ["I shan't be renewing", 'threat_churn'],
      ['is there anyone else, maybe in billing, I could speak to?', 'escalation_request'],
      ['absolute crooks', 'abuse'],
      ['great. so I pay twice for one repair', 'frustration'],
      ["don't give me another script", 'frustration'],
      ['I should never have had to chase this', 'frustration'],
      ['I have never been spoken to like this', 'frustration'],
    ]);
    expectQuiet('repeat_contact', ['I opened the position on Thursday and sold it on Friday', "That's what the website said in June."]);
  });

  it('the agent: a final result, nobody will change it, "if you had… you wouldn\'t", and a warning that is not a no', () => {
    expectEach(
      [
        ['The check is done by our team and the decision is final.', 'agent_bare_refusal'],
        ['Nobody else is going to change the outcome.', 'agent_denies_escalation'],
        ["If you had kept the box and the receipt together you wouldn't be having this problem.", 'agent_blame'],
      ],
      'agent',
    );
    expectQuiet('agent_bare_refusal', ["We can't accept abusive language, and this chat may be reviewed."], 'agent');
  });
});

describe('a customer who says the question is hypothetical, or sighs with relief, is believed', () => {
  it('the tone model does not read "hypothetical one:" or "phew" lines as annoyed', () => {
    expectQuiet('frustration', [
      'cool. hypothetical one: if someone leaves and their card was paying and they do a chargeback, what happens to the account?',
      "phew. my boss said I should just demand a supervisor straight away lol, she's very much a skip-the-queue person",
    ]);
  });
});

describe('round sixty-four: pet insurance, home energy installs, agents who make it worse, tickets', () => {
  it('threats, requests and earlier contacts in new words', () => {
    expectEach([
      ['I know where your office is', 'threat_violence'],
      ["i swear i'll knock his teeth out", 'threat_violence'],
      ['ill let the tyres down myself', 'threat_violence'],
      ["i'll put him through the barrier", 'threat_violence'],
      ["I'll be claiming it back under Section 75", 'threat_chargeback'],
      ['can I ask for this to go to a supervisor?', 'escalation_request'],
      ['is there an actual engineer I can speak to?', 'escalation_request'],
      ['I gave this reference on Sunday as well', 'repeat_contact'],
      ["I've given it three times this week", 'repeat_contact'],
      ['why didnt the person on monday offer that', 'repeat_contact'],
      ['cheers for nothing', 'frustration'],
    ]);
  });

  it('set aside: suing the dog, a letter from the regulator, a review as thanks, a reference that says MAD', () => {
    expectQuiet('threat_legal', ["I'm going to sue him for damages, those were my good socks 😂"]);
    expectQuiet('threat_regulator', ['I got an email from Ofgem saying the voucher expired, what happens now?']);
    expectQuiet('threat_public', ["you've been brilliant, I'll put a review on Yelp once we're up and running"]);
    expectQuiet('frustration', ['my file ref is MAD-55213']);
  });

  it('the agent: check those first, and nobody else on chat', () => {
    expectEach(
      [
        ['You need to check those before uploading.', 'agent_blame'],
        ["There isn't anyone else on chat today, it's just me.", 'agent_denies_escalation'],
      ],
      'agent',
    );
  });
});
