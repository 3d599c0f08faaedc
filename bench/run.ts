/**
 * `npm run bench`: every benchmark in one run, printed as a table and written to .tmp/bench.json.
 * Numbers are percentiles and ratios measured in this run, never compared with a stored figure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness';
import { runAdaptersCaptureBench } from './adapters-capture';
import { runBrowserBench } from './browser';
import { measureBundle } from './bundle-size';
import { runCaptureBench } from './capture-cost';
import { runDetectorBench } from './detector';
import { runDraftBench } from './draft';

async function main() {
  const results: Record<string, unknown> = {};
  console.log('detector…');
  results.detector = await runDetectorBench();
  console.log('draft coach…');
  results.draft = runDraftBench();
  console.log('building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  results.bundle = measureBundle(join(ROOT, '.output', 'chrome-mv3'));
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  console.log('content-script cost per mutation batch…');
  results.capture = await runCaptureBench();
  console.log('content-script cost per batch for every named adapter…');
  results.adapters = await runAdaptersCaptureBench();
  console.log('DOM → side panel, render per update, memory…');
  results.browser = await runBrowserBench();
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(join(ROOT, '.tmp', 'bench.json'), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
