import type { Role } from '../transcript/message';
import { capturedMessage, collapseWhitespace, idFromUrl, messageText, queryFirst, readAllItems } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Freshchat / Freshdesk Messaging agent inbox (Ember, inside the Freshworks app). Evidence is thin
 * (one group of related 2025–26 scripts plus one independent one): messages and direction are
 * medium, notes and status rows low, and there is no author or time hook. The list may drop
 * messages on scroll, which the capture pipeline tolerates (it keeps what it has seen).
 */
const S = {
  message: 'li.user-messages',
  agentMessage: 'li.user-messages.fc-agent-message',
  bubble: '.fc-ui-message-bubble, .fc-ui-unity-message',
  text: '.fc-ui-emoji-text, .fc-ui-unity-message .text, .fc-ui-message-bubble .text',
  note: '.note-bubble',
  statusRow: '.message-status-text',
  topic: '[data-test-id="topic-name"], .topic-name',
  activeListItem: '.conversations li.active',
  composer: '.msg-reply-box[contenteditable="true"]',
  noteTab: '.private-note-tab',
} as const;

/** Text fallbacks Rewind Chat uses when the bubble classes change. */
const TEXT_FALLBACKS = [S.text, "[class*='message-text']", "[class*='conv-message']", 'p'];

const FIX = { chat: 'freshchat/live-chat.html', notes: 'freshchat/notes-and-resolution.html' };
const NAME = 'freshchat';

function roleOf(item: Element): Role {
  if (item.matches(S.statusRow)) return 'system';
  if (item.closest(S.note) || item.querySelector(S.note)) return 'note';
  return item.matches(S.agentMessage) ? 'agent' : 'customer';
}

const NO_CONVERSATION = 'No Freshchat conversation is open (no messages found).';
const NO_MESSAGES = 'This Freshchat conversation shows no messages yet.';
const ITEM = `${S.message}, ${S.statusRow}`;

/** The list that holds every message, per parent of the first message (found once per list). */
const listOfParent = new WeakMap<Element, Element>();

function messageList(doc: Document): Element | null {
  const first = cachedQuery(doc, S.message);
  const parent = first?.parentElement ?? null;
  if (!parent) return null;
  const known = listOfParent.get(parent);
  if (known?.contains(parent)) return known;
  // The list container has no known hook: take the ancestor that holds every message item.
  let list: Element | null = parent;
  const total = doc.querySelectorAll(S.message).length;
  while (list && list.querySelectorAll(S.message).length < total) list = list.parentElement;
  if (list) listOfParent.set(parent, list);
  return list;
}

/** A message or a status divider, alone (no author or time hooks are known). */
function readFreshchatItem(item: Element): CapturedMessage | null {
  const role = roleOf(item);
  if (role === 'system') return capturedMessage(NAME, null, { role, text: collapseWhitespace(item.textContent ?? '') });
  const body = queryFirst(item, TEXT_FALLBACKS);
  return capturedMessage(NAME, null, {
    role,
    text: body ? messageText(body, { exclude: ['.file-attachment', 'audio', 'video', '.time', '.fc-msg-time'] }) : '',
  });
}

const freshchatItems = {
  root: messageList,
  meta(doc: Document, list: Element | null): Omit<PageReading, 'messages'> {
    if (!list) return { adapter: NAME, chatId: null, confidence: 'low', reason: NO_CONVERSATION };
    // Resolution shows only as a divider ("… resolved the conversation"); a later reopen clears
    // it, so the newest divider that says either decides (cross-message context, kept here).
    let closed = false;
    const rows = list.querySelectorAll(S.statusRow);
    for (let i = rows.length - 1; i >= 0; i--) {
      const text = rows[i]?.textContent ?? '';
      if (/\breopened\b/i.test(text)) break;
      if (/\bresolved\b/i.test(text)) {
        closed = true;
        break;
      }
    }
    return { adapter: NAME, chatId: idFromUrl(doc, [/\/conversation\/(\d+)/]), confidence: 'low', closed };
  },
  itemSelector: ITEM,
  readItem: readFreshchatItem,
};

export const freshchatAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Freshchat (Freshdesk Messaging)',
  matches: ['https://*.myfreshworks.com/crm/messaging/*', 'https://web.freshchat.com/*'],
  confidence: 'low',
  checkedAgainst:
    'shared/helpdesks/freshchat.md: Rewind Chat, copy-conversation and theme scripts (one author, 2025–26) and an independent Freshchat Assistant; no author/time hooks known',
  selectors: {
    message: {
      selector: S.message,
      checkedOn: [
        [7, FIX.chat],
        [5, FIX.notes],
      ],
    },
    agentMessage: {
      selector: S.agentMessage,
      checkedOn: [
        [3, FIX.chat],
        [3, FIX.notes],
      ],
    },
    emojiText: {
      selector: '.fc-ui-emoji-text',
      checkedOn: [
        [5, FIX.chat],
        [5, FIX.notes],
      ],
    },
    unityText: {
      selector: '.fc-ui-unity-message .text',
      checkedOn: [
        [1, FIX.chat],
        [0, FIX.notes],
      ],
    },
    note: {
      selector: S.note,
      checkedOn: [
        [0, FIX.chat],
        [1, FIX.notes],
      ],
    },
    statusRow: {
      selector: S.statusRow,
      checkedOn: [
        [1, FIX.chat],
        [2, FIX.notes],
      ],
    },
    topic: {
      selector: S.topic,
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
    noteTab: {
      selector: S.noteTab,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.notes],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.message)?.parentElement ?? null,
  findComposer: (doc) => doc.querySelector<HTMLElement>(S.composer),
  findNoteComposer: (doc) => (doc.querySelector(`${S.noteTab}.active`) ? doc.querySelector<HTMLElement>(S.composer) : null),
  read: (doc) => readAllItems(freshchatItems, doc, NO_MESSAGES),
  incremental: freshchatItems,
};
