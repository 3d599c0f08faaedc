import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';

/** Wishing or relishing harm to people is a violence trigger; the same verbs about things are not. */

function violent(text: string): boolean {
  const r = analyzeConversation([{ id: 'm1', role: 'customer', text }]);
  return r.triggers.some((t) => t.kind === 'threat_violence');
}

describe('violence: wishes of harm', () => {
  it('fires on wishes and relish of harm to people', () => {
    for (const line of [
      'just die already, all of you',
      'nobody would miss you if you were gone',
      'I wish you were dead',
      'I would love to watch them burn',
      'they deserve to be attacked',
    ])
      expect(violent(line), line).toBe(true);
  });

  it('stays quiet on the same words about things and plans', () => {
    for (const line of [
      'Nobody will miss the old dashboard, the new one is great',
      'I watched the price drop all week',
      'My phone battery is about to die, can you email me instead?',
      'We saw the server die twice last night, is there an outage?',
      'I wish you had a dark mode',
    ])
      expect(violent(line), line).toBe(false);
  });
});
