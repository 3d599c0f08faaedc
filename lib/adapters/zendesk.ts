import type { Role } from '../transcript/message';
import {
  capturedMessage,
  collapseWhitespace,
  idFromUrl,
  isHiddenPane,
  looksLikeBotName,
  messageText,
  parseTime,
  queryFirst,
  readAllItems,
  textOf,
} from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Zendesk Agent Workspace (omni-log). Every open ticket tab keeps its pane mounted, so all reads
 * are scoped to the active pane. Hooks are Garden `data-test-id`s seen in several live scripts.
 */
const S = {
  activePane: '.ticket-panes-grid-layout[data-is-active="true"]',
  anyPane: '.ticket-panes-grid-layout',
  log: '[data-test-id="omni-log-container"]',
  item: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  chatBody: '[data-test-id="omni-log-message-content"]',
  emailBody: '.zd-comment',
  sender: '[data-test-id="omni-log-item-sender"]',
  noteTag: '[data-test-id="omni-log-internal-note-tag"]',
  agentBadge: 'svg[data-test-id="omni-log-avatar-badge-AgentBadge"]',
  time: 'time[data-test-id="timestamp-relative"]',
  subject: 'input[data-test-id="omni-header-subject"]',
  composer: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
  channelSwitcher: '[data-test-id="omnichannel-channel-switcher-button"]',
  statusField: '[data-test-id="ticket-system-field-status-select"]',
} as const;

const FIX = { chat: 'zendesk/messaging-chat.html', email: 'zendesk/email-ticket-with-note.html' };

const NAME = 'zendesk';

function activePane(doc: Document): Element | null {
  const marked = cachedQuery(doc, S.activePane);
  if (marked) return marked;
  const ticketId = idFromUrl(doc, [/\/agent\/tickets\/(\d+)/]);
  if (ticketId) {
    const anchored = cachedQuery(doc, `[data-side-conversations-anchor-id="${ticketId}"]`);
    if (anchored) return anchored;
  }
  // Fail closed when several panes are mounted and none is marked: reading the wrong ticket is worse.
  const visible = Array.from(doc.querySelectorAll(S.anyPane)).filter((p) => !isHiddenPane(p));
  if (visible.length === 1) return visible[0] ?? null;
  return visible.length === 0 ? (doc.querySelector(S.log)?.parentElement ?? null) : null;
}

function roleOf(item: Element, author: string | undefined): Role {
  if (item.querySelector(S.noteTag)) return 'note';
  const body = item.querySelector(S.chatBody);
  const origin = body?.getAttribute('data-originated-from');
  if (origin === 'Trigger' || origin === 'ApiInteraction') return 'system';
  const type = item.querySelector(S.message)?.getAttribute('type');
  const isAgent = type === 'agent' || (type !== 'end-user' && item.querySelector(S.agentBadge) !== null);
  if (isAgent) return looksLikeBotName(author) ? 'bot' : 'agent';
  return 'customer';
}

const NO_TICKET = 'No Zendesk ticket is open in the active tab.';
const NO_MESSAGES = 'The open Zendesk ticket has no messages yet.';
const ATTACHMENT_CHROME = ['a[href*="/attachments/token/"]', 'img[src*="/attachments/token/"]'];

/** The pane each log was found in (meta reads the subject and status of that pane). */
const paneOfLog = new WeakMap<Element, Element>();
/** First customer's name per log, once seen: the customer of a ticket does not change. */
const firstCustomerOfLog = new WeakMap<Element, string>();

function readZendeskItem(item: Element): CapturedMessage | null {
  const wrapper = item.querySelector(S.message);
  if (wrapper?.getAttribute('aria-hidden') === 'true') return null;
  const body = queryFirst(item, [S.chatBody, S.emailBody]);
  if (!body) return null;
  const author = textOf(item, `${S.sender} strong`, S.sender);
  return capturedMessage(NAME, null, {
    role: roleOf(item, author),
    author,
    text: messageText(body, { exclude: ATTACHMENT_CHROME }),
    at: parseTime(item.querySelector(S.time)?.getAttribute('datetime')),
  });
}

/** Fallback customer name: the author of the first customer message (usually the first item). */
function firstCustomer(log: Element): string | undefined {
  const known = firstCustomerOfLog.get(log);
  if (known) return known;
  for (const item of Array.from(log.querySelectorAll(S.item))) {
    const message = readZendeskItem(item);
    if (message?.role !== 'customer') continue;
    if (message.author) firstCustomerOfLog.set(log, message.author);
    return message.author;
  }
  return undefined;
}

/**
 * Several ticket panes stay mounted: root() picks the active pane's log (cached queries, so a
 * batch does not walk every pane), and every item under it belongs to that ticket, so an item
 * alone says everything about its message (role from its own badge, note tag and sender).
 */
const zendeskItems = {
  root(doc: Document): Element | null {
    const pane = activePane(doc);
    const log = pane ? cachedQuery(pane, S.log) : null;
    if (pane && log) paneOfLog.set(log, pane);
    return log;
  },
  meta(doc: Document, log: Element | null): Omit<PageReading, 'messages'> {
    const pane = log ? (paneOfLog.get(log) ?? log.parentElement) : null;
    if (!log || !pane) return { adapter: NAME, chatId: null, confidence: 'high', reason: NO_TICKET };
    const chatId =
      idFromUrl(doc, [/\/agent\/tickets\/(\d+)/]) ?? cachedQuery(pane, '[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;
    const subject = (cachedQuery(pane, S.subject) as HTMLInputElement | null)?.value ?? '';
    const fromSubject = /^conversation with (.+)$/i.exec(collapseWhitespace(subject))?.[1];
    const statusEl = cachedQuery(pane, S.statusField);
    const status = collapseWhitespace(statusEl?.textContent ?? '').toLowerCase();
    const meta: Omit<PageReading, 'messages'> = { adapter: NAME, chatId, confidence: 'high', closed: /\b(solved|closed)\b/.test(status) };
    const customerName = fromSubject ?? firstCustomer(log);
    if (customerName) meta.customerName = customerName;
    if (!log.querySelector(S.item)) meta.reason = NO_MESSAGES;
    return meta;
  },
  itemSelector: S.item,
  readItem: readZendeskItem,
};

export const zendeskAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Zendesk',
  matches: ['https://*.zendesk.com/agent/*'],
  confidence: 'high',
  checkedAgainst:
    'shared/helpdesks/zendesk.md (Agent Workspace hooks from live scripts 2024–2026: zd-agent-cli, toggl, zendesk-auto-translate); fixtures reproduce two mounted panes, CKEditor 5 composer',
  selectors: {
    activePane: {
      selector: S.activePane,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    anyPane: {
      selector: S.anyPane,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    log: {
      selector: S.log,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    item: {
      selector: S.item,
      checkedOn: [
        [8, FIX.chat],
        [7, FIX.email],
      ],
    },
    message: {
      selector: S.message,
      checkedOn: [
        [7, FIX.chat],
        [2, FIX.email],
      ],
    },
    chatBody: {
      selector: S.chatBody,
      checkedOn: [
        [7, FIX.chat],
        [2, FIX.email],
      ],
    },
    emailBody: {
      selector: S.emailBody,
      checkedOn: [
        [1, FIX.chat],
        [5, FIX.email],
      ],
    },
    sender: {
      selector: S.sender,
      checkedOn: [
        [8, FIX.chat],
        [7, FIX.email],
      ],
    },
    noteTag: {
      selector: S.noteTag,
      checkedOn: [
        [0, FIX.chat],
        [1, FIX.email],
      ],
    },
    time: {
      selector: S.time,
      checkedOn: [
        [8, FIX.chat],
        [7, FIX.email],
      ],
    },
    subject: {
      selector: S.subject,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    composer: {
      selector: S.composer,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    channelSwitcher: {
      selector: S.channelSwitcher,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
    statusField: {
      selector: S.statusField,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.email],
      ],
    },
  },
  observeRoot: (doc) => activePane(doc)?.querySelector(S.log) ?? null,
  findComposer: (doc) => activePane(doc)?.querySelector<HTMLElement>(S.composer) ?? null,
  findNoteComposer(doc) {
    // The internal note is the same CKEditor in "internal" channel mode; null until the agent switches.
    const pane = activePane(doc);
    const mode = pane?.querySelector(S.channelSwitcher)?.getAttribute('data-channel');
    return mode === 'internal' ? (pane?.querySelector<HTMLElement>(S.composer) ?? null) : null;
  },
  read: (doc) => readAllItems(zendeskItems, doc, NO_MESSAGES),
  incremental: zendeskItems,
};
