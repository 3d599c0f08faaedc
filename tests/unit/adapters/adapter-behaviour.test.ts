import { afterAll, describe, expect, it } from 'vitest';
import { uniqueIds } from '../../../lib/adapters/dom-utils';
import { hubspotItems } from '../../../lib/adapters/hubspot';
import { namedAdapter, namedAdapters } from '../../../lib/adapters/registry';
import { salesforceItems } from '../../../lib/adapters/salesforce';
import type { HelpdeskAdapter } from '../../../lib/adapters/types';
import { sortByOrderKey } from '../../../lib/capture/capture';
import { closeFixtures, fixturePages, loadFixture } from './load-fixture';

/** Behaviour beyond the fixture transcripts: scoping, fail-closed, stable keys, note composers. */
afterAll(closeFixtures);

function adapter(name: string): HelpdeskAdapter {
  const found = namedAdapter(name);
  if (!found) throw new Error(`no adapter ${name}`);
  return found;
}

describe('every named adapter', () => {
  it.each(namedAdapters.map((a) => [a.name, a] as const))(
    '%s reads a page without its markup as "nothing found", with a reason',
    (_n, a) => {
      const doc = loadFixture('zendesk/messaging-chat.html', 'https://example.test/', true);
      doc.body.innerHTML = '<main><p>Welcome to our shop</p><textarea></textarea></main>';
      const reading = a.read(doc);
      expect(reading.messages).toEqual([]);
      expect(reading.reason).toMatch(/\w+/);
      expect(reading.adapter).toBe(a.name);
    },
  );

  it.each(namedAdapters.map((a) => [a.name, a] as const))('%s declares match patterns, a label and where its markup came from', (_n, a) => {
    expect(a.matches.length).toBeGreaterThan(0);
    expect(a.label).not.toBe('');
    expect(a.checkedAgainst).toMatch(/helpdesks|source/);
  });
});

describe('active pane scoping', () => {
  it('Zendesk refuses to guess when two ticket panes are visible and none is marked active', () => {
    const doc = loadFixture('zendesk/messaging-chat.html', 'https://acme.zendesk.com/agent/filters/1', true);
    for (const pane of Array.from(doc.querySelectorAll('.ticket-panes-grid-layout'))) {
      pane.removeAttribute('data-is-active');
      pane.removeAttribute('style');
    }
    const reading = adapter('zendesk').read(doc);
    expect(reading.messages).toEqual([]);
    expect(reading.reason).toBeDefined();
  });

  it('Zendesk follows the URL when the active marker is missing', () => {
    const doc = loadFixture('zendesk/messaging-chat.html', 'https://acme.zendesk.com/agent/tickets/4398', true);
    for (const pane of Array.from(doc.querySelectorAll('.ticket-panes-grid-layout'))) pane.removeAttribute('data-is-active');
    const reading = adapter('zendesk').read(doc);
    expect(reading.chatId).toBe('4398');
    expect(reading.messages.map((m) => m.text)).toEqual(['The invoice INV-2207 charged me twice.']);
  });

  it('Zoho reads nothing when the URL names a ticket that is not mounted', () => {
    const doc = loadFixture(
      'zoho/chat-ticket-two-tabs.html',
      'https://desk.zoho.eu/agent/parcelhub/support/tickets/details/192837000009999999',
    );
    expect(adapter('zoho').read(doc).messages).toEqual([]);
  });

  it('Salesforce reads the focused console tab, not the background chat', () => {
    const doc = loadFixture('salesforce/enhanced-messaging.html');
    const texts = adapter('salesforce')
      .read(doc)
      .messages.map((m) => m.text);
    expect(texts).not.toContain('Is the store open on Sunday?');
  });
});

describe('stable message keys', () => {
  it('Chatwoot keys messages by their data-message-id', () => {
    const ids = adapter('chatwoot')
      .read(loadFixture('chatwoot/live-chat.html'))
      .messages.map((m) => m.id);
    expect(ids).toEqual(['5501', '5502', '5503', '5504', '5507', '5509']);
  });

  it('HubSpot gives the same keys after the virtual list recycles its rows into another DOM order', () => {
    const hubspot = adapter('hubspot');
    const before = hubspot.read(loadFixture('hubspot/inbox-live-chat.html'));
    const doc = loadFixture('hubspot/inbox-live-chat.html', undefined, true);
    const list = doc.querySelector('[data-test-id="virtualParentRef"]') as Element;
    for (const row of Array.from(list.children).reverse()) list.append(row);
    const after = hubspot.read(doc);
    expect(after.messages.map((m) => [m.id, m.text])).toEqual(before.messages.map((m) => [m.id, m.text]));
  });
});

describe('note composers', () => {
  it('Zendesk offers the note composer only in internal-note mode', () => {
    expect(adapter('zendesk').findNoteComposer?.(loadFixture('zendesk/messaging-chat.html'))).toBeNull();
    expect(adapter('zendesk').findNoteComposer?.(loadFixture('zendesk/email-ticket-with-note.html'))?.getAttribute('data-test-id')).toBe(
      'omnicomposer-rich-text-ckeditor',
    );
  });

  it('Chatwoot offers the note composer only when the reply box is private', () => {
    expect(adapter('chatwoot').findNoteComposer?.(loadFixture('chatwoot/live-chat.html'))).toBeNull();
    expect(adapter('chatwoot').findNoteComposer?.(loadFixture('chatwoot/notes-and-bot-resolved.html'))?.className).toBe('ProseMirror');
  });

  it('LiveChat recognises whisper mode from the composer placeholder', () => {
    expect(adapter('livechat').findNoteComposer?.(loadFixture('livechat/live-chat.html'))).toBeNull();
    expect(adapter('livechat').findNoteComposer?.(loadFixture('livechat/bot-transfer-archived.html'))?.tagName).toBe('TEXTAREA');
  });

  it('Front has a separate comment composer', () => {
    const doc = loadFixture('front/email-with-comments.html');
    const front = adapter('front');
    expect(front.findNoteComposer?.(doc)).not.toBeNull();
    expect(front.findNoteComposer?.(doc)).not.toBe(front.findComposer(doc));
  });
});

describe('rich editors in the composers', () => {
  it.each([
    ['zendesk', 'zendesk/messaging-chat.html', '.ck-editor__editable'],
    ['intercom', 'intercom/messenger-chat-fin.html', '.ProseMirror'],
    ['chatwoot', 'chatwoot/live-chat.html', '.ProseMirror'],
    ['gorgias', 'gorgias/virtualised-chat.html', '.public-DraftEditor-content'],
    ['freshdesk', 'freshdesk/email-ticket-thread.html', '.fr-element'],
    ['helpscout', 'helpscout/beacon-chat.html', '[data-slate-editor]'],
  ])('%s composer is the %s editable', (name, page, editorSelector) => {
    expect(adapter(name).findComposer(loadFixture(page))?.matches(editorSelector)).toBe(true);
  });
});

describe('incremental reading (capture fast path)', () => {
  const withIncremental = namedAdapters.filter((a) => a.incremental);

  it('is offered where the markup gives every message a stable id', () => {
    expect(withIncremental.map((a) => a.name)).toContain('chatwoot');
  });

  it.each(withIncremental.flatMap((a) => [...(fixturePages().get(a.name) ?? [])].map((page) => [a.name, page] as const)))(
    '%s: reading item by item agrees with read() on %s',
    (name, page) => {
      const a = adapter(name);
      const inc = a.incremental;
      if (!inc) throw new Error('no incremental reader');
      const doc = loadFixture(page);
      const root = inc.root(doc);
      let items = root ? Array.from(root.querySelectorAll(inc.itemSelector)) : [];
      // The same ordering capture applies (recycled virtual rows carry their visual position).
      if (inc.orderKey) items = sortByOrderKey(items, inc.orderKey);
      const messages = items.map((el) => inc.readItem(el)).filter((m) => m !== null);
      if (inc.order === 'newest-first') messages.reverse();
      const full = a.read(doc);
      // Capture tells identical messages apart as `id~2`; compare after the same rule.
      expect(uniqueIds(messages)).toEqual(full.messages);
      expect(full.messages.length).toBeGreaterThan(0);
      const { messages: _ignored, ...fullMeta } = full;
      expect(inc.meta(doc, root)).toEqual(fullMeta);
    },
  );
});

describe('item readers of the virtualised (HubSpot) and shadow-DOM (Salesforce) helpdesks', () => {
  it.each([
    ['hubspot', 'hubspot/help-desk-ticket.html', hubspotItems],
    ['salesforce', 'salesforce/enhanced-messaging.html', salesforceItems],
    ['salesforce', 'salesforce/bot-transfer-ended.html', salesforceItems],
  ] as const)('%s: reading item by item agrees with read() on %s', (name, page, reader) => {
    const doc = loadFixture(page);
    const root = reader.root(doc);
    const items = root ? Array.from(root.querySelectorAll(reader.itemSelector)) : [];
    const messages = uniqueIds(items.map((el) => reader.readItem(el)).filter((m) => m !== null));
    const full = adapter(name).read(doc);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages).toEqual(full.messages);
  });

  it('HubSpot orders recycled rows by their offset, which DOM order alone gets wrong', () => {
    const doc = loadFixture('hubspot/inbox-live-chat.html');
    const root = hubspotItems.root(doc) as Element;
    const items = Array.from(root.querySelectorAll(hubspotItems.itemSelector));
    const byDom = items.map((el) => hubspotItems.readItem(el)?.text);
    const byOffset = [...items]
      .sort((a, b) => hubspotItems.orderKey(a) - hubspotItems.orderKey(b))
      .map((el) => hubspotItems.readItem(el)?.text);
    expect(byDom).not.toEqual(byOffset);
    expect(byOffset).toEqual(
      adapter('hubspot')
        .read(doc)
        .messages.map((m) => m.text),
    );
  });
});
