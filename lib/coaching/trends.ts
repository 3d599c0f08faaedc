import type { TriggerKind } from '../detect/types';
import { CATEGORIES, type Category, type CoachingRecord } from './types';

/**
 * Trends over the agent's chats: per-category scores over time, the triggers that come up most,
 * and the agent's feedback on triggers. Pure: takes records, returns numbers.
 */
export interface TrendPoint {
  chatId: string;
  endedAt: number;
  score: number;
}

export type TrendDirection = 'improving' | 'steady' | 'slipping' | 'not enough data';

export interface CategoryTrend {
  category: Category;
  /** Oldest first; chats where the category did not apply are left out. */
  points: TrendPoint[];
  average: number | null;
  direction: TrendDirection;
  /** Mean of the latest window minus the mean of the window before it. */
  change: number | null;
}

/** Chats per comparison window, and the change in mean score that counts as a real move. */
export const TREND_WINDOW = 5;
export const TREND_THRESHOLD = 10;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function categoryTrends(records: CoachingRecord[]): CategoryTrend[] {
  const chronological = [...records].sort((a, b) => a.endedAt - b.endedAt);
  return CATEGORIES.map((category) => {
    const points: TrendPoint[] = [];
    for (const r of chronological) {
      const score = r.categories.find((c) => c.category === category)?.score;
      if (typeof score === 'number') points.push({ chatId: r.chatId, endedAt: r.endedAt, score });
    }
    const scores = points.map((p) => p.score);
    const average = mean(scores);
    // Compare the latest window with the one before it (halves when there are few chats).
    const window = Math.min(TREND_WINDOW, Math.floor(scores.length / 2));
    if (window < 2)
      return { category, points, average: average === null ? null : Math.round(average), direction: 'not enough data', change: null };
    const recent = mean(scores.slice(-window)) ?? 0;
    const before = mean(scores.slice(-2 * window, -window)) ?? 0;
    const change = Math.round(recent - before);
    const direction: TrendDirection = change >= TREND_THRESHOLD ? 'improving' : change <= -TREND_THRESHOLD ? 'slipping' : 'steady';
    return { category, points, average: Math.round(average ?? 0), direction, change };
  });
}

export interface TriggerFrequency {
  kind: TriggerKind;
  /** Chats in which it fired at least once. */
  chats: number;
  occurrences: number;
}

export function commonTriggers(records: CoachingRecord[], limit = 5): TriggerFrequency[] {
  const byKind = new Map<TriggerKind, TriggerFrequency>();
  for (const r of records) {
    for (const t of r.triggers) {
      const entry = byKind.get(t.kind) ?? { kind: t.kind, chats: 0, occurrences: 0 };
      entry.chats += 1;
      entry.occurrences += t.count;
      byKind.set(t.kind, entry);
    }
  }
  return [...byKind.values()]
    .sort((a, b) => b.chats - a.chats || b.occurrences - a.occurrences || a.kind.localeCompare(b.kind))
    .slice(0, limit);
}

export interface FeedbackTally {
  kind: TriggerKind;
  helpful: number;
  notRight: number;
}

/** The agent's verdicts on triggers across chats; the most-discussed kinds first. */
export function feedbackSummary(records: CoachingRecord[]): FeedbackTally[] {
  const byKind = new Map<TriggerKind, FeedbackTally>();
  for (const r of records) {
    for (const f of r.feedback) {
      const entry = byKind.get(f.kind) ?? { kind: f.kind, helpful: 0, notRight: 0 };
      if (f.verdict === 'helpful') entry.helpful += 1;
      else entry.notRight += 1;
      byKind.set(f.kind, entry);
    }
  }
  return [...byKind.values()].sort((a, b) => b.helpful + b.notRight - (a.helpful + a.notRight) || a.kind.localeCompare(b.kind));
}
