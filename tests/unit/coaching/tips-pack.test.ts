import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../../lib/coaching/scorecard';
import { DEFAULT_TIPS_PACK, parseTipsPack } from '../../../lib/coaching/tips-pack';
import { CATEGORIES } from '../../../lib/coaching/types';
import { loadChat } from './fixtures';

describe('tips pack', () => {
  it('the built-in pack has a tip to try for every category that can go wrong', () => {
    for (const category of CATEGORIES) {
      const tries = DEFAULT_TIPS_PACK.tips.filter((t) => t.category === category && t.tone === 'try');
      expect(tries.length, category).toBeGreaterThan(0);
    }
  });

  it('reports what is wrong with a team pack, naming the tip and the field', () => {
    const result = parseTipsPack({
      id: 'team',
      tips: [
        { id: 'x', category: 'apology', tone: 'try', verdicts: ['improve'], title: 'T', advice: 'A', betterPhrasing: '' },
        { id: 'y', category: 'speed', tone: 'try', verdicts: ['improve'], title: 'T', advice: 'A', betterPhrasing: 'B' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('tips.0.betterPhrasing: betterPhrasing is empty');
    expect(result.errors).toContain('tips.1.category: category must be one of the scorecard categories');
  });

  it('refuses praise for a bad verdict and duplicate ids', () => {
    const praiseForImprove = parseTipsPack({
      id: 'team',
      tips: [{ id: 'p', category: 'pace', tone: 'praise', verdicts: ['improve'], title: 'T', advice: 'A', betterPhrasing: 'B' }],
    });
    expect(praiseForImprove).toEqual({
      ok: false,
      errors: ["tips.0: a 'praise' tip applies only to 'good' verdicts and a 'try' tip never does"],
    });
    const tip = { id: 'same', category: 'pace', tone: 'try', verdicts: ['ok'], title: 'T', advice: 'A', betterPhrasing: 'B' };
    expect(parseTipsPack({ id: 'team', tips: [tip, tip] })).toEqual({ ok: false, errors: ['tip ids must be unique'] });
  });

  it('a team pack changes the advice the agent gets', () => {
    const parsed = parseTipsPack({
      id: 'acme',
      tips: [
        {
          id: 'acme-refusal',
          category: 'no_bare_refusals',
          tone: 'try',
          verdicts: ['improve'],
          title: 'Offer the Acme goodwill voucher',
          advice: 'At Acme, every no comes with the €10 voucher.',
          betterPhrasing: "I can't refund that order, but I can send you a €10 voucher right now.",
          priority: 9,
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const card = buildScorecard({ ...loadChat('bare-no'), tipsPack: parsed.pack });
    expect(card.tips).toEqual([
      expect.objectContaining({ id: 'acme-refusal', quote: { messageId: 'a1', text: "No, we can't refund that.", role: 'agent' } }),
    ]);
  });
});
