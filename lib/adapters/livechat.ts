import type { Role } from '../transcript/message';
import { collapseWhitespace, finishReading, idFromUrl, looksLikeBotName, messageText, noConversation } from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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

function authorOf(item: Element, feed: Element): string | undefined {
  // The name sits in the message group's header; never climb to the feed (another group's name).
  let el: Element | null = item;
  for (let depth = 0; el && el !== feed && depth < 8; depth++, el = el.parentElement) {
    const name = el.querySelector(S.author);
    const text = collapseWhitespace(name?.textContent ?? '');
    if (text && !SYSTEM_ROW.test(text)) return text;
  }
  return undefined;
}

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
  read(doc): PageReading {
    const feed = doc.querySelector(S.feed);
    if (!feed) return noConversation(NAME, 'medium', 'No LiveChat chat is open.');
    const messages = [];
    let closed = /\/archives\//.test(doc.location?.href ?? '');
    for (const row of Array.from(feed.children)) {
      const items = row.matches(S.message) ? [row] : Array.from(row.querySelectorAll(S.message));
      if (items.length === 0) {
        const text = collapseWhitespace(row.textContent ?? '');
        if (SYSTEM_ROW.test(text)) {
          messages.push({ role: 'system' as Role, text });
          if (CLOSED_ROW.test(text)) closed = true;
        }
        continue;
      }
      for (const item of items) {
        const author = authorOf(item, feed);
        const isAgent = item.matches(S.agent);
        const body = item.querySelector(S.text) ?? item;
        messages.push({
          role: (isAgent ? (looksLikeBotName(author) ? 'bot' : 'agent') : 'customer') as Role,
          author,
          text: messageText(body, { exclude: ['[data-testid$="-reaction"]', '[data-testid$="-attachment"]'] }),
        });
      }
    }
    return finishReading(
      NAME,
      'medium',
      {
        chatId: idFromUrl(doc, [/\/chats\/([A-Za-z0-9]+)/, /\/archives\/([A-Za-z0-9]+)/]),
        messages,
        closed,
        customerName: messages.find((m) => m.role === 'customer')?.author,
      },
      'This LiveChat chat has no messages yet.',
    );
  },
};
