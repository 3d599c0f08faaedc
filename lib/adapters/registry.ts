import { chatwootAdapter } from './chatwoot';
import { freshchatAdapter } from './freshchat';
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { gorgiasAdapter } from './gorgias';
import { helpscoutAdapter } from './helpscout';
import { hubspotAdapter } from './hubspot';
import { intercomAdapter } from './intercom';
import { livechatAdapter } from './livechat';
import { salesforceAdapter } from './salesforce';
import type { HelpdeskAdapter } from './types';
import { zendeskAdapter } from './zendesk';
import { zohoAdapter } from './zoho';

/**
 * Every named helpdesk adapter, in the order URL patterns are tried. Products on their own hosts
 * come first; Chatwoot is self-hosted on any host (path `/app/accounts/…`), so it is tried last.
 * The generic adapter and saved site definitions are fallbacks registered elsewhere.
 */
export const namedAdapters: readonly HelpdeskAdapter[] = [
  zendeskAdapter,
  intercomAdapter,
  freshdeskAdapter,
  freshchatAdapter,
  salesforceAdapter,
  hubspotAdapter,
  frontAdapter,
  livechatAdapter,
  gorgiasAdapter,
  helpscoutAdapter,
  zohoAdapter,
  chatwootAdapter,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * WebExtension match-pattern test (`<scheme>://<host>/<path>`): scheme `*` means http or https,
 * host `*` any host, `*.example.com` the domain and its subdomains, `*` in the path any run of
 * characters. The path is matched against path + query, as browsers do; the fragment is ignored.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):/.test(url);
  const parts = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme = '', host = '', path = ''] = parts;
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : scheme !== urlScheme) return false;
  const hostname = parsed.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const domain = host.slice(2).toLowerCase();
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (hostname !== host.toLowerCase()) {
      return false;
    }
  }
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRegex.test(parsed.pathname + parsed.search);
}

/** The named adapter whose match patterns claim `url`, or null (then generic / site definitions). */
export function adapterForUrl(url: string): HelpdeskAdapter | null {
  return namedAdapters.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ?? null;
}

/** Looks an adapter up by its short name (`extract --adapter zendesk`). */
export function namedAdapter(name: string): HelpdeskAdapter | null {
  return namedAdapters.find((adapter) => adapter.name === name) ?? null;
}
