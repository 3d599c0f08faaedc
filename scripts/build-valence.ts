/**
 * Writes lib/detect/tone/valence.en.json: the words of the VADER sentiment lexicon (Hutto &
 * Gilbert 2014, MIT; shipped in the vader-sentiment package, Apache-2.0), grouped by rounded
 * valence from -3 to +3. The tone model uses the bucket of a word as a feature, so it knows that
 * "insufferable" is strongly negative although its training corpus never said it.
 * Words with |valence| < 0.5 and emoticons are left out. Run once when the lexicon changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LEXICON = join(dirname(createRequire(import.meta.url).resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
const OUT = join(ROOT, 'lib/detect/tone/valence.en.json');

const buckets: Record<string, string[]> = {};
for (const line of readFileSync(LEXICON, 'utf8').split('\n')) {
  const [word, value] = line.split('\t');
  const valence = Number(value);
  if (!word || !/^[a-z][a-z'-]*$/.test(word) || !Number.isFinite(valence) || Math.abs(valence) < 0.5) continue;
  const bucket = Math.max(-3, Math.min(3, Math.round(valence)));
  if (bucket === 0) continue;
  buckets[bucket] = [...(buckets[bucket] ?? []), word];
}
const out = Object.fromEntries(Object.entries(buckets).map(([bucket, words]) => [bucket, words.sort().join(' ')]));
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(`wrote ${OUT}: ${Object.values(buckets).reduce((n, w) => n + w.length, 0)} words`);
