import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, idFromUrl, isHiddenPane, looksLikeBotName, messageText, readAllItems } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Zoho Desk ticket detail. Known hooks (medium-low): the ticket container with
 * data-id="subTab_{ticketId}" (several stay mounted; pick the one for the URL's ticket, visible,
 * and fail closed when ambiguous), thread bodies data-id="threadContent", comment bodies
 * data-id="content". No source shows author, time or direction hooks: the reader takes the name
 * from the item header's zd_v2-*-authorName element (Zoho's readable BEM naming, a guess) and
 * calls a thread the customer's when that name equals the ticket's contact. The IM module (live
 * WhatsApp/Telegram sessions) has no message hooks at all and is left to "Teach Tact this page".
 */
const S = {
  container: '.zd_v2-ticketdetailview-container[data-id^="subTab_"]',
  threadBody: '.zd_v2-conversationlistcommon-contentWrapper[data-id="threadContent"]',
  commentBody: '[data-id="content"]',
  mention: 'a.zd_v2-commentcontent-mention',
  subject: '[data-id="caseSubjectText"]',
  ticketNumber: '.zd_v2-ticketsubject-ticketIdText',
  contactName: '[data-id="contactName"]',
  author: '[class*="-authorName"]',
  imSessions: '#zohoim\\.session\\.list',
  composer: '[data-id="replyEditor"] [contenteditable="true"], .zd_v2-replyeditor-editor[contenteditable="true"]',
} as const;

const FIX = { chat: 'zoho/chat-ticket-two-tabs.html', email: 'zoho/email-ticket-comment.html' };
const NAME = 'zoho';
const TICKET_URL = /\/agent\/[^/]+\/(?:[^/]+\/)?tickets\/(?:details\/)?(\d{10,})/;

/** Last container found per document; reused while it still is the visible pane of the URL's ticket. */
const lastContainer = new WeakMap<Document, Element>();

function activeContainer(doc: Document): Element | null {
  const ticketId = idFromUrl(doc, [TICKET_URL]);
  const known = lastContainer.get(doc);
  if (ticketId && known?.isConnected && known.getAttribute('data-id') === `subTab_${ticketId}` && !isHiddenPane(known)) return known;
  const found = findActiveContainer(doc, ticketId);
  if (found) lastContainer.set(doc, found);
  return found;
}

function findActiveContainer(doc: Document, ticketId: string | null): Element | null {
  const containers = Array.from(doc.querySelectorAll(S.container)).filter((c) => !isHiddenPane(c));
  const forUrl = containers.filter((c) => c.getAttribute('data-id') === `subTab_${ticketId}`);
  if (forUrl.length === 1) return forUrl[0] ?? null;
  // Without a URL match, only a single visible ticket is safe to read.
  return !ticketId && containers.length === 1 ? (containers[0] ?? null) : null;
}

/** The nearest enclosing thread item's header name (climbing stops at the ticket container). */
function authorOf(body: Element, container: Element): string | undefined {
  for (let el = body.parentElement; el && el !== container; el = el.parentElement) {
    const name = el.querySelector(S.author);
    if (name) return collapseWhitespace(name.textContent ?? '') || undefined;
  }
  return undefined;
}

const IM_ONLY = 'Zoho Desk IM chats have no known message markup yet: use "Teach Tact this page".';
const NO_TICKET = 'No single Zoho Desk ticket is open (or the open tab is ambiguous).';
const NO_MESSAGES = 'This Zoho Desk ticket shows no threads yet.';
const BODY = `${S.threadBody}, ${S.commentBody}`;

function isImModule(doc: Document): boolean {
  return doc.getElementById('zohoim.session.list') !== null;
}

function contactOf(container: Element | null): string | undefined {
  const el = container ? cachedQuery(container, S.contactName) : null;
  return collapseWhitespace(el?.textContent ?? '') || undefined;
}

/** One thread or comment body; direction compares its own header's name with the ticket contact. */
function readZohoItem(body: Element): CapturedMessage | null {
  // Quoted copies inside a thread also use data-id="content": only top-level bodies are messages.
  if (body.parentElement?.closest(BODY)) return null;
  const container = body.closest(S.container);
  const author = container ? authorOf(body, container) : undefined;
  const contact = contactOf(container);
  let role: Role = 'agent';
  if (body.matches(S.commentBody)) role = 'note';
  else if (contact && author === contact) role = 'customer';
  else if (looksLikeBotName(author)) role = 'bot';
  return capturedMessage(NAME, null, { role, author, text: messageText(body) });
}

const zohoItems = {
  root: (doc: Document) => (isImModule(doc) ? null : activeContainer(doc)),
  meta(doc: Document, container: Element | null): Omit<PageReading, 'messages'> {
    if (!container) return { adapter: NAME, chatId: null, confidence: 'low', reason: isImModule(doc) ? IM_ONLY : NO_TICKET };
    const meta: Omit<PageReading, 'messages'> = { adapter: NAME, chatId: idFromUrl(doc, [TICKET_URL]), confidence: 'low' };
    const customerName = contactOf(container);
    if (customerName) meta.customerName = customerName;
    return meta;
  },
  itemSelector: BODY,
  readItem: readZohoItem,
};

export const zohoAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Zoho Desk',
  matches: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn'].map(
    (host) => `https://${host}/agent/*`,
  ),
  confidence: 'low',
  checkedAgainst:
    'shared/helpdesks/zoho.md: ticket container / threadContent / content hooks from an extension test fixture modelled on desk.zoho.eu and Clockify; author header class and contact hook are guesses; IM module not read',
  selectors: {
    container: {
      selector: S.container,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    threadBody: {
      selector: S.threadBody,
      checkedOn: [
        [7, FIX.chat],
        [4, FIX.email],
      ],
    },
    commentBody: {
      selector: S.commentBody,
      checkedOn: [
        [0, FIX.chat],
        [3, FIX.email],
      ],
    },
    mention: {
      selector: S.mention,
      checkedOn: [
        [0, FIX.chat],
        [1, FIX.email],
      ],
    },
    subject: {
      selector: S.subject,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    ticketNumber: {
      selector: S.ticketNumber,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    contactName: {
      selector: S.contactName,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    author: {
      selector: S.author,
      checkedOn: [
        [7, FIX.chat],
        [6, FIX.email],
      ],
    },
    composer: {
      selector: S.composer,
      checkedOn: [
        [2, FIX.chat],
        [1, FIX.email],
      ],
    },
  },
  observeRoot: (doc) => activeContainer(doc),
  findComposer: (doc) => activeContainer(doc)?.querySelector<HTMLElement>(S.composer) ?? null,
  read: (doc) => readAllItems(zohoItems, doc, NO_MESSAGES),
  incremental: zohoItems,
};
