import { describe, expect, it } from 'vitest';
import { adapterForUrl, matchesPattern, namedAdapter, namedAdapters } from '../../../lib/adapters/registry';

describe('matchesPattern', () => {
  it('follows WebExtension match-pattern rules for scheme, host wildcards and path globs', () => {
    expect(matchesPattern('https://*.zendesk.com/agent/*', 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/agent/*', 'https://zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/agent/*', 'http://acme.zendesk.com/agent/tickets/1')).toBe(false);
    expect(matchesPattern('https://*.zendesk.com/agent/*', 'https://acme.zendesk.com.evil.test/agent/1')).toBe(false);
    expect(matchesPattern('https://*.zendesk.com/agent/*', 'https://evilzendesk.com/agent/1')).toBe(false);
    expect(matchesPattern('*://*/app/accounts/*', 'http://localhost:3000/app/accounts/1/conversations/2')).toBe(true);
    expect(matchesPattern('*://*/app/accounts/*', 'ftp://host/app/accounts/1')).toBe(false);
    expect(matchesPattern('https://app.intercom.com/a/*', 'https://app.intercom.com/a/inbox/x?view=List#top')).toBe(true);
    expect(matchesPattern('<all_urls>', 'https://example.com/')).toBe(true);
    expect(matchesPattern('not a pattern', 'https://example.com/')).toBe(false);
    expect(matchesPattern('https://*.zendesk.com/agent/*', 'not a url')).toBe(false);
  });
});

describe('adapterForUrl', () => {
  const cases: Array<[string, string]> = [
    ['https://acme.zendesk.com/agent/tickets/4417', 'zendesk'],
    ['https://acme.zendesk.com/agent/filters/360001', 'zendesk'],
    ['https://app.intercom.com/a/inbox/k9x2/inbox/shared/all/conversation/215468991', 'intercom'],
    ['https://app.eu.intercom.com/a/inbox/p3r8/inbox/conversation/1', 'intercom'],
    ['https://acme.freshdesk.com/a/tickets/20931?current_tab=details', 'freshdesk'],
    ['https://tidewave.myfreshworks.com/crm/messaging/a/80923411/inbox/open/0/conversation/530118', 'freshchat'],
    ['https://web.freshchat.com/a/884122047713/open/conversation/91022', 'freshchat'],
    ['https://acme.lightning.force.com/lightning/r/MessagingSession/0MwgL00000ER4sHSAT/view', 'salesforce'],
    ['https://acme.my.salesforce.com/lightning/r/LiveChatTranscript/5705g000001AbCd/view', 'salesforce'],
    ['https://app.hubspot.com/live-messages/4471102/inbox/8812304455#whatsapp', 'hubspot'],
    ['https://app-eu1.hubspot.com/help-desk/2290017/view/search/ticket/66102934/', 'hubspot'],
    ['https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned/182736455', 'front'],
    ['https://my.livechatinc.com/chats/TK2IWC00SW/TK2IWE9R94', 'livechat'],
    ['https://my.livechatinc.com/archives/TK3XJQ77PB', 'livechat'],
    ['https://lumahome.gorgias.com/app/views/33021/412093887', 'gorgias'],
    ['https://lumahome.gorgias.com/app/ticket/412100254', 'gorgias'],
    ['https://secure.helpscout.net/conversation/2712093411/8812?folderId=6120', 'helpscout'],
    ['https://desk.zoho.eu/agent/parcelhub/support/tickets/details/192837000004419007', 'zoho'],
    ['https://desk.zoho.com.au/agent/acme/all/tickets/details/192837000004419007', 'zoho'],
    ['https://app.chatwoot.com/app/accounts/118/conversations/640', 'chatwoot'],
    ['https://support.example.org/app/accounts/3/inbox/5/conversations/812', 'chatwoot'],
  ];
  it.each(cases)('%s → %s', (url, name) => {
    expect(adapterForUrl(url)?.name).toBe(name);
  });

  it.each([
    'https://www.zendesk.com/pricing/',
    'https://www.intercom.com/help/en/articles/1',
    'https://github.com/chatwoot/chatwoot',
    'https://www.hubspot.com/products/service',
    'https://mail.google.com/mail/u/0/#inbox',
    'https://example.com/',
    'https://acme.zendesk.com/hc/en-us/requests/4417',
    'https://www.text.com/app/inbox/1',
  ])('claims no named adapter for %s', (url) => {
    expect(adapterForUrl(url)).toBeNull();
  });

  it('has twelve uniquely named adapters, each findable by name', () => {
    const names = namedAdapters.map((a) => a.name);
    expect(new Set(names).size).toBe(12);
    for (const name of names) expect(namedAdapter(name)?.name).toBe(name);
    expect(namedAdapter('nope')).toBeNull();
  });

  it('reports honest confidence where the markup is unknown', () => {
    for (const name of ['salesforce', 'front', 'freshchat', 'zoho']) expect(namedAdapter(name)?.confidence).toBe('low');
  });
});
