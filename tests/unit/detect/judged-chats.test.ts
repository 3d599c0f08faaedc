import { describe, expect, it } from 'vitest';
import { judge, loadJudgedChats } from '../../support/judged-chats';

/**
 * Whole helpdesk chats written for Tact with the triggers a team lead would flag on each line
 * (tests/fixtures/chats/judged/). Sets A, B and E guided lexicon fixes; sets C, D and F to Q were
 * written independently of the detector and first scored untouched (README, "Measured here"). These floors catch a
 * regression, they do not describe the goal: `npm run judge -- --all` lists every disagreement.
 */
const chats = loadJudgedChats();

function allKinds(scores: ReturnType<typeof judge>) {
  const t = Object.values(scores.perKind).reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return { precision: t.tp / Math.max(1, t.tp + t.fp), recall: t.tp / Math.max(1, t.tp + t.fn) };
}

describe("Tact's judged helpdesk chats", () => {
  it('has its sets, with calm chats and chats that go wrong', () => {
    expect([...new Set(chats.map((c) => c.set))]).toEqual(expect.arrayContaining(['set-A', 'set-B', 'set-C']));
    expect(judge(chats).calmChats).toBeGreaterThanOrEqual(20);
  });

  it('never takes a calm chat to high or critical risk', () => {
    expect(judge(chats).calmChatsAlarmed).toEqual([]);
  });

  it('finds most of what a team lead would flag, and little else, in every set and over all of them', () => {
    // Labellers differ: the one who wrote set BR marks short factual complaints ("why was i charged
    // £29.99", "nobody knocked") calm, which most other sets mark mildly frustrated, so that set sits
    // near 0.73; sets FL and FP (session 10: bursts of fragments; customers who work in support)
    // sit at 0.70, their labellers marking frustration most sparingly. A per-set floor of 0.7 still
    // catches a set that goes wrong; the pooled floor keeps the bar.
    for (const set of new Set(chats.map((c) => c.set))) {
      const s = allKinds(judge(chats.filter((c) => c.set === set)));
      expect(s.precision, set).toBeGreaterThanOrEqual(0.7);
      expect(s.recall, set).toBeGreaterThanOrEqual(0.75);
    }
    const pooled = allKinds(judge(chats));
    expect(pooled.precision).toBeGreaterThanOrEqual(0.88);
    expect(pooled.recall).toBeGreaterThanOrEqual(0.88);
  });

  it('hears frustration with the tone model that the lexicon alone misses, at little cost in precision', () => {
    const withTone = judge(chats).perKind.frustration;
    const lexiconOnly = judge(chats, { tone: false }).perKind.frustration;
    expect(withTone && lexiconOnly).toBeTruthy();
    const f1 = (k: typeof withTone) => (k ? (2 * k.precision * k.recall) / Math.max(1e-9, k.precision + k.recall) : 0);
    // The margin shrinks as the lexicon learns what the model used to hear alone: it was 0.101 on the
    // 157 sets of session 9 and is 0.098 with sets FB–FY (session 10), whose frustration the lexicon
    // mostly found or both missed. Below 0.09 the model would be earning too little for its share of the bundle.
    expect(withTone?.recall).toBeGreaterThan((lexiconOnly?.recall ?? 0) + 0.09);
    expect(withTone?.precision).toBeGreaterThanOrEqual((lexiconOnly?.precision ?? 0) - 0.05);
    expect(f1(withTone)).toBeGreaterThan(f1(lexiconOnly) + 0.03);
  });
});
