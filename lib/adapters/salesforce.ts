import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, deepQuery, idFromUrl, looksLikeBotName, messageText, readAllItems } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Salesforce Service Console (Lightning): Enhanced Messaging (`scrt:conversationBody`) and the
 * older Messaging / Chat components. Low confidence: no public code reads these components.
 * Known for sure: every accepted chat stays mounted as a console workspace tab (`.navexWorkspace`,
 * the focused one `.active`, from Salesforce's UTAM page objects) and LWC renders in shadow trees,
 * so reads are scoped to the active workspace and go through open shadow roots. Inside, the
 * reader uses the SLDS chat blueprint classes (inbound/outbound/event/bookend), which Salesforce's
 * own design system defines for transcripts but which are unverified on the live component.
 */
const S = {
  workspace: '.navexWorkspace',
  activeWorkspace: '.navexWorkspace.active',
  conversationHost:
    'scrt-conversation-body, [data-aura-class^="scrt"], [data-aura-class^="runtime_service_livemessage"], [data-aura-class^="runtime_service_liveagent"]',
  listItem: '.slds-chat-listitem',
  inbound: '.slds-chat-listitem_inbound',
  outbound: '.slds-chat-listitem_outbound',
  event: '.slds-chat-listitem_event',
  bookend: '.slds-chat-listitem_bookend',
  text: '.slds-chat-message__text',
  meta: '.slds-chat-message__meta',
  activeTab: '.oneConsoleTabItem.active',
  composer: 'textarea, [contenteditable="true"]',
} as const;

const FIX = { chat: 'salesforce/enhanced-messaging.html', bot: 'salesforce/bot-transfer-ended.html' };
const NAME = 'salesforce';
const RECORD_URL = /\/lightning\/r\/(?:MessagingSession|LiveChatTranscript)\/(\w{15,18})\/view/;

/** The focused console workspace; outside the console (plain record page) the whole document. */
function activeScope(doc: Document): Element | null {
  const active = cachedQuery(doc, S.activeWorkspace);
  if (active) return active;
  return cachedQuery(doc, S.workspace) ? null : doc.body;
}

/** The host found per scope: finding it walks every shadow tree, so it is done once per scope. */
const hostOfScope = new WeakMap<Element, Element>();

function conversationHost(doc: Document): Element | null {
  const scope = activeScope(doc);
  if (!scope) return null;
  const known = hostOfScope.get(scope);
  if (known?.isConnected) return known;
  const host = deepQuery(scope, S.conversationHost);
  if (host) hostOfScope.set(scope, host);
  return host;
}

/** The chat log inside the host's shadow tree (LWC), or the host itself (Aura, light DOM). */
function conversationLog(doc: Document): Element | null {
  const host = conversationHost(doc);
  return host?.shadowRoot?.querySelector('.slds-chat') ?? host;
}

/** "said Taylor Watson at 5:29 PM" (aria-label) or "Taylor Watson • 5:29 PM" (text). */
function authorOf(item: Element): string | undefined {
  const meta = item.querySelector(S.meta);
  const label = /said (.+?) at /i.exec(meta?.getAttribute('aria-label') ?? '')?.[1];
  const text = collapseWhitespace(meta?.textContent ?? '')
    .split('•')[0]
    ?.trim();
  return label ?? (text || undefined);
}

function roleOf(item: Element, author: string | undefined): Role {
  if (item.matches(`${S.event}, ${S.bookend}`)) return 'system';
  if (item.matches(S.inbound)) return 'customer';
  return looksLikeBotName(author) || /\b(einstein|agentforce)\b/i.test(author ?? '') ? 'bot' : 'agent';
}

const NO_CONVERSATION = 'No Salesforce conversation is open in the focused console tab (or its component is not one Tact knows).';
const NO_MESSAGES = 'The Salesforce conversation shows no messages yet (older entries load on scroll).';

/** One chat list item alone: direction from its own SLDS modifier class, author from its meta. */
function readSalesforceItem(item: Element): CapturedMessage | null {
  const author = authorOf(item);
  const role = roleOf(item, author);
  if (role === 'system') return capturedMessage(NAME, null, { role, text: collapseWhitespace(item.textContent ?? '') });
  const body = item.querySelector(S.text);
  return capturedMessage(NAME, null, { role, author, text: body ? messageText(body) : '' });
}

/**
 * Root is the log inside the conversation component's shadow tree, so one querySelectorAll finds
 * every item. The customer's name is the first inbound item's author; "ended" is a stop bookend.
 */
export const salesforceItems = {
  root: conversationLog,
  meta(doc: Document, log: Element | null): Omit<PageReading, 'messages'> {
    if (!log) return { adapter: NAME, chatId: null, confidence: 'low', reason: NO_CONVERSATION };
    const stop = log.querySelector(`${S.event} .slds-chat-bookend_stop, ${S.bookend} .slds-chat-bookend_stop`);
    const meta: Omit<PageReading, 'messages'> = {
      adapter: NAME,
      chatId: idFromUrl(doc, [RECORD_URL]),
      confidence: 'low',
      closed: stop !== null,
    };
    const firstInbound = log.querySelector(`${S.inbound}:not(${S.event}):not(${S.bookend})`);
    const customerName = firstInbound ? authorOf(firstInbound) : undefined;
    if (customerName) meta.customerName = customerName;
    if (!log.querySelector(S.listItem)) meta.reason = NO_MESSAGES;
    return meta;
  },
  itemSelector: S.listItem,
  readItem: readSalesforceItem,
};

export const salesforceAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Salesforce Service Console',
  matches: ['https://*.lightning.force.com/lightning/*', 'https://*.my.salesforce.com/lightning/*'],
  confidence: 'low',
  checkedAgainst:
    'shared/helpdesks/salesforce.md: console structure from salesforce-pageobjects 9.0.0 (UTAM, Spring 25), LWC shadow DOM docs, SLDS chat blueprint; the conversation component markup itself is unverified',
  selectors: {
    workspace: {
      selector: S.workspace,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.bot],
      ],
    },
    activeWorkspace: {
      selector: S.activeWorkspace,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.bot],
      ],
    },
    conversationHost: {
      selector: S.conversationHost,
      checkedOn: [
        [2, FIX.chat],
        [2, FIX.bot],
      ],
    },
    listItem: {
      selector: S.listItem,
      checkedOn: [
        [9, FIX.chat],
        [11, FIX.bot],
      ],
    },
    inbound: {
      selector: S.inbound,
      checkedOn: [
        [5, FIX.chat],
        [4, FIX.bot],
      ],
    },
    outbound: {
      selector: S.outbound,
      checkedOn: [
        [2, FIX.chat],
        [4, FIX.bot],
      ],
    },
    event: {
      selector: S.event,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.bot],
      ],
    },
    bookend: {
      selector: S.bookend,
      checkedOn: [
        [1, FIX.chat],
        [2, FIX.bot],
      ],
    },
    text: {
      selector: S.text,
      checkedOn: [
        [6, FIX.chat],
        [8, FIX.bot],
      ],
    },
    meta: {
      selector: S.meta,
      checkedOn: [
        [6, FIX.chat],
        [8, FIX.bot],
      ],
    },
    activeTab: {
      selector: S.activeTab,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.bot],
      ],
    },
  },
  observeRoot: conversationLog,
  findComposer: (doc) => {
    const host = conversationHost(doc);
    return host ? deepQuery<HTMLElement>(host, S.composer) : null;
  },
  read: (doc) => readAllItems(salesforceItems, doc, NO_MESSAGES),
  // The log lives in the component's shadow tree; capture also observes `observeRoot(doc)` there,
  // so mutation records reach the fast path.
  incremental: salesforceItems,
};
