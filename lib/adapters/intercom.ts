import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, deepQuery, idFromUrl, messageText, queryFirst, readAllItems, textOf } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Intercom Inbox ("Inbox 2", Ember). Intercom renames classes often (inbox2__ → inbox-2__ in
 * 2026), so the reader prefers data-intercom-target / data-testid / data-part-* hooks and keeps
 * the class names only as fallbacks; roles come from data-part-group-category when present.
 */
const S = {
  space: '[data-intercom-target="conversation-space"]',
  stream: '[data-conversation-stream], [data-testid="conversation-stream-scroll-container"]',
  part: '[data-intercom-target="conversation-stream-content-part"]',
  category: '[data-part-group-category]',
  adminName: '[data-testid="admin-avatar-name"]',
  body: '.intercom-interblocks, .intercom-interblocks-html, .interblocks-html, .inbox2__message-content, .inbox-2__renderable-part, .inbox-2__user-email-content',
  notePart: '.inbox2__note-part, .inbox-2__note-part',
  customerEmail: '.inbox2__user-email-part, .inbox-2__user-email-part',
  adminEmail: '.inbox2__admin-email-part, .inbox-2__admin-email-part',
  emailMeta: '.channels__inbox__email-metadata-container',
  title: '[data-inbox-conversation-header-title]',
  toolbar: '[data-intercom-target="conversation-toolbar"]',
  composer: '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
} as const;

/** Fallback composer selectors, 2024–2025 builds first. */
const COMPOSER_FALLBACKS = [
  S.composer,
  'div.ProseMirror.embercom-prosemirror-composer-editor',
  `${S.space} [role="textbox"][contenteditable="true"]`,
];

const CATEGORY_ROLES: Record<string, Role> = { '1': 'customer', '3': 'agent', '4': 'note', '5': 'bot', '20': 'system' };

const FIX = { chat: 'intercom/messenger-chat-fin.html', email: 'intercom/email-with-note.html' };
const NAME = 'intercom';

function roleOf(part: Element): Role {
  const category = part.closest(S.category)?.getAttribute('data-part-group-category');
  if (category && CATEGORY_ROLES[category]) return CATEGORY_ROLES[category];
  if (part.matches(S.notePart) || part.querySelector(S.notePart) || part.closest(S.notePart)) return 'note';
  if (part.querySelector(S.customerEmail) || part.closest(S.customerEmail)) return 'customer';
  if (part.querySelector(`${S.adminName}, ${S.adminEmail}`) || part.closest(S.adminEmail)) return 'agent';
  // Layout fallback (low): teammate parts are laid out on the right.
  return part.closest('.justify-end, .flex-row-reverse') ? 'agent' : 'customer';
}

function authorOf(part: Element, role: Role, customerName: string | undefined): string | undefined {
  const group = part.closest('[data-part-group-id]') ?? part;
  const admin = textOf(group, S.adminName);
  if (admin) return admin;
  return role === 'customer' ? customerName : undefined;
}

const NO_CONVERSATION = 'No Intercom conversation is open.';
const NO_MESSAGES = 'This Intercom conversation shows no messages yet.';
const PART_CHROME = [S.adminName, S.emailMeta, 'time', '[data-part-metadata]'];

/** The conversation title (the customer's name): one cached query, not a walk of the stream. */
function conversationTitle(doc: Document): string | undefined {
  const space = cachedQuery(doc, S.space);
  const title = space ? cachedQuery(space, S.title) : cachedQuery(doc, S.title);
  return collapseWhitespace(title?.textContent ?? '') || undefined;
}

/**
 * One part alone: its role comes from its own group category (an ancestor) or its own classes,
 * its author from its group's header or, for the customer, the conversation title.
 */
function readIntercomPart(part: Element): CapturedMessage | null {
  const role = roleOf(part);
  const body = part.querySelector(S.body) ?? part;
  const id = part.getAttribute('data-part-id') ?? part.closest('[data-part-id]')?.getAttribute('data-part-id');
  return capturedMessage(NAME, id, {
    role,
    author: authorOf(part, role, conversationTitle(part.ownerDocument)),
    text: messageText(body, { exclude: PART_CHROME }),
  });
}

const intercomItems = {
  root(doc: Document): Element | null {
    // One 2026 source reports shadow roots; deepQuery costs nothing when the stream is in light DOM.
    const space = cachedQuery(doc, S.space) ?? deepQuery(doc, S.space);
    return (space ? cachedQuery(space, S.stream) : null) ?? cachedQuery(doc, S.stream) ?? deepQuery(doc, S.stream);
  },
  meta(doc: Document, stream: Element | null): Omit<PageReading, 'messages'> {
    if (!stream) return { adapter: NAME, chatId: null, confidence: 'medium', reason: NO_CONVERSATION };
    const space = cachedQuery(doc, S.space);
    const toolbar = space ? cachedQuery(space, S.toolbar) : null;
    const toolbarButtons = Array.from(toolbar?.querySelectorAll('button') ?? []).map((b) => b.textContent ?? '');
    const meta: Omit<PageReading, 'messages'> = {
      adapter: NAME,
      chatId: idFromUrl(doc, [/\/conversation\/(\d+)/, /\/conversations\/(\d+)/]),
      confidence: 'medium',
      closed: toolbarButtons.some((label) => /^\s*reopen\s*$/i.test(label)),
    };
    const customerName = conversationTitle(doc);
    if (customerName) meta.customerName = customerName;
    if (!stream.querySelector(S.part)) meta.reason = NO_MESSAGES;
    return meta;
  },
  itemSelector: S.part,
  readItem: readIntercomPart,
};

export const intercomAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Intercom',
  matches: ['https://app.intercom.com/a/*', 'https://app.eu.intercom.com/a/*', 'https://app.au.intercom.com/a/*'],
  confidence: 'medium',
  checkedAgainst:
    'shared/helpdesks/intercom.md: live extensions Jan–May 2026 (Support Copilot changelog, Intercom Focus, Clockify), Red Hat Selenium; both inbox2__ and inbox-2__ class generations reproduced in fixtures',
  selectors: {
    space: {
      selector: S.space,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    stream: {
      selector: S.stream,
      checkedOn: [
        [2, FIX.chat],
        [1, FIX.email],
      ],
    },
    part: {
      selector: S.part,
      checkedOn: [
        [7, FIX.chat],
        [5, FIX.email],
      ],
    },
    category: {
      selector: S.category,
      checkedOn: [
        [5, FIX.chat],
        [0, FIX.email],
      ],
    },
    adminName: {
      selector: S.adminName,
      checkedOn: [
        [2, FIX.chat],
        [3, FIX.email],
      ],
    },
    body: {
      selector: S.body,
      checkedOn: [
        [7, FIX.chat],
        [5, FIX.email],
      ],
    },
    notePart: {
      selector: S.notePart,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    customerEmail: {
      selector: S.customerEmail,
      checkedOn: [
        [0, FIX.chat],
        [2, FIX.email],
      ],
    },
    title: {
      selector: S.title,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    toolbar: {
      selector: S.toolbar,
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
  observeRoot: (doc) => deepQuery(doc, S.stream) ?? deepQuery(doc, S.space),
  findComposer: (doc) => queryFirst<HTMLElement>(doc, COMPOSER_FALLBACKS) ?? deepQuery<HTMLElement>(doc, S.composer),
  read: (doc) => readAllItems(intercomItems, doc, NO_MESSAGES),
  incremental: intercomItems,
};
