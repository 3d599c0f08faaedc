import { describe, expect, it } from 'vitest';

/**
 * Editor-safe insert and the draft coach on fixture pages with ProseMirror, CKEditor 5, Draft.js,
 * Froala, Slate-like and textarea composers (composers.test.ts drives Chromium through each).
 * Keystroke-to-paint timing is a benchmark (`npx tsx tests/e2e/composers.test.ts`), not run here.
 */
describe('composers in Chromium', () => {
  it('flags a bare "no" in every editor, replaces just that sentence, and the editor registers it', async () => {
    process.env.TACT_K2P_REPS = '0';
    const { run } = await import('./composers.test');
    const result = await run();
    console.log(`composer checks: ${result.passed} passed, ${result.failed} failed`);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBeGreaterThan(30);
  }, 240_000);
});
