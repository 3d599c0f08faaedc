import { afterAll, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/adapters/generic';
import type { CapturedMessage } from '../../../lib/adapters/types';
import { closePages, genericFixtureNames, loadGenericFixture } from './load-page';

/** Capture's fast path must agree with the full read, message for message, id for id. */
afterAll(closePages);

const inc = genericAdapter.incremental;
if (!inc) throw new Error('the generic adapter must offer the incremental path');

function readIncrementally(doc: Document): CapturedMessage[] {
  const root = inc?.root(doc);
  if (!root || !inc) return [];
  // Chromium evaluates `root.querySelectorAll` selectors against the whole document; happy-dom
  // does not match combinators that cross `root`, so query the document and keep root's items.
  const messages = Array.from(doc.querySelectorAll(inc.itemSelector))
    .filter((el) => root.contains(el))
    .map((el) => inc.readItem(el))
    .filter((m): m is CapturedMessage => m !== null);
  if (inc.order === 'newest-first') messages.reverse();
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const n = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, n);
    return n > 1 ? { ...m, id: `${m.id}~${n}` } : m;
  });
}

describe.each(genericFixtureNames())('incremental reading of %s', (name) => {
  it('gives the same messages as read()', () => {
    const doc = loadGenericFixture(name);
    const full = genericAdapter.read(doc);
    expect(readIncrementally(doc)).toEqual(full.messages);
  });
});

describe('a message arriving after the first read', () => {
  it('is read on its own with the side the page uses for the agent', () => {
    const doc = loadGenericFixture('01-bubbles-with-inbox.html');
    genericAdapter.read(doc);
    const root = inc.root(doc) as Element;
    const row = doc.createElement('div');
    row.className = 'bubble-row is-incoming';
    row.innerHTML = '<div class="bubble"><p>Thanks, please send the refund today.</p><span class="ts">10:09 AM</span></div>';
    root.insertBefore(row, root.querySelector('.typing-indicator'));
    expect(row.matches(inc.itemSelector)).toBe(true);
    expect(inc.readItem(row)).toMatchObject({ role: 'customer', text: 'Thanks, please send the refund today.' });
  });
});
