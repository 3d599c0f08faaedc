import { afterAll, describe, expect, it } from 'vitest';
import { deepQueryAll } from '../../../lib/adapters/dom-utils';
import { namedAdapters } from '../../../lib/adapters/registry';
import { closeFixtures, loadFixture } from './load-fixture';

/**
 * Refined GitHub's pattern: every markup-dependent selector of every named adapter is paired
 * with the fixture pages it was checked on and the count it must find there. When a product
 * changes its markup and a fixture is updated, the failure names adapter, selector and page.
 */
afterAll(closeFixtures);

describe.each(namedAdapters.map((a) => [a.name, a] as const))('%s selectors', (_name, adapter) => {
  const entries = Object.entries(adapter.selectors);

  it('lists its selectors, each checked on at least one fixture page', () => {
    expect(entries.length).toBeGreaterThan(3);
    for (const [key, checked] of entries) {
      expect(checked.checkedOn.length, `${adapter.name}.${key} has no fixture page`).toBeGreaterThan(0);
    }
  });

  it.each(entries.flatMap(([key, checked]) => checked.checkedOn.map(([count, page]) => [key, checked.selector, count, page] as const)))(
    '%s (%s) finds %i on %s',
    (key, selector, count, page) => {
      const doc = loadFixture(page);
      const found = deepQueryAll(doc, selector).length;
      expect(found, `adapter ${adapter.name}: selector ${key} \`${selector}\` found ${found}, expected ${count} on ${page}`).toBe(count);
    },
  );
});
