import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScorecardInput } from '../../../lib/coaching/scorecard';

/** Loads one of the realistic chats in tests/fixtures/coaching (written for these tests). */
export function loadChat(name: 'recovers' | 'escalates-well' | 'bare-no'): ScorecardInput & { description: string } {
  // From the repository root (where vitest runs): happy-dom tests have no file URL for import.meta.
  return JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/coaching', `${name}.json`), 'utf8'));
}
