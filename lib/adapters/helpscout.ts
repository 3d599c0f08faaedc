import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, idFromUrl, messageText, parseTime, queryFirst, readAllItems, textOf } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Help Scout conversation view (current React UI; Beacon chats open here too). Three live scripts
 * agree on ThreadContainer / ThreadListItem / data-nocollapse authors; the body hook is disputed,
 * so two are tried. Only `is-note` is an observed kind class: customer vs agent falls back to
 * comparing the author with the customer sidebar, and rows without an author are line items
 * (status/assignment changes). Agents can show the newest thread first; the reader reorders by time.
 */
const S = {
  thread: 'ol[data-testid="ThreadContainer"], ol[aria-label="Thread Items"]',
  item: 'li.ThreadListItem',
  threadId: 'div[id^="thread-"]',
  author: 'span[data-nocollapse="true"]',
  time: '[data-testid="timestamp"] time',
  bodyPrimary: '.is-ignoring-table',
  bodyAlternative: 'div[class*="is-wide-layout"]:not([data-testid])',
  customerName: '[data-cy="Sidebar.CustomerName"] .c-Truncate__content',
  replyBar: '[data-testid="reply-bar"]',
  composer: '[data-cy="ConvoEditor"], [role="textbox"][aria-label="Reply Editor"], [data-slate-editor="true"]',
} as const;

const FIX = { chat: 'helpscout/beacon-chat.html', email: 'helpscout/email-newest-first.html' };
const NAME = 'helpscout';

function roleOf(item: Element, author: string | undefined, customerName: string | undefined): Role {
  if (item.classList.contains('is-note')) return 'note';
  if (!author) return 'system';
  if (item.classList.contains('is-customer')) return 'customer';
  return customerName && author === customerName ? 'customer' : 'agent';
}

const NO_CONVERSATION = 'No Help Scout conversation is open.';
const NO_MESSAGES = 'This Help Scout conversation shows no threads yet.';

function customerNameOf(doc: Document): string | undefined {
  return collapseWhitespace(cachedQuery(doc, S.customerName)?.textContent ?? '') || undefined;
}

function itemTime(item: Element | null): number | undefined {
  const timeEl = item?.querySelector(S.time);
  return parseTime(timeEl?.getAttribute('datetime') ?? timeEl?.textContent);
}

/** One thread item alone; its role needs only the customer sidebar's name (a cached query). */
function readHelpscoutItem(item: Element): CapturedMessage | null {
  const author = textOf(item, S.author);
  const role = roleOf(item, author, customerNameOf(item.ownerDocument));
  const timeEl = item.querySelector(S.time);
  let text: string;
  if (role === 'system') {
    const stamp = collapseWhitespace(timeEl?.textContent ?? '');
    text = collapseWhitespace(item.textContent ?? '');
    if (stamp) text = text.replace(stamp, '').trim();
  } else {
    const body = queryFirst(item, [S.bodyPrimary, S.bodyAlternative]);
    text = body ? messageText(body) : '';
  }
  return capturedMessage(NAME, item.querySelector(S.threadId)?.id, { role, author, text, at: itemTime(item) });
}

function firstItem(thread: Element): Element | null {
  return thread.querySelector(S.item);
}

/** The last item, found from the end (items are the thread's rows; no walk of the whole list). */
function lastItem(thread: Element): Element | null {
  for (let el = thread.lastElementChild; el; el = el.previousElementSibling) if (el.matches(S.item)) return el;
  return null;
}

/** The status a line item sets ("marked as Closed"), per item: line items never change. */
const statusOfItem = new WeakMap<Element, string | null>();

function statusSetBy(item: Element): string | null {
  let status = statusOfItem.get(item);
  if (status === undefined) {
    const isLine = !item.classList.contains('is-note') && !item.querySelector(S.author);
    status = isLine ? (/marked as (closed|active|pending)/i.exec(item.textContent ?? '')?.[1]?.toLowerCase() ?? null) : null;
    statusOfItem.set(item, status);
  }
  return status;
}

/** Order of the thread most recently found by root() (capture reads `order` right after root()). */
let currentOrder: 'oldest-first' | 'newest-first' = 'oldest-first';

/**
 * "Newest first" is a per-agent setting with no marker in the markup: root() compares the times
 * of the first and last items and sets `order`, so capture reverses instead of the reader
 * reordering. The closed state is the newest "marked as …" line, searched from the newest end.
 */
const helpscoutItems = {
  root(doc: Document): Element | null {
    const thread = cachedQuery(doc, S.thread);
    const first = thread ? itemTime(firstItem(thread)) : undefined;
    const last = thread ? itemTime(lastItem(thread)) : undefined;
    currentOrder = first !== undefined && last !== undefined && first > last ? 'newest-first' : 'oldest-first';
    return thread;
  },
  get order() {
    return currentOrder;
  },
  meta(doc: Document, thread: Element | null): Omit<PageReading, 'messages'> {
    if (!thread) return { adapter: NAME, chatId: null, confidence: 'medium', reason: NO_CONVERSATION };
    const newestFirst = currentOrder === 'newest-first';
    let status: string | null = null;
    for (
      let el = newestFirst ? firstItem(thread) : lastItem(thread);
      el && !status;
      el = newestFirst ? el.nextElementSibling : el.previousElementSibling
    ) {
      if (el.matches(S.item)) status = statusSetBy(el);
    }
    const meta: Omit<PageReading, 'messages'> = { adapter: NAME, chatId: idFromUrl(doc, [/\/conversation\/(\d+)/]), confidence: 'medium' };
    if (status) meta.closed = status === 'closed';
    const customerName = customerNameOf(doc);
    if (customerName) meta.customerName = customerName;
    return meta;
  },
  itemSelector: S.item,
  readItem: readHelpscoutItem,
};

export const helpscoutAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Help Scout',
  matches: ['https://secure.helpscout.net/conversation/*'],
  confidence: 'medium',
  checkedAgainst:
    'shared/helpdesks/helpscout.md: three live scripts (2024–2026) for ThreadContainer / ThreadListItem / authors, one adapter for the Slate editor; Beacon chat item markup not verified',
  selectors: {
    thread: {
      selector: S.thread,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    item: {
      selector: S.item,
      checkedOn: [
        [7, FIX.chat],
        [6, FIX.email],
      ],
    },
    threadId: {
      selector: S.threadId,
      checkedOn: [
        [7, FIX.chat],
        [6, FIX.email],
      ],
    },
    author: {
      selector: S.author,
      checkedOn: [
        [6, FIX.chat],
        [5, FIX.email],
      ],
    },
    time: {
      selector: S.time,
      checkedOn: [
        [7, FIX.chat],
        [6, FIX.email],
      ],
    },
    bodyPrimary: {
      selector: S.bodyPrimary,
      checkedOn: [
        [6, FIX.chat],
        [3, FIX.email],
      ],
    },
    bodyAlternative: {
      selector: S.bodyAlternative,
      checkedOn: [
        [0, FIX.chat],
        [2, FIX.email],
      ],
    },
    customerName: {
      selector: S.customerName,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    replyBar: {
      selector: S.replyBar,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    composer: {
      selector: S.composer,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.thread),
  findComposer: (doc) => doc.querySelector<HTMLElement>(S.composer),
  read: (doc) => readAllItems(helpscoutItems, doc, NO_MESSAGES),
  incremental: helpscoutItems,
};
