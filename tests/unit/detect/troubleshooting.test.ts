import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import { TONE_THRESHOLD_AFTER_INSTRUCTION, toneModelFor } from '../../../lib/detect/tone';

/**
 * Troubleshooting is calm work: an agent asks for a step, the customer reports what happened
 * ("done, still no signal", "tried again, same error"). Every judged set labels those replies calm,
 * so the detector reads them in the light of the agent's last line. The same words with no step
 * before them ("still not fixed") stay frustration, and so does a reply that says more than the
 * result ("restarted it like 10 times already. nothing").
 */

function frustrationIn(lines: Array<[role: 'customer' | 'agent', text: string]>): string[] {
  const messages = lines.map(([role, text], i) => ({ id: `m${i + 1}`, role, text }));
  return analyzeConversation(messages)
    .triggers.filter((t) => t.kind === 'frustration')
    .map((t) => t.messageId);
}

describe('replies to a troubleshooting step', () => {
  const steps = [
    'Could you unplug the router for 30 seconds and plug it back in?',
    'Please clear the cache and try the payment again.',
    'Thanks. Then log out, log back in and tell me what you see.',
    'Which light is on now?',
  ];
  const calmReplies = ['done. still no signal', 'tried again, same error', 'ok, did that. still not loading', 'still blinking orange'];

  it('a result reported after the step is not frustration', () => {
    for (const step of steps)
      for (const reply of calmReplies)
        expect(
          frustrationIn([
            ['customer', 'hi, my internet is down'],
            ['agent', step],
            ['customer', reply],
          ]),
          `${step} → ${reply}`,
        ).toEqual([]);
  });

  it('the same words with no step before them are', () => {
    expect(frustrationIn([['customer', 'Still not fixed and nobody has called me back.']])).toEqual(['m1']);
    expect(
      frustrationIn([
        ['customer', 'hi'],
        ['agent', 'Let me check your account.'],
        ['customer', 'still no refund after three weeks'],
      ]),
    ).toEqual(['m3']);
  });

  it('a reply that says more than the result still is', () => {
    expect(
      frustrationIn([
        ['agent', 'Could you restart the app and try again?'],
        ['customer', "I've restarted it every day since Tuesday. Every person I've spoken to has asked me that."],
      ]),
    ).toEqual(['m2']);
    expect(
      frustrationIn([
        ['agent', 'Please restart the router.'],
        ['customer', 'done. still no signal. this is ridiculous'],
      ]),
    ).toEqual(['m2']);
  });

  it('the tone model needs stronger evidence after a step than on its own', () => {
    // Scored by the shipped model between its own threshold and the bar after a step.
    const reply = 'restarted twice. waited 3 min. same, flashing amber';
    const p = toneModelFor('en')?.score(reply).probability ?? 0;
    expect(p).toBeGreaterThan(toneModelFor('en')?.threshold ?? 1);
    expect(p).toBeLessThan(TONE_THRESHOLD_AFTER_INSTRUCTION);
    expect(frustrationIn([['customer', reply]])).toEqual(['m1']);
    expect(
      frustrationIn([
        ['agent', 'Could you restart the hub and wait a few minutes?'],
        ['customer', reply],
      ]),
    ).toEqual([]);
  });
});

describe('moving on to a new question', () => {
  it('is not frustration, from the words or the tone', () => {
    for (const line of [
      'great. and what happens if the payment fails next month?',
      'thanks. one more thing, my old router has been blinking for weeks, can I recycle it with you?',
      'ok, added her. another thing: the staging site is down since the deploy an hour ago, is that you?',
    ])
      expect(frustrationIn([['customer', line]]), line).toEqual([]);
  });

  it('unless the new topic carries its own complaint', () => {
    expect(frustrationIn([['customer', 'one more thing: your driver was rude and threw the parcel']])).toEqual(['m1']);
  });

  it('"checked trash" is a folder, "this app is trash" is a verdict', () => {
    expect(frustrationIn([['customer', 'yes checked trash and spam. nothing there']])).toEqual([]);
    expect(frustrationIn([['customer', 'honestly this app is trash']])).toEqual(['m1']);
  });
});
