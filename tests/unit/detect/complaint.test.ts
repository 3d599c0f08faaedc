import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import type { Role } from '../../../lib/transcript/message';

/**
 * Frustration said as a complaint rather than with an angry word: time sunk, rhetorical
 * questions, outcomes the company caused, sarcastic thanks, "not good", "so confusing". Each
 * family has lines that must fire and look-alike lines that must not (polite questions, plain
 * problem reports, product words, agent lines), so recall does not cost precision.
 */

function frustrated(text: string, role: Role = 'customer'): boolean {
  const r = analyzeConversation([{ id: 'm1', role, text }]);
  return r.triggers.some((t) => t.kind === 'frustration');
}

const families: Record<string, { fires: string[]; quiet: string[] }> = {
  'time sunk on the phone': {
    fires: [
      'I was on the phone for over an hour and nobody could sort it',
      '2 hours on hold just to be told to email you',
      'I was on hold 2.5 hrs and then got cut off',
      'Spent 40 minutes of my lunch on hold',
      'Trying to reach billing for hours now',
      'That is a load of rubbish and you know it',
      'Not thrilled with the delay, to be honest',
    ],
    quiet: [
      'Can I call you back? I will be on the phone for a minute',
      'The line opens at 9, is that right?',
      'Can you put me on hold for a minute? I need to find my card',
      'Our office hours are 9 to 5, can the courier come then?',
    ],
  },
  'rhetorical questions': {
    fires: [
      "Why haven't you answered my email from Monday?",
      'How many times do I have to send the same screenshot?',
      'What kind of company charges a fee to cancel?',
      'How is this even acceptable?',
      'Why is it so hard to change an address?',
      'Is this some kind of joke?',
    ],
    quiet: [
      "Why hasn't my invoice updated yet? Just checking.",
      'How many times can I change my plan per month?',
      'How long does a refund usually take?',
      'What kind of plan do I need for five users?',
      'Is it possible to export to CSV?',
    ],
  },
  'this is crazy': {
    fires: ['This is crazy, the order page just resets.', "It's a nightmare getting hold of anyone."],
    quiet: ['Crazy fast delivery, thanks!', 'We had a disaster recovery test last week, can you check the logs?'],
  },
  'outcomes the company caused': {
    fires: [
      'You ruined our anniversary trip',
      'Your website has me going in circles',
      'I keep getting transferred around from one department to the next',
      'I keep getting kicked out of the app',
      'You left us stranded at the airport',
    ],
    quiet: ['I keep getting an error when I log in, what should I try?', 'The app kicks me to the login page, is that expected?'],
  },
  'sarcastic thanks': {
    fires: ['Thanks for not replying to any of my emails', 'Great service... NOT!'],
    quiet: ['Thanks for not charging me twice, appreciated', 'Thank you for the quick reply!'],
  },
  'complaint intent': {
    fires: ['I want to file a formal complaint', 'You need to do better than this', 'Nothing works on your site'],
    quiet: ['Where can I leave feedback about the new design?', 'If nothing works after the restart, what next?'],
  },
  'judgement of the service': {
    fires: [
      'The support I got was not great.',
      'The new checkout is so confusing.',
      'It is impossible to reach billing.',
      'Two days for a reply is not reasonable.',
    ],
    quiet: [
      "I'm not good with computers, can you walk me through it?",
      'Is the premium plan very expensive?',
      'Not right now, thanks, I will come back later.',
      'I learned about you not too long ago and love it.',
      'It is very good, thank you.',
      // Corrections and preferences in booking chats: not complaints.
      "No, that's not right, I need the room until Friday.",
      "That's not good, I wanted the blue one. Can you switch it?",
      "That's too bad. How about the medium size then?",
      'Any plan is fine so long as it has single sign-on.',
      'Nothing too expensive please, mid range is fine.',
      'Please book a very expensive restaurant for our anniversary.',
    ],
  },
  contempt: {
    fires: ["I can't stand this new layout", 'Honestly the whole checkout is insufferable', 'Your rep was smug about it'],
    quiet: [
      "I can't understand the bill, can you explain?",
      "I can't stand for long, can the courier bring it upstairs?",
      "I'm not petty about it, just curious",
    ],
  },
  'quality words': {
    fires: ['Your delivery service is unreliable', 'The packaging was shoddy'],
    quiet: ['Is there a hassle-free way to return?', 'Our disaster recovery plan needs the export feature'],
  },
};

describe('frustration complaint families', () => {
  for (const [family, { fires, quiet }] of Object.entries(families)) {
    it(`${family}: fires on complaints`, () => {
      for (const line of fires) expect(frustrated(line), line).toBe(true);
    });
    it(`${family}: quiet on look-alikes`, () => {
      for (const line of quiet) expect(frustrated(line), line).toBe(false);
    });
  }

  it('agent lines never raise customer frustration', () => {
    for (const line of [
      "I'm sorry you were on the phone for over an hour.",
      'I understand this is crazy, let me fix it.',
      'How many times do I have to restart? Just once.',
    ])
      expect(frustrated(line, 'agent'), line).toBe(false);
  });
});

describe('frustration: dismissal and insults', () => {
  it('fires on dismissal and on insults about anyone', () => {
    for (const line of [
      'Honestly, what is the point of this support line',
      'The new fee makes no sense',
      'Oh grow up and refund me',
      'Are you for real? Forty pounds for postage?',
      'Your courier is a total idiot',
    ])
      expect(frustrated(line), line).toBe(true);
  });

  it('stays quiet on polite questions and self-deprecation', () => {
    for (const line of [
      "How come the plan doesn't include backups?",
      'I feel like a moron for missing that e-mail',
      'Does it make sense to upgrade now?',
    ])
      expect(frustrated(line), line).toBe(false);
  });
});

describe('frustration: decline, blame and broken promises', () => {
  it('fires on complaints about how the company behaves', () => {
    for (const line of [
      'Your support has really gone downhill this year',
      'That is not what your billing team told me last week',
      'It was not my fault the parcel went to the wrong depot',
      'The staff at the counter had a rude attitude',
      'Such a lack of transparency about the fees',
      'We expect better from a company this size',
      'Can no one there answer a simple question',
      'It is not possible to reach anyone by phone',
      'Please stop copy-pasting the same reply',
      'I just got another canned answer from your team',
      'Yet another outage this morning',
      'Thanks for ruining my weekend',
      'Is anyone even answering the phone today?',
    ])
      expect(frustrated(line), line).toBe(true);
  });

  it('stays quiet on polite lines that share the words', () => {
    for (const line of [
      'Can anyone help me with the invoice address?',
      'I found another bug in the export, details attached',
      'Do you have canned responses in the agent workspace?',
      'Our team writes canned replies for billing questions',
      'Way to go team, the new release is lovely',
      'What did the agent tell you about the date?',
      'I expect a delivery tomorrow, can you confirm the slot?',
    ])
      expect(frustrated(line), line).toBe(false);
  });
});

describe('frustration: a problem report alone is not frustration', () => {
  it('a plain report of something broken stays quiet (it only opens the apology clock)', () => {
    for (const line of ['The password reset link is not working', 'My service was disconnected after the payment, when is it back?'])
      expect(frustrated(line), line).toBe(false);
  });

  it('the same report with exasperation fires', () => {
    for (const line of ['The reset link is not working and this is crazy', 'I got disconnected again in the middle of the chat'])
      expect(frustrated(line), line).toBe(true);
  });
});

describe('frustration: waits with no end and blocked contact', () => {
  it('fires', () => {
    for (const line of [
      'Still in the queue, 40 minutes and counting',
      'Hold times on your billing line are over an hour',
      'The call keeps getting dropped when I ask for billing',
      "I can't even log in to see the invoice",
      'You need more agents on the phone line',
    ])
      expect(frustrated(line), line).toBe(true);
  });

  it('stays quiet on neutral lines with the same words', () => {
    for (const line of [
      "I can't even drive, so a rental is no use to me. Any trains?",
      'What are the hold times on Saturdays?',
      'Can you add more agents to our workspace plan?',
    ])
      expect(frustrated(line), line).toBe(false);
  });
});

describe('frustration: exasperated asides', () => {
  it('fires', () => {
    for (const line of [
      'What in the world happened to my order?',
      'You cancelled my booking for no reason',
      'That would have been nice to know before I paid',
      'The connection is spotty at best',
      'The blasted router drops every evening',
      "You're not answering my question",
    ])
      expect(frustrated(line), line).toBe(true);
  });

  it('stays quiet on mild interjections and feature wishes', () => {
    for (const line of [
      'Oh darn, that date is taken. How about Tuesday?',
      'It would be nice to have a dark mode some day',
      "I'm freaking out a little, is my data safe?",
    ])
      expect(frustrated(line), line).toBe(false);
  });
});

describe('frustration: "never been more frustrated" intensifies, it does not negate', () => {
  it('fires on comparative negation and on silence', () => {
    for (const line of [
      'I have never been more frustrated with a company',
      'Still crickets from your billing team',
      'How about some actual help?',
      'Another customer service fail',
    ])
      expect(frustrated(line), line).toBe(true);
  });

  it('a plain negation still cancels', () => {
    for (const line of ["I'm not frustrated, just curious how the export works", 'Never been happier with a support team!'])
      expect(frustrated(line), line).toBe(false);
  });
});
