import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, idFromUrl, messageText, parseTime, uniqueIds } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * HubSpot Conversations Inbox and Help Desk. Hooks are HubSpot's `data-test-id` (hyphen) test
 * attributes, calibrated live by a 2026 extension. The thread is a virtualised list that
 * recycles nodes: rows are absolutely positioned, so DOM order can differ from visual order and
 * the reader sorts rows by their offset. No author hook is known (roles come from the test id).
 */
const S = {
  list: '[data-test-id="virtualParentRef"]',
  item: '[data-test-id="primary-message-visitor"], [data-test-id="primary-message-agent"], [data-test-id="primary-message-AUTOMATED"]',
  visitor: '[data-test-id="primary-message-visitor"]',
  agent: '[data-test-id="primary-message-agent"]',
  automated: '[data-test-id="primary-message-AUTOMATED"]',
  content: '[data-test-id="primary-message-content"]',
  timestamp: '[data-test-id="sender-header-content-timestamp"]',
  attachment: '[data-test-id="file-attachment-wrapper"]',
  sendButton: '[data-test-id="composer-send-button"]',
  title: '[data-selenium-test="highlightTitle"]',
} as const;

const ROLE_BY_TEST_ID: Record<string, Role> = {
  'primary-message-visitor': 'customer',
  'primary-message-agent': 'agent',
  'primary-message-AUTOMATED': 'bot',
};

const FIX = { chat: 'hubspot/inbox-live-chat.html', ticket: 'hubspot/help-desk-ticket.html' };
const NAME = 'hubspot';

/** Vertical offset of a virtual row from its inline style (top or translateY), else DOM order. */
function rowOffset(row: Element, fallback: number): number {
  const style = row.getAttribute('style') ?? '';
  const match = /translateY\((-?[\d.]+)px\)/.exec(style) ?? /top:\s*(-?[\d.]+)px/.exec(style);
  return match ? Number(match[1]) : fallback;
}

function rowOf(item: Element, list: Element): Element {
  let row: Element = item;
  while (row.parentElement && row.parentElement !== list) row = row.parentElement;
  return row;
}

function findComposerRoot(doc: Document): Element | null {
  // The composer root is the smallest ancestor of the send button that also holds the editor.
  for (let el = doc.querySelector(S.sendButton)?.parentElement ?? null; el; el = el.parentElement) {
    if (el.querySelector('[contenteditable="true"]')) return el;
  }
  return null;
}

/** The "Ticket status" label per document, found once (a document-wide walk). */
const statusLabelOf = new WeakMap<Document, Element>();

function ticketClosed(doc: Document): boolean {
  let label = statusLabelOf.get(doc);
  if (!label?.isConnected) {
    label = Array.from(doc.querySelectorAll('label[for]')).find((l) => collapseWhitespace(l.textContent ?? '') === 'Ticket status');
    if (label) statusLabelOf.set(doc, label);
  }
  const control = label ? doc.getElementById(label.getAttribute('for') ?? '') : null;
  return /\bclosed\b/i.test(control?.textContent ?? '');
}

const NO_THREAD = 'No HubSpot conversation or ticket thread is open.';
const NO_MESSAGES = 'No messages of this HubSpot thread are rendered yet (the list is virtualised; scroll to load).';

/** One message element alone: role from its own test id, no author hook. */
function readHubspotItem(item: Element): CapturedMessage | null {
  const content = item.querySelector(S.content);
  let text = content ? messageText(content) : '';
  if (!text && item.querySelector(`${S.attachment}, [data-test-id="inline-image"], audio`)) text = '[attachment sent]';
  const timestamp = item.querySelector(S.timestamp);
  return capturedMessage(NAME, null, {
    role: ROLE_BY_TEST_ID[item.getAttribute('data-test-id') ?? ''] ?? 'customer',
    text,
    at: parseTime(timestamp?.getAttribute('datetime') ?? timestamp?.textContent),
  });
}

/** Item reader for capture's fast path once it can order by `rowOffset` (see the adapter). */
export const hubspotItems = {
  root: (doc: Document) => cachedQuery(doc, S.list),
  meta(doc: Document, list: Element | null): Omit<PageReading, 'messages'> {
    if (!list) return { adapter: NAME, chatId: null, confidence: 'medium', reason: NO_THREAD };
    return {
      adapter: NAME,
      chatId: idFromUrl(doc, [/\/live-messages\/\d+\/inbox\/(\d+)/, /\/ticket\/(\d+)/, /\/record\/0-5\/(\d+)/]),
      confidence: 'medium',
      closed: ticketClosed(doc),
    };
  },
  itemSelector: S.item,
  readItem: readHubspotItem,
  /** Visual position of an item (its recycled row's offset); NaN when the row has none. */
  orderKey: (item: Element) => rowOffset(rowOf(item, item.closest(S.list) ?? item), Number.NaN),
};

export const hubspotAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'HubSpot',
  matches: ['https://*.hubspot.com/live-messages/*', 'https://*.hubspot.com/help-desk/*'],
  confidence: 'medium',
  checkedAgainst:
    'shared/helpdesks/hubspot.md: data-test-id hooks from a live-calibrated copilot extension (Sept 2026) and a Help Desk userscript (Oct 2026); recycled virtual rows reproduced in fixtures',
  selectors: {
    list: {
      selector: S.list,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.ticket],
      ],
    },
    visitor: {
      selector: S.visitor,
      checkedOn: [
        [3, FIX.chat],
        [2, FIX.ticket],
      ],
    },
    agent: {
      selector: S.agent,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.ticket],
      ],
    },
    automated: {
      selector: S.automated,
      checkedOn: [
        [1, FIX.chat],
        [0, FIX.ticket],
      ],
    },
    content: {
      selector: S.content,
      checkedOn: [
        [6, FIX.chat],
        [4, FIX.ticket],
      ],
    },
    timestamp: {
      selector: S.timestamp,
      checkedOn: [
        [6, FIX.chat],
        [4, FIX.ticket],
      ],
    },
    attachment: {
      selector: S.attachment,
      checkedOn: [
        [1, FIX.chat],
        [0, FIX.ticket],
      ],
    },
    sendButton: {
      selector: S.sendButton,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.ticket],
      ],
    },
    title: {
      selector: S.title,
      checkedOn: [
        [0, FIX.chat],
        [1, FIX.ticket],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.list),
  findComposer: (doc) => findComposerRoot(doc)?.querySelector<HTMLElement>('[contenteditable="true"]') ?? null,
  read(doc): PageReading {
    const list = hubspotItems.root(doc);
    const meta = hubspotItems.meta(doc, list);
    if (!list) return { ...meta, messages: [] };
    // Recycled virtual rows: DOM order is not visual order, so sort by each row's own offset.
    const rows = Array.from(list.querySelectorAll(S.item)).map((item, index) => ({ item, offset: rowOffset(rowOf(item, list), index) }));
    rows.sort((a, b) => a.offset - b.offset);
    const messages: CapturedMessage[] = [];
    for (const { item } of rows) {
      const message = readHubspotItem(item);
      if (message) messages.push(message);
    }
    return messages.length ? { ...meta, messages: uniqueIds(messages) } : { ...meta, reason: meta.reason ?? NO_MESSAGES, messages };
  },
  // Recycled virtual rows: DOM order is not the visual one (see inbox-live-chat.html), so capture
  // sorts the items by `orderKey` (the row's offset). The list is virtualised: only the mounted
  // window is on the page, and capture keeps what scrolled away.
  incremental: hubspotItems,
};
