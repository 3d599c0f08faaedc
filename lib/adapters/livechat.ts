import { capturedMessage, collapseWhitespace, idFromUrl, looksLikeBotName, messageText, readAllItems } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * LiveChat Agent App (my.livechatinc.com). Several userscripts agree on the data-testid hooks
 * for the feed and the agent/customer messages; authors, system rows and bots have no hook, so
 * they are read structurally (nearest name element, event-row wording, bot-like names).
 * The newer text.com inbox is not claimed: its markup was not researched.
 */
const S = {
  feed: '[data-testid="messages-list"]',
  message: '[data-testid="agent-message"], [data-testid="customer-message"], [data-testid="visitor-message"]',
  agent: '[data-testid="agent-message"]',
  customer: '[data-testid="customer-message"], [data-testid="visitor-message"]',
  text: '[data-testid="message-text"], .message__text',
  author: '.privacy-masker',
  activeChat: 'li[data-testid^="chat-item-"][aria-selected="true"]',
  composer: '[data-testid="message-input"], textarea[placeholder]',
} as const;

/** Event rows, by wording (English; the exporter this comes from also checks Indonesian). */
const SYSTEM_ROW =
  /\b(started|archived|chat rated|rated the chat|left the chat|transferred|inactivity|joined the chat|chat closed|closed the chat)\b|\b(dimulai|meninggalkan|ditransfer)\b/i;
const CLOSED_ROW = /\b(archived|chat closed|closed the chat|closed due to inactivity)\b/i;

const FIX = { chat: 'livechat/live-chat.html', bot: 'livechat/bot-transfer-archived.html' };
const NAME = 'livechat';

function authorOf(item: Element): string | undefined {
  // The name sits in the message group's header; never climb to the feed (another group's name).
  let el: Element | null = item;
  for (let depth = 0; el && !el.matches(S.feed) && depth < 8; depth++, el = el.parentElement) {
    const name = el.querySelector(S.author);
    const text = collapseWhitespace(name?.textContent ?? '');
    if (text && !SYSTEM_ROW.test(text)) return text;
  }
  return undefined;
}

const NO_CHAT = 'No LiveChat chat is open.';
const NO_MESSAGES = 'This LiveChat chat has no messages yet.';
/** A message, or a feed row holding no message (an event row such as "Chat started"). */
const ITEM = `${S.message}, ${S.feed} > :not(:has(${S.message}))`;

/** Whether a feed row closes the chat, per row: event rows do not change once shown. */
const closesChat = new WeakMap<Element, boolean>();

function readLivechatItem(item: Element): CapturedMessage | null {
  if (!item.matches(S.message)) {
    const text = collapseWhitespace(item.textContent ?? '');
    return SYSTEM_ROW.test(text) ? capturedMessage(NAME, null, { role: 'system', text }) : null;
  }
  const author = authorOf(item);
  const isAgent = item.matches(S.agent);
  const body = item.querySelector(S.text) ?? item;
  return capturedMessage(NAME, null, {
    role: isAgent ? (looksLikeBotName(author) ? 'bot' : 'agent') : 'customer',
    author,
    text: messageText(body, { exclude: ['[data-testid$="-reaction"]', '[data-testid$="-attachment"]'] }),
  });
}

function rowClosesChat(row: Element): boolean {
  let closes = closesChat.get(row);
  if (closes === undefined) {
    const text = row.querySelector(S.message) ? '' : collapseWhitespace(row.textContent ?? '');
    closes = SYSTEM_ROW.test(text) && CLOSED_ROW.test(text);
    closesChat.set(row, closes);
  }
  return closes;
}

/**
 * Items are messages plus event rows. Cross-message context lives in meta: "closed" is any
 * closing event row (or an archive URL), the customer's name is the first customer message's.
 */
const livechatItems = {
  root: (doc: Document) => cachedQuery(doc, S.feed),
  meta(doc: Document, feed: Element | null): Omit<PageReading, 'messages'> {
    if (!feed) return { adapter: NAME, chatId: null, confidence: 'medium', reason: NO_CHAT };
    let closed = /\/archives\//.test(doc.location?.href ?? '');
    for (let row = feed.firstElementChild; row && !closed; row = row.nextElementSibling) closed = rowClosesChat(row);
    const meta: Omit<PageReading, 'messages'> = {
      adapter: NAME,
      chatId: idFromUrl(doc, [/\/chats\/([A-Za-z0-9]+)/, /\/archives\/([A-Za-z0-9]+)/]),
      confidence: 'medium',
      closed,
    };
    const firstCustomer = feed.querySelector(S.customer);
    const customerName = firstCustomer ? authorOf(firstCustomer) : undefined;
    if (customerName) meta.customerName = customerName;
    return meta;
  },
  itemSelector: ITEM,
  readItem: readLivechatItem,
};

export const livechatAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'LiveChat',
  matches: ['https://my.livechatinc.com/*'],
  confidence: 'medium',
  checkedAgainst:
    'shared/helpdesks/livechat.md: userscripts on the live Agent App (2025–2026) agreeing on messages-list / agent-message / customer-message; author and system rows structural (low)',
  selectors: {
    feed: {
      selector: S.feed,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.bot],
      ],
    },
    agent: {
      selector: S.agent,
      checkedOn: [
        [2, FIX.chat],
        [4, FIX.bot],
      ],
    },
    customer: {
      selector: S.customer,
      checkedOn: [
        [3, FIX.chat],
        [2, FIX.bot],
      ],
    },
    text: {
      selector: S.text,
      checkedOn: [
        [5, FIX.chat],
        [6, FIX.bot],
      ],
    },
    author: {
      selector: S.author,
      checkedOn: [
        [4, FIX.chat],
        [5, FIX.bot],
      ],
    },
    activeChat: {
      selector: S.activeChat,
      checkedOn: [
        [1, FIX.chat],
        [0, FIX.bot],
      ],
    },
    composer: {
      selector: S.composer,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.bot],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.feed),
  findComposer: (doc) => doc.querySelector<HTMLElement>(S.composer),
  findNoteComposer(doc) {
    // Whisper mode shows only in the composer placeholder.
    const composer = doc.querySelector<HTMLElement>(S.composer);
    return /^private messages/i.test(composer?.getAttribute('placeholder') ?? '') ? composer : null;
  },
  read: (doc) => readAllItems(livechatItems, doc, NO_MESSAGES),
  incremental: livechatItems,
};
