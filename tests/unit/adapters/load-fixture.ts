import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Role } from '../../../lib/transcript/message';

export const FIXTURE_ROOT = join(__dirname, '../../fixtures/helpdesks');

/** What a fixture page must read as, kept beside it as `<page>.expected.json`. */
export interface ExpectedReading {
  /** The address the page is loaded as (URL patterns and URL-derived chat ids depend on it). */
  url: string;
  chatId: string | null;
  closed?: boolean;
  customerName?: string;
  messages: Array<{ role: Role; author?: string; text: string }>;
}

export function readExpected(page: string): ExpectedReading {
  return JSON.parse(readFileSync(join(FIXTURE_ROOT, page.replace(/\.html$/, '.expected.json')), 'utf8')) as ExpectedReading;
}

/** Fixture pages per product folder, as paths relative to FIXTURE_ROOT. */
export function fixturePages(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const product of readdirSync(FIXTURE_ROOT).sort()) {
    const files = readdirSync(join(FIXTURE_ROOT, product))
      .filter((f) => f.endsWith('.html'))
      .sort();
    pages.set(
      product,
      files.map((f) => `${product}/${f}`),
    );
  }
  return pages;
}

/**
 * happy-dom does not attach declarative shadow roots (`<template shadowrootmode>`) when parsing,
 * while Chromium does; attach them here so the Salesforce fixture has real open shadow roots.
 */
function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

const windows: Window[] = [];
const cache = new Map<string, Document>();

/**
 * Loads a fixture page as if served from `url` (defaults to the url in its expected.json).
 * Adapters never mutate the page, so parsed pages are shared; pass `fresh` to get a private copy
 * a test may modify.
 */
export function loadFixture(page: string, url?: string, fresh = false): Document {
  const key = `${page}|${url ?? ''}`;
  const cached = cache.get(key);
  if (cached && !fresh) return cached;
  const html = readFileSync(join(FIXTURE_ROOT, page), 'utf8');
  const address = url ?? readExpected(page).url;
  const window = new Window({ url: address, settings: { disableJavaScriptEvaluation: true, disableIframePageLoading: true } });
  windows.push(window);
  window.document.write(html);
  const doc = window.document as unknown as Document;
  attachDeclarativeShadowRoots(doc);
  if (!fresh) cache.set(key, doc);
  return doc;
}

export async function closeFixtures(): Promise<void> {
  cache.clear();
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
}
