import { afterAll, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/adapters/generic';
import { closePages, genericFixtureNames, loadGenericFixture, readGenericExpected } from './load-page';

/**
 * The generic adapter on ten layouts it has no selectors for. happy-dom has no layout, so these
 * pages must be readable from markup, classes and style alone; Chromium runs the same pages
 * through `extract` (tests/e2e/extract.test.ts), where geometry is available too.
 */
afterAll(closePages);

describe.each(genericFixtureNames())('generic adapter on %s', (name) => {
  it('reads every message once, oldest first, with the right role and no chrome', () => {
    const reading = genericAdapter.read(loadGenericFixture(name));
    const expected = readGenericExpected(name);
    expect(reading.adapter).toBe('generic');
    expect(reading.messages.map((m) => ({ role: m.role, text: m.text }))).toEqual(
      expected.messages.map((m) => ({ role: m.role, text: m.text })),
    );
  });
});
