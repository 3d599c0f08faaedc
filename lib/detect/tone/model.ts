import { forEachToneFeature } from './features';

/**
 * A small logistic-regression tone model: frustration that has no frustration word in it
 * ("I've now explained this to three different people", "do you actually read what I write?"). Trained by `npm run train:tone`
 * on Tact's own written corpus (`training/frustration/`), never on the evaluation data.
 * The weights are data; scoring is a sum over the message's features, so it costs a few
 * microseconds and explains itself: the features that added most are the evidence.
 */

export interface ToneModelData {
  /** What the model detects, for the record. */
  kind: 'frustration';
  bias: number;
  /** Probability at or above which a message counts (chosen on the corpus, see the trainer). */
  threshold: number;
  weights: Record<string, number>;
  trainedOn: { rows: number; positives: number; features: number };
}

export interface ToneScore {
  probability: number;
  /** The span that raised the score most (widened to its clause by `evidenceSpan`). */
  start: number;
  end: number;
}

export interface ToneModel {
  threshold: number;
  score(text: string): ToneScore;
}

/**
 * Each feature counts 1/√n in a message that emitted n features, so a long, calm problem report
 * does not add up to anger just by having many words.
 */
export const featureValue = (emitted: number) => (emitted > 0 ? 1 / Math.sqrt(emitted) : 0);

/** Longest text scored: past this a message is a pasted log, not a tone. */
const MAX_SCORED_CHARS = 600;

export function createToneModel(data: ToneModelData): ToneModel {
  // Single tokens in one map, pairs as first → second → weight: scoring builds no strings.
  const singles = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [feature, w] of Object.entries(data.weights)) {
    const space = feature.indexOf(' ');
    if (space < 0) {
      singles.set(feature, w);
      continue;
    }
    const first = feature.slice(0, space);
    let seconds = pairs.get(first);
    if (!seconds) {
      seconds = new Map();
      pairs.set(first, seconds);
    }
    seconds.set(feature.slice(space + 1), w);
  }
  return {
    threshold: data.threshold,
    score(text) {
      const scored = text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text;
      let sum = 0;
      let emitted = 0;
      let bestWeight = 0;
      let bestStart = 0;
      let bestEnd = 0;
      forEachToneFeature(scored, (first, second, start, end) => {
        emitted++;
        const w = second === undefined ? singles.get(first) : pairs.get(first)?.get(second);
        if (w === undefined) return;
        sum += w;
        if (w > bestWeight) {
          bestWeight = w;
          bestStart = start;
          bestEnd = end;
        }
      });
      const z = data.bias + sum * featureValue(emitted);
      return { probability: 1 / (1 + Math.exp(-z)), start: bestStart, end: bestEnd };
    },
  };
}

/** Widen a feature's span to its clause (at most ~60 characters each side), so the evidence reads as a phrase. */
export function evidenceSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && start - s < 60 && !/[.!?\n;]/.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && e - end < 60 && !/[.!?\n;]/.test(text[e] ?? '')) e++;
  if (/[!?]/.test(text[e] ?? '')) e++;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
