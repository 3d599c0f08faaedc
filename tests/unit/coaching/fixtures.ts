import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScorecardInput } from '../../../lib/coaching/scorecard';

/** Loads one of the realistic chats in tests/fixtures/coaching (written for these tests). */
export function loadChat(name: 'recovers' | 'escalates-well' | 'bare-no'): ScorecardInput & { description: string } {
  const url = new URL(`../../fixtures/coaching/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
}
