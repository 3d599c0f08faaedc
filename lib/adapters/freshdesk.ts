import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, idFromUrl, messageText, parseTime, readAllItems, textOf } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Freshdesk agent ticket view (Mint UI, Ember). Hooks are Freshdesk's own data-test-* attributes
 * and BEM-like ticket-details__* classes, stable across years of userscripts. Older conversations
 * hide behind "load more" (paginated, not virtualised). Chats live in Freshchat (freshchat.ts).
 */
const S = {
  ticket: '#ticket-details',
  description: '.ticket-description, div[data-album*="ticket_"]',
  descriptionBody: '.text-content-wrapper, .text__content',
  conversation: 'div[data-test-id="conversation-wrapper"]',
  requestor: '.ticket-details__requestor',
  privateNote: '.ticket-details__privatenote',
  emailsInfo: '.emails-info:not(.notify)',
  body: 'div[data-test-conversation="conversation-text"]',
  author: '.user',
  time: '.timeago-units',
  subject: '.ticket-subject-heading, .sentiment-ticket-heading',
  requesterName: '[data-test-id="requester-name"]',
  // Unverified (no source shows the status field's hook); modelled on the data-test-* family.
  status: '[data-test-id="ticket-properties-status"]',
  editor: '[data-test-id="active-editor"]',
  composer: 'div.fr-element.fr-view[contenteditable="true"]',
} as const;

const FIX = { email: 'freshdesk/email-ticket-thread.html', chat: 'freshdesk/chat-converted-ticket.html' };
const NAME = 'freshdesk';

/** Text that is chrome inside a Freshdesk body: "Show more", attachments, inline quote toggles. */
const BODY_CHROME = ['.show-more', 'a.view-more', '.attachments', '.attachment-list', '.quoted-text-toggle'];

function roleOf(item: Element): Role {
  if (item.matches(S.requestor)) return 'customer';
  // Freshdesk styles some e-mailed messages as notes; genuine notes never carry a To/Cc header.
  if (item.matches(S.privateNote) && !item.querySelector(S.emailsInfo)) return 'note';
  return 'agent';
}

const NO_TICKET = 'No Freshdesk ticket is open.';
const NO_MESSAGES = 'This Freshdesk ticket shows no conversation yet.';

/**
 * The ticket description (the requester's first message) or one conversation item, alone. Both
 * carry Freshdesk's own album key (`ticket_20931`, `note_881`), used as the message id.
 */
function readFreshdeskItem(item: Element): CapturedMessage | null {
  const isDescription = item.matches(S.description);
  const body = item.querySelector(isDescription ? S.descriptionBody : S.body);
  if (!body) return null;
  return capturedMessage(NAME, item.getAttribute('data-album'), {
    role: isDescription ? 'customer' : roleOf(item),
    author: textOf(item, S.author),
    text: messageText(body, { exclude: BODY_CHROME }),
    at: parseTime(item.querySelector(S.time)?.textContent),
  });
}

const freshdeskItems = {
  root: (doc: Document) => cachedQuery(doc, S.ticket),
  meta(doc: Document, ticket: Element | null): Omit<PageReading, 'messages'> {
    if (!ticket) return { adapter: NAME, chatId: null, confidence: 'medium', reason: NO_TICKET };
    const status = collapseWhitespace(cachedQuery(doc, S.status)?.textContent ?? '').toLowerCase();
    const meta: Omit<PageReading, 'messages'> = {
      adapter: NAME,
      chatId: idFromUrl(doc, [/\/a\/tickets\/(\d+)/]),
      confidence: 'medium',
      closed: /\b(resolved|closed)\b/.test(status),
    };
    const description = cachedQuery(ticket, S.description);
    const requesterName = collapseWhitespace(cachedQuery(doc, S.requesterName)?.textContent ?? '');
    const customerName = requesterName || textOf(description, S.author);
    if (customerName) meta.customerName = customerName;
    if (!description && !ticket.querySelector(S.conversation)) meta.reason = NO_MESSAGES;
    return meta;
  },
  itemSelector: `${S.description}, ${S.conversation}`,
  readItem: readFreshdeskItem,
};

export const freshdeskAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Freshdesk',
  matches: ['https://*.freshdesk.com/a/tickets/*'],
  confidence: 'medium',
  checkedAgainst:
    'shared/helpdesks/freshdesk.md: userscripts and integrations 2024–2026 (Clockify, kcgthb note rule, History Cleaner, Playwright reply bot); Froala composer',
  selectors: {
    ticket: {
      selector: S.ticket,
      checkedOn: [
        [1, FIX.email],
        [1, FIX.chat],
      ],
    },
    description: {
      selector: S.description,
      checkedOn: [
        [1, FIX.email],
        [1, FIX.chat],
      ],
    },
    conversation: {
      selector: S.conversation,
      checkedOn: [
        [5, FIX.email],
        [4, FIX.chat],
      ],
    },
    requestor: {
      selector: S.requestor,
      checkedOn: [
        [2, FIX.email],
        [1, FIX.chat],
      ],
    },
    privateNote: {
      selector: S.privateNote,
      checkedOn: [
        [2, FIX.email],
        [1, FIX.chat],
      ],
    },
    body: {
      selector: S.body,
      checkedOn: [
        [5, FIX.email],
        [4, FIX.chat],
      ],
    },
    author: {
      selector: S.author,
      checkedOn: [
        [6, FIX.email],
        [5, FIX.chat],
      ],
    },
    time: {
      selector: S.time,
      checkedOn: [
        [6, FIX.email],
        [5, FIX.chat],
      ],
    },
    subject: {
      selector: S.subject,
      checkedOn: [
        [1, FIX.email],
        [1, FIX.chat],
      ],
    },
    editor: {
      selector: S.editor,
      checkedOn: [
        [1, FIX.email],
        [1, FIX.chat],
      ],
    },
    composer: {
      selector: S.composer,
      checkedOn: [
        [1, FIX.email],
        [1, FIX.chat],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.ticket),
  findComposer: (doc) => doc.querySelector<HTMLElement>(`${S.editor} ${S.composer}`) ?? doc.querySelector<HTMLElement>(S.composer),
  read: (doc) => readAllItems(freshdeskItems, doc, NO_MESSAGES),
  incremental: freshdeskItems,
};
