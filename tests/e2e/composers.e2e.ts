import { describe, expect, it } from 'vitest';
import { run } from './composers.test';

/**
 * Editor-safe insert and the draft coach on fixture pages with ProseMirror, CKEditor 5, Draft.js,
 * Froala, Slate-like and textarea composers (composers.test.ts drives Chromium through each).
 */
describe('composers in Chromium', () => {
  it('flags a bare "no" in every editor, replaces just that sentence, and the editor registers it', async () => {
    const result = await run();
    console.log(`composer checks: ${result.passed} passed, ${result.failed} failed`);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBeGreaterThan(30);
  });
});
