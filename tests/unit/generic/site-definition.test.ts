import { afterAll, describe, expect, it } from 'vitest';
import {
  adapterFromSiteDefinition,
  exportSiteDefinitions,
  fromSettingsEntry,
  hostMatches,
  parseSiteDefinitions,
  toSettingsEntry,
  validateSiteDefinition,
} from '../../../lib/adapters/site-definition';
import { closePages, loadHtml } from './load-page';

afterAll(closePages);

const PAGE = `<div id="app"><div class="msgs">
  <div class="m" data-from="visitor"><b class="who">Ana</b><p class="body">My card was declined.</p><time datetime="2026-03-01T10:00:00Z">10:00</time></div>
  <div class="m" data-from="staff"><b class="who">Leo</b><p class="body">Let me look into it.</p></div>
  <div class="m note"><b class="who">Leo</b><p class="body">Check Stripe logs.</p></div>
</div><textarea class="reply"></textarea></div>`;

describe('site definition format', () => {
  it('names the field in every error', () => {
    const result = validateSiteDefinition({ version: 1, host: 'https://x.test/inbox', messages: '.m', text: 'p[' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/host must be a host name/);
    expect(result.errors.join('\n')).toMatch(/message is missing/);
    expect(result.errors.join('\n')).toMatch(/unknown field "messages"/);
    expect(result.errors.join('\n')).toMatch(/text "p\[" has unbalanced/);
  });

  it('says which entry of a shared list is wrong', () => {
    const result = parseSiteDefinitions(
      JSON.stringify([
        { version: 1, host: 'a.test', message: '.m' },
        { version: 1, host: 'b.test' },
      ]),
    );
    expect(result).toEqual({ ok: false, errors: ['sites[1]: message is missing'] });
    expect(parseSiteDefinitions('{oops').ok).toBe(false);
  });

  it('round-trips through export, import and the settings store shape', () => {
    const def = { version: 1 as const, host: '*.acme.test', message: '.m', agentMessage: '.m.out', composer: 'textarea' };
    const parsed = parseSiteDefinitions(exportSiteDefinitions([def]));
    expect(parsed).toEqual({ ok: true, definitions: [def] });
    const entry = toSettingsEntry(def);
    expect(entry.origin).toBe('https://acme.test');
    expect(fromSettingsEntry(entry)).toEqual({ ok: true, definition: def });
    expect(hostMatches('*.acme.test', 'eu.acme.test')).toBe(true);
    expect(hostMatches('*.acme.test', 'acme.test.evil.example')).toBe(false);
  });
});

describe('adapterFromSiteDefinition', () => {
  it('reads roles from an attribute and selectors, author and time from inner selectors', () => {
    const doc = loadHtml(PAGE, 'https://help.shop.test/chats/991');
    const adapter = adapterFromSiteDefinition({
      version: 1,
      host: 'help.shop.test',
      message: '.msgs > .m',
      noteMessage: '.m.note',
      roleAttribute: { name: 'data-from', values: { visitor: 'customer', staff: 'agent' } },
      text: '.body',
      author: '.who',
      time: 'time',
      composer: '.reply',
    });
    expect(adapter.name).toBe('site:help.shop.test');
    const reading = adapter.read(doc);
    expect(reading.chatId).toBe('991');
    expect(reading.messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Ana', 'My card was declined.'],
      ['agent', 'Leo', 'Let me look into it.'],
      ['note', 'Leo', 'Check Stripe logs.'],
    ]);
    expect(reading.messages[0]?.at).toBe(Date.parse('2026-03-01T10:00:00Z'));
    expect(adapter.findComposer(doc)?.tagName).toBe('TEXTAREA');
  });

  it('explains an empty reading instead of failing silently', () => {
    const doc = loadHtml(PAGE, 'https://help.shop.test/');
    const reading = adapterFromSiteDefinition({ version: 1, host: 'help.shop.test', message: '.does-not-exist' }).read(doc);
    expect(reading.messages).toEqual([]);
    expect(reading.reason).toContain('.does-not-exist');
  });
});
