import { browser } from 'wxt/browser';

/**
 * Which helpdesk sites Tact reads. Host access is optional and granted per origin at run time
 * ("Enable Tact on this site"); the helpdesk content script is registered for exactly the
 * granted origins, so Tact never runs on a page the agent did not enable.
 */
export const HELPDESK_SCRIPT_ID = 'tact-helpdesk';
export const HELPDESK_SCRIPT_FILE = '/content-scripts/helpdesk.js' as const;

/** `https://acme.zendesk.com/agent/tickets/1` → `https://acme.zendesk.com/*` */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => o.startsWith('http'));
}

export async function hasSiteAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] });
}

/** Registers the helpdesk content script for every granted origin (idempotent). */
export async function syncContentScripts(): Promise<string[]> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [HELPDESK_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [HELPDESK_SCRIPT_ID] });
  if (!origins.length) return [];
  await browser.scripting.registerContentScripts([
    {
      id: HELPDESK_SCRIPT_ID,
      js: [HELPDESK_SCRIPT_FILE],
      matches: origins,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return origins;
}

/** Starts Tact in an already open tab right after access was granted (no reload needed). */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [HELPDESK_SCRIPT_FILE] });
}
