import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, idFromUrl, messageText, readAllItems } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Gorgias ticket view (new thread). The thread is a react-virtuoso list: items far above the
 * viewport are unmounted, so one read sees only mounted items and the capture pipeline keeps
 * what it saw earlier. Hooks come from Gorgias's own frontend modules plus a live extension.
 */
const S = {
  thread: '[aria-label="Ticket thread"]',
  virtuosoItem: '[data-item-index]',
  bubble: '[class*="MessageBubble--messageBubble"]',
  grouped: '[data-grouped-message]',
  groupedHeader: '[data-grouped-header]',
  sender: '[class*="MessageSender--container"]',
  body: '[class*="MessageBody--body"]',
  attachment: '[class*="Attachment--"]',
  customerLink: '[aria-label="Breadcrumbs"] a[href*="/customer/"]',
  composer: '.public-DraftEditor-content[contenteditable="true"]',
  submit: 'button#submit-button',
} as const;

/** data-variant on the bubble (MessageBubble source); AI handover summaries are for agents only. */
const VARIANT_ROLES: Record<string, Role> = {
  regular: 'customer',
  'from-agent': 'agent',
  'ai-agent': 'bot',
  'ai-agent-handover': 'note',
  'internal-note': 'note',
};

const FIX = { chat: 'gorgias/virtualised-chat.html', email: 'gorgias/email-ai-agent-note.html' };
const NAME = 'gorgias';

function roleOf(bubble: Element): Role {
  const variant = bubble.getAttribute('data-variant') ?? '';
  if (VARIANT_ROLES[variant]) return VARIANT_ROLES[variant];
  // No variant attribute: agent bubbles are aligned right (flex-end) in the thread layout.
  const style = `${bubble.getAttribute('style') ?? ''} ${bubble.parentElement?.getAttribute('style') ?? ''}`;
  return /flex-end/.test(style) ? 'agent' : 'customer';
}

/** First text of the sender component: the bold name (its second slot holds the e-mail address). */
function senderName(scope: Element): string | undefined {
  const container = scope.querySelector(S.sender);
  const name = collapseWhitespace((container?.firstElementChild ?? container)?.textContent ?? '');
  return name || undefined;
}

/** Attachment cards and the "show quoted text" expander are chrome, not message text. */
const BODY_EXCLUDE = ['[class*="MessageBody--expand"]', S.attachment, 'a[href*="/api/attachment/download/"]'];

const NO_THREAD = 'No Gorgias ticket thread is open (or this is the legacy thread, which Tact does not read yet).';
const NO_MESSAGES = 'No messages are mounted in this Gorgias ticket yet.';
/**
 * Consecutive messages from one sender share a bubble, each its own grouped part: the items are
 * the grouped parts and the bubbles without parts (a bubble with parts is not an item, so when
 * one is added capture finds its parts inside it).
 */
const ITEM = `${S.bubble}:not(:has(${S.grouped})), ${S.grouped}`;

/** One bubble or grouped part: role and sender come from its own bubble (an ancestor). */
function readGorgiasItem(item: Element): CapturedMessage | null {
  const isPart = item.matches(S.grouped);
  const bubble = isPart ? item.closest(S.bubble) : item;
  if (!bubble || (!isPart && bubble.querySelector(S.grouped))) return null;
  const body = item.querySelector(S.body);
  if (!body) return null;
  return capturedMessage(NAME, null, {
    role: roleOf(bubble),
    author: senderName(bubble.querySelector(S.groupedHeader) ?? bubble),
    text: messageText(body, { exclude: BODY_EXCLUDE }),
  });
}

const gorgiasItems = {
  root: (doc: Document) => cachedQuery(doc, S.thread),
  meta(doc: Document, thread: Element | null): Omit<PageReading, 'messages'> {
    if (!thread) return { adapter: NAME, chatId: null, confidence: 'medium', reason: NO_THREAD };
    const meta: Omit<PageReading, 'messages'> = {
      adapter: NAME,
      chatId: idFromUrl(doc, [/\/app\/(?:views\/\d+\/|ticket\/)(\d+)/]),
      confidence: 'medium',
    };
    const customerName = collapseWhitespace(cachedQuery(doc, S.customerLink)?.textContent ?? '');
    if (customerName) meta.customerName = customerName;
    return meta;
  },
  itemSelector: ITEM,
  readItem: readGorgiasItem,
};

export const gorgiasAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Gorgias',
  matches: ['https://*.gorgias.com/app/*'],
  confidence: 'medium',
  checkedAgainst:
    'shared/helpdesks/gorgias.md: gorgias/helpdesk-web-app modules (MessageBubble, TicketThreadGroupedMessages, MessageSender, MessageBody, TicketSubmitButtons) and LeighAtkins/OpenPaint live extension; react-virtuoso markup and Draft.js composer reproduced',
  selectors: {
    thread: {
      selector: S.thread,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    virtuosoItem: {
      selector: S.virtuosoItem,
      checkedOn: [
        [5, FIX.chat],
        [6, FIX.email],
      ],
    },
    bubble: {
      selector: S.bubble,
      checkedOn: [
        [4, FIX.chat],
        [5, FIX.email],
      ],
    },
    grouped: {
      selector: S.grouped,
      checkedOn: [
        [3, FIX.chat],
        [0, FIX.email],
      ],
    },
    sender: {
      selector: S.sender,
      checkedOn: [
        [4, FIX.chat],
        [5, FIX.email],
      ],
    },
    body: {
      selector: S.body,
      checkedOn: [
        [5, FIX.chat],
        [5, FIX.email],
      ],
    },
    customerLink: {
      selector: S.customerLink,
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
    submit: {
      selector: S.submit,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.thread),
  findComposer: (doc) => doc.querySelector<HTMLElement>(S.composer),
  read: (doc) => readAllItems(gorgiasItems, doc, NO_MESSAGES),
  incremental: gorgiasItems,
};
