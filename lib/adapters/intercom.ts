import type { Role } from '../transcript/message';
import { deepQuery, finishReading, idFromUrl, messageText, noConversation, queryFirst, textOf } from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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
  read(doc): PageReading {
    // One 2026 source reports shadow roots; deepQuery costs nothing when the stream is in light DOM.
    const space = deepQuery(doc, S.space);
    const stream = space?.querySelector(S.stream) ?? deepQuery(doc, S.stream);
    if (!stream) return noConversation(NAME, 'medium', 'No Intercom conversation is open.');
    const customerName = textOf(space ?? doc, S.title);
    const messages = [];
    for (const part of Array.from(stream.querySelectorAll(S.part))) {
      const role = roleOf(part);
      const body = part.querySelector(S.body) ?? part;
      messages.push({
        id: part.getAttribute('data-part-id') ?? part.closest('[data-part-id]')?.getAttribute('data-part-id') ?? undefined,
        role,
        author: authorOf(part, role, customerName),
        text: messageText(body, { exclude: [S.adminName, S.emailMeta, 'time', '[data-part-metadata]'] }),
      });
    }
    const toolbarButtons = Array.from(space?.querySelectorAll(`${S.toolbar} button`) ?? []).map((b) => b.textContent ?? '');
    return finishReading(
      NAME,
      'medium',
      {
        chatId: idFromUrl(doc, [/\/conversation\/(\d+)/, /\/conversations\/(\d+)/]),
        messages,
        closed: toolbarButtons.some((label) => /^\s*reopen\s*$/i.test(label)),
        customerName,
      },
      'This Intercom conversation shows no messages yet.',
    );
  },
};
