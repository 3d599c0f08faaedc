import type { Message } from './message';

/**
 * An ordered transcript of one chat, and the diff between what was known and what the page shows
 * now. Pure: the content script keeps one per chat, the background applies the deltas.
 */
export interface Transcript {
  order: string[];
  byId: Map<string, Message>;
  /** Position of each id in `order`; kept up to date by applyChange so a diff need not rebuild it. */
  position?: Map<string, number>;
}

export interface TranscriptChange {
  upserts: Message[];
  removed: string[];
  /** Present only when the order changed other than by appending. */
  order?: string[];
}

export function emptyTranscript(): Transcript {
  return { order: [], byId: new Map() };
}

export function transcriptMessages(t: Transcript): Message[] {
  const out: Message[] = [];
  for (const id of t.order) {
    const m = t.byId.get(id);
    if (m) out.push(m);
  }
  return out;
}

function sameMessage(a: Message, b: Message): boolean {
  return a.text === b.text && a.role === b.role && a.author === b.author && a.at === b.at;
}

/**
 * Compares the messages visible on the page (oldest first) with the transcript so far.
 *
 * - New ids become upserts, placed after the nearest known message before them on the page
 *   (so older history loaded at the top lands first).
 * - A known id that vanished is removed only when it sat *between* messages that are still
 *   visible: virtualised lists drop elements at the edges of the viewport, deletions leave a hole.
 * - The same messages re-rendered as new elements produce no change.
 */
export function diffVisible(t: Transcript, visible: readonly Message[]): TranscriptChange {
  const upserts: Message[] = [];
  const visibleIds = new Set<string>();
  const indexOf = positions(t);
  let lastKnownIndex = -1;
  let sawNew = false;
  let newAfterKnown = false;
  let appendOnly = true;

  for (const m of visible) {
    if (visibleIds.has(m.id)) continue;
    visibleIds.add(m.id);
    const known = t.byId.get(m.id);
    if (!known) {
      upserts.push(m);
      sawNew = true;
      if (lastKnownIndex >= 0) newAfterKnown = true;
      continue;
    }
    newAfterKnown = false;
    const i = indexOf.get(m.id) ?? -1;
    // A known message after a new one (history loaded above) or out of order: not an append.
    if (sawNew || i < lastKnownIndex) appendOnly = false;
    lastKnownIndex = i;
    if (!sameMessage(known, m)) upserts.push(m);
  }
  // Messages arrive at the bottom: known ones missing between the last visible known message and
  // a new message below it were deleted, not scrolled away.
  const removed = removedInsideVisibleWindow(t, visibleIds, newAfterKnown);
  // New messages after a known one that is not the newest would land mid-transcript.
  if (sawNew && lastKnownIndex >= 0 && lastKnownIndex < t.order.length - 1) appendOnly = false;
  if (appendOnly && removed.length === 0) return { upserts, removed };
  return { upserts, removed, order: mergeOrder(t, visible, new Set(removed)) };
}

function positions(t: Transcript): Map<string, number> {
  if (!t.position || t.position.size !== t.order.length) {
    t.position = new Map();
    for (const [i, id] of t.order.entries()) t.position.set(id, i);
  }
  return t.position;
}

function removedInsideVisibleWindow(t: Transcript, visibleIds: Set<string>, toEnd: boolean): string[] {
  const index = positions(t);
  let first = -1;
  let last = -1;
  for (const id of visibleIds) {
    const i = index.get(id);
    if (i === undefined) continue;
    if (first < 0 || i < first) first = i;
    if (i > last) last = i;
  }
  if (first < 0) return [];
  if (toEnd) last = t.order.length;
  const removed: string[] = [];
  for (let i = first + 1; i < last; i++) {
    const id = t.order[i] as string;
    if (!visibleIds.has(id)) removed.push(id);
  }
  return removed;
}

/** Known order with the new visible ids woven in after their nearest visible predecessor. */
function mergeOrder(t: Transcript, visible: readonly Message[], removed: Set<string>): string[] {
  const known = t.order.filter((id) => !removed.has(id));
  const insertAfter = new Map<string | null, string[]>();
  let previousKnown: string | null = null;
  const seen = new Set<string>();
  for (const m of visible) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    if (t.byId.has(m.id)) {
      previousKnown = m.id;
    } else {
      const list = insertAfter.get(previousKnown) ?? [];
      list.push(m.id);
      insertAfter.set(previousKnown, list);
    }
  }
  const order: string[] = [...(insertAfter.get(null) ?? [])];
  for (const id of known) {
    order.push(id, ...(insertAfter.get(id) ?? []));
  }
  return order;
}

/** Applies a change (from diffVisible, possibly sent over messaging) in place. */
export function applyChange(t: Transcript, change: TranscriptChange): { appended: Message[]; reordered: boolean } {
  const appended: Message[] = [];
  let edited = false;
  for (const id of change.removed) t.byId.delete(id);
  for (const m of change.upserts) {
    if (t.byId.has(m.id)) edited = true;
    else if (!change.order) {
      t.position?.set(m.id, t.order.length);
      t.order.push(m.id);
      appended.push(m);
    }
    t.byId.set(m.id, m);
  }
  if (change.order) t.order = change.order.filter((id) => t.byId.has(id));
  else if (change.removed.length) t.order = t.order.filter((id) => t.byId.has(id));
  if (change.order || change.removed.length) t.position = undefined;
  return { appended, reordered: Boolean(change.order) || change.removed.length > 0 || edited };
}
