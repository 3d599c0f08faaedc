import type { Verdict } from '../../lib/coaching/types';

/** Verdicts in words, so meaning never rests on colour alone. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  good: 'Went well',
  ok: 'Fine',
  improve: 'To work on',
  'n/a': 'Did not apply',
};

export const formatDateTime = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
