import { describe, expect, it } from 'vitest';
import { run } from './extract.test';

/**
 * `npm run extract` in Chromium: the generic reader on the layouts in tests/fixtures/generic and
 * every named adapter on its fixture pages at a realistic URL (extract.test.ts lists the cases).
 */
describe('extract in Chromium', () => {
  it('reads every fixture page as expected', async () => {
    const result = await run();
    console.log(`extract checks: ${result.passed} passed, ${result.failed} failed`);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBeGreaterThanOrEqual(30);
  }, 240_000);
});
