import type { Role } from '../transcript/message';
import { collapseWhitespace, finishReading, idFromUrl, messageText, noConversation, parseTime, textOf } from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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
  read(doc): PageReading {
    const ticket = doc.querySelector(S.ticket);
    if (!ticket) return noConversation(NAME, 'medium', 'No Freshdesk ticket is open.');
    const messages = [];
    const description = ticket.querySelector(S.description);
    const descriptionBody = description?.querySelector(S.descriptionBody);
    const requester = textOf(description, S.author);
    if (description && descriptionBody) {
      messages.push({
        role: 'customer' as Role,
        author: requester,
        text: messageText(descriptionBody, { exclude: BODY_CHROME }),
        at: parseTime(description.querySelector(S.time)?.textContent),
      });
    }
    for (const item of Array.from(ticket.querySelectorAll(S.conversation))) {
      const body = item.querySelector(S.body);
      if (!body) continue;
      messages.push({
        role: roleOf(item),
        author: textOf(item, S.author),
        text: messageText(body, { exclude: BODY_CHROME }),
        at: parseTime(item.querySelector(S.time)?.textContent),
      });
    }
    const status = collapseWhitespace(doc.querySelector(S.status)?.textContent ?? '').toLowerCase();
    return finishReading(
      NAME,
      'medium',
      {
        chatId: idFromUrl(doc, [/\/a\/tickets\/(\d+)/]),
        messages,
        closed: /\b(resolved|closed)\b/.test(status),
        customerName: textOf(doc, S.requesterName) ?? requester,
      },
      'This Freshdesk ticket shows no conversation yet.',
    );
  },
};
