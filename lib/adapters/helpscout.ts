import type { Role } from '../transcript/message';
import { collapseWhitespace, finishReading, idFromUrl, messageText, noConversation, parseTime, queryFirst, textOf } from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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
  read(doc): PageReading {
    const thread = doc.querySelector(S.thread);
    if (!thread) return noConversation(NAME, 'medium', 'No Help Scout conversation is open.');
    const customerName = textOf(doc, S.customerName);
    let closed: boolean | undefined;
    const messages = [];
    for (const item of Array.from(thread.querySelectorAll(S.item))) {
      const author = textOf(item, S.author);
      const role = roleOf(item, author, customerName);
      const body = queryFirst(item, [S.bodyPrimary, S.bodyAlternative]);
      const timeEl = item.querySelector(S.time);
      const text = role === 'system' ? collapseWhitespace(item.textContent ?? '') : body ? messageText(body) : '';
      messages.push({
        id: item.querySelector(S.threadId)?.id || undefined,
        role,
        author,
        text: role === 'system' ? text.replace(collapseWhitespace(timeEl?.textContent ?? '') || /^$/, '').trim() : text,
        at: parseTime(timeEl?.getAttribute('datetime') ?? timeEl?.textContent),
      });
    }
    // "Newest first" is a per-agent setting: put the transcript oldest first when times say so.
    const first = messages[0]?.at;
    const last = messages[messages.length - 1]?.at;
    if (first !== undefined && last !== undefined && first > last) messages.reverse();
    for (const m of messages) {
      if (m.role !== 'system') continue;
      const status = /marked as (closed|active|pending)/i.exec(m.text)?.[1]?.toLowerCase();
      if (status) closed = status === 'closed';
    }
    return finishReading(
      NAME,
      'medium',
      { chatId: idFromUrl(doc, [/\/conversation\/(\d+)/]), messages, closed, customerName },
      'This Help Scout conversation shows no threads yet.',
    );
  },
};
