import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../../lib/coaching/scorecard';
import type { Category, Scorecard } from '../../../lib/coaching/types';
import { createDetector } from '../../../lib/detect';
import { loadChat } from './fixtures';

/**
 * The same three chats, but with findings from the real detector instead of hand-written ones:
 * the path the background takes when a chat ends. Only outcomes that define each chat are checked,
 * so detector tuning elsewhere does not break these.
 */
function scoreWithDetector(name: 'recovers' | 'escalates-well' | 'bare-no'): Scorecard {
  const chat = loadChat(name);
  const detector = createDetector({ chatId: chat.chatId });
  for (const m of chat.messages) detector.add(m);
  return buildScorecard({ ...chat, detection: detector.result(), riskHistory: detector.riskHistory() });
}
const verdict = (card: Scorecard, category: Category) => card.categories.find((c) => c.category === category)?.verdict;

describe('scorecards from the real detector', () => {
  it('the recovering chat is a win', () => {
    const card = scoreWithDetector('recovers');
    expect(verdict(card, 'recovery')).toBe('good');
    expect(verdict(card, 'apology')).toBe('good');
    expect(verdict(card, 'manager_access')).toBe('n/a');
    expect(card.tips.map((t) => t.id)).toContain('recovery-won');
  });

  it('the escalation is praised, not counted against the agent', () => {
    const card = scoreWithDetector('escalates-well');
    expect(verdict(card, 'escalation')).toBe('good');
    expect(card.escalation.timely).toBe(true);
    expect(card.tips[0]?.id).toBe('escalation-done-well');
    expect(card.tips.some((t) => t.tone === 'try' && t.category === 'escalation')).toBe(false);
  });

  it('the bare no chat is flagged for the missing apology and the denied manager', () => {
    const card = scoreWithDetector('bare-no');
    expect(verdict(card, 'apology')).toBe('improve');
    expect(verdict(card, 'manager_access')).toBe('improve');
    expect(verdict(card, 'recovery')).toBe('improve');
    expect(card.tips.map((t) => t.id)).toEqual(expect.arrayContaining(['manager-denied', 'apology-missing']));
    expect(card.tips.every((t) => t.tone === 'try')).toBe(true);
  });
});
