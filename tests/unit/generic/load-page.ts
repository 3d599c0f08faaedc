import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Role } from '../../../lib/transcript/message';

export const GENERIC_FIXTURES = join(__dirname, '../../fixtures/generic');

export interface GenericExpected {
  messages: Array<{ role: Role; text: string; author?: string }>;
}

const windows: Window[] = [];

/** A fixture page parsed by happy-dom (no layout: alignment must come from style and classes). */
export function loadHtml(html: string, url = 'https://support.example.test/conversations/4821'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

export function loadGenericFixture(name: string): Document {
  return loadHtml(readFileSync(join(GENERIC_FIXTURES, name), 'utf8'));
}

export function genericFixtureNames(): string[] {
  return readdirSync(GENERIC_FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function readGenericExpected(name: string): GenericExpected {
  return JSON.parse(readFileSync(join(GENERIC_FIXTURES, name.replace(/\.html$/, '.expected.json')), 'utf8')) as GenericExpected;
}

export async function closePages(): Promise<void> {
  for (const w of windows.splice(0)) await w.happyDOM.close();
}
