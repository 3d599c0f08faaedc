import type { Role } from '../transcript/message';
import { collapseWhitespace, idFromUrl, messageText, noConversation, parseTime, textOf } from './dom-utils';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Chatwoot agent dashboard, "next" message bubbles (v4.4+; the only UI since July 2025).
 * Open source: hooks read from chatwoot/chatwoot's Vue components (Message.vue, bubbles/*,
 * ReplyBox.vue, ConversationHeader.vue). Colour classes are a last resort (forks restyle them).
 */
const S = {
  panel: 'ul.conversation-panel',
  message: '[data-message-id]',
  bubble: '[data-bubble-name]',
  textBody: '.prose-bubble:not(.line-clamp-2)',
  replyQuote: '.prose-bubble.line-clamp-2',
  activityText: '[data-bubble-name="activity"] span[title]',
  noteLock: '.i-lucide-lock-keyhole',
  avatarImg: '.justify-end img[alt]',
  time: 'time',
  headerName: '.conversation-details-wrap span.text-base.font-medium',
  resolveActions: '.resolve-actions',
  replyBox: '.reply-box',
  composer: '.reply-box .ProseMirror[contenteditable="true"]',
} as const;

const FIX = { chat: 'chatwoot/live-chat.html', notes: 'chatwoot/notes-and-bot-resolved.html' };
const NAME = 'chatwoot';

function roleOf(item: Element): Role {
  const bubble = item.querySelector(S.bubble);
  if (bubble?.getAttribute('data-bubble-name') === 'activity' || item.classList.contains('justify-center')) return 'system';
  if (item.querySelector(S.noteLock) || bubble?.className.includes('bg-n-solid-amber')) return 'note';
  if (item.classList.contains('justify-start') || bubble?.classList.contains('left-bubble')) return 'customer';
  // Outgoing: agent_bot senders get the iris "bot" variant; Captain (AI) uses the agent variant.
  if (bubble?.className.includes('bg-n-solid-iris')) return 'bot';
  return 'agent';
}

function bodyText(item: Element, role: Role): string {
  if (role === 'system') {
    const span = item.querySelector(S.activityText);
    return collapseWhitespace(span?.getAttribute('title') || span?.textContent || '');
  }
  const bodies = item.querySelectorAll(S.textBody);
  const body = bodies[bodies.length - 1];
  return body ? messageText(body) : '';
}

const EMPTY_PANEL = 'No Chatwoot conversation is open.';
const NO_MESSAGES = 'This Chatwoot conversation has no messages loaded yet.';

function readChatwootMeta(doc: Document, panel: Element | null): Omit<PageReading, 'messages'> {
  if (!panel) return { adapter: NAME, chatId: null, confidence: 'high', reason: EMPTY_PANEL };
  const resolveLabel = textOf(doc, `${S.resolveActions} button`) ?? '';
  const meta: Omit<PageReading, 'messages'> = {
    adapter: NAME,
    chatId: idFromUrl(doc, [/\/app\/accounts\/\d+\/(?:.*\/)?conversations\/(\d+)/]),
    confidence: 'high',
    closed: /\breopen\b/i.test(resolveLabel),
  };
  const customerName = textOf(doc, S.headerName);
  if (customerName) meta.customerName = customerName;
  if (!panel.querySelector(S.message)) meta.reason = NO_MESSAGES;
  return meta;
}

function readChatwootMessage(item: Element): CapturedMessage | null {
  const id = item.getAttribute('data-message-id');
  const role = roleOf(item);
  const text = bodyText(item, role);
  if (!id || !text) return null;
  // Incoming bubbles carry no name (the contact is in the header); outgoing ones an avatar alt.
  const author =
    role === 'customer'
      ? textOf(item.ownerDocument, S.headerName)
      : role === 'system'
        ? undefined
        : item.querySelector('img[alt]')?.getAttribute('alt') || undefined;
  const message: CapturedMessage = { id, role, text };
  if (author) message.author = author;
  const at = parseTime(item.querySelector(S.time)?.textContent);
  if (at !== undefined) message.at = at;
  return message;
}

export const chatwootAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Chatwoot',
  // Self-hosted on any host; the dashboard always lives under /app/accounts/.
  matches: ['*://*/app/accounts/*'],
  confidence: 'high',
  checkedAgainst:
    'chatwoot/chatwoot source (components-next/message/*, ReplyBox.vue, ConversationHeader.vue, ResolveAction.vue) as summarised in shared/helpdesks/chatwoot.md, Feb 2026; legacy (pre-July 2025) bubbles not read',
  selectors: {
    panel: {
      selector: S.panel,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.notes],
      ],
    },
    message: {
      selector: S.message,
      checkedOn: [
        [7, FIX.chat],
        [8, FIX.notes],
      ],
    },
    bubble: {
      selector: S.bubble,
      checkedOn: [
        [7, FIX.chat],
        [8, FIX.notes],
      ],
    },
    textBody: {
      selector: S.textBody,
      checkedOn: [
        [5, FIX.chat],
        [6, FIX.notes],
      ],
    },
    replyQuote: {
      selector: S.replyQuote,
      checkedOn: [
        [1, FIX.chat],
        [0, FIX.notes],
      ],
    },
    activityText: {
      selector: S.activityText,
      checkedOn: [
        [1, FIX.chat],
        [2, FIX.notes],
      ],
    },
    noteLock: {
      selector: S.noteLock,
      checkedOn: [
        [0, FIX.chat],
        [2, FIX.notes],
      ],
    },
    time: {
      selector: S.time,
      checkedOn: [
        [5, FIX.chat],
        [5, FIX.notes],
      ],
    },
    headerName: {
      selector: S.headerName,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.notes],
      ],
    },
    resolveActions: {
      selector: S.resolveActions,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.notes],
      ],
    },
    composer: {
      selector: S.composer,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.notes],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.panel),
  findComposer: (doc) => doc.querySelector<HTMLElement>(S.composer),
  findNoteComposer: (doc) =>
    doc.querySelector(S.replyBox)?.classList.contains('is-private') ? doc.querySelector<HTMLElement>(S.composer) : null,
  read(doc): PageReading {
    const panel = doc.querySelector(S.panel);
    if (!panel) return noConversation(NAME, 'high', EMPTY_PANEL);
    const messages: CapturedMessage[] = [];
    for (const item of Array.from(panel.querySelectorAll(S.message))) {
      const message = readChatwootMessage(item);
      if (message) messages.push(message);
    }
    const meta = readChatwootMeta(doc, panel);
    return messages.length > 0 ? { ...meta, messages } : { ...meta, reason: meta.reason ?? NO_MESSAGES, messages };
  },
  // Every bubble carries Chatwoot's numeric message id, so capture can re-read only changed ones.
  incremental: {
    root: (doc) => doc.querySelector(S.panel),
    meta: readChatwootMeta,
    itemSelector: S.message,
    readItem: readChatwootMessage,
  },
};
