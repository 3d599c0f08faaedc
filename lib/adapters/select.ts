import { demoAdapter } from './demo';
import { genericAdapter } from './generic';
import { adapterForUrl } from './registry';
import { adapterFromSiteDefinition, fromSettingsEntry, type SiteDefinition, siteDefinitionFor } from './site-definition';
import type { HelpdeskAdapter } from './types';

/** A taught page as settings keep it (lib/settings/schema.ts SiteDefinitionSchema). */
export interface StoredSiteDefinition {
  origin: string;
  label?: string;
  selectors: Record<string, string>;
  definition?: unknown;
}

/** The stored entries that are valid site definitions (a broken one is skipped, not fatal). */
export function usableSiteDefinitions(entries: readonly StoredSiteDefinition[]): SiteDefinition[] {
  const out: SiteDefinition[] = [];
  for (const entry of entries) {
    const parsed = fromSettingsEntry(entry);
    if (parsed.ok) out.push(parsed.definition);
    else console.warn(`[Tact] skipped the taught page for ${entry.origin}: ${parsed.errors.join('; ')}`);
  }
  return out;
}

/**
 * Chooses the adapter for a page: a site definition the agent or team saved for this host wins
 * (the agent taught Tact this page on purpose), then a named adapter whose URL patterns claim
 * the page, then the generic structural reader, which reports its own confidence.
 */
export function chooseAdapter(doc: Document, url: string, siteDefinitions: readonly SiteDefinition[] = []): HelpdeskAdapter {
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    // about:blank and the like: no host, no site definition.
  }
  const taught = hostname ? siteDefinitionFor(siteDefinitions, hostname) : null;
  if (taught) return adapterFromSiteDefinition(taught);
  // The demo helpdesk is served on loopback, where no named adapter claims anything.
  if (doc.querySelector('[data-tact-demo="workspace"]')) return demoAdapter;
  return adapterForUrl(url) ?? genericAdapter;
}
