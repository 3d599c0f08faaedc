import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/** The Firefox build (MV2, sidebar_action) must pass Mozilla's own linter with no errors. */
describe('Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    const outDir = join(ROOT, '.tmp', 'firefox-build');
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, env: { ...process.env, TACT_OUT_DIR: outDir }, stdio: 'pipe' });
    let raw: string;
    try {
      raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(outDir, 'firefox-mv2'), '--self-hosted', '--output', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      raw = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(raw.slice(raw.indexOf('{')));
    const errors = report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`);
    expect(errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
