import { describe, expect, it } from 'vitest';
import { waitingState } from '../../../lib/draft/waiting';
import type { Message } from '../../../lib/transcript/message';

const t0 = 1_700_000_000_000;
const chat: Message[] = [
  { id: 'c1', role: 'customer', text: 'Hi, where is my parcel?', at: t0 },
  { id: 'a1', role: 'agent', text: 'Let me check.', at: t0 + 10_000 },
  { id: 'c2', role: 'customer', text: 'Any news?', at: t0 + 40_000 },
  { id: 'b1', role: 'bot', text: 'An agent will be with you shortly.', at: t0 + 41_000 },
  { id: 'c3', role: 'customer', text: 'Hello??', at: t0 + 70_000 },
];

describe('waitingState', () => {
  it('counts from the oldest unanswered customer message; bot lines do not answer', () => {
    const s = waitingState(chat, t0 + 110_000, 60_000, { customerName: 'Lee' });
    expect(s).toMatchObject({ waiting: true, sinceMs: 70_000, messageId: 'c2', urgent: false });
    expect(s.holdingLine).toContain('Lee');
  });

  it('is not waiting below the threshold or once the agent replied', () => {
    expect(waitingState(chat, t0 + 60_000, 60_000).waiting).toBe(false);
    const answered = [...chat, { id: 'a2', role: 'agent', text: 'Found it!', at: t0 + 80_000 } as Message];
    expect(waitingState(answered, t0 + 500_000, 60_000)).toMatchObject({ waiting: false, sinceMs: 0 });
  });

  it('a live trigger on the unanswered message makes it urgent sooner', () => {
    const s = waitingState(chat, t0 + 90_000, 60_000, { triggerMessageIds: new Set(['c3']) });
    expect(s).toMatchObject({ waiting: true, urgent: true });
  });

  it('without timestamps it cannot tell, and says not waiting', () => {
    expect(waitingState([{ id: 'x', role: 'customer', text: 'hi' }], t0, 1).waiting).toBe(false);
  });
});
