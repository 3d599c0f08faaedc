import type { Role } from '../transcript/message';
import { collapseWhitespace, finishReading, idFromUrl, messageText, noConversation, queryFirst } from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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
  read(doc): PageReading {
    const first = doc.querySelector(S.message);
    // The list container has no known hook: take the ancestor that holds every message item.
    let list = first?.parentElement ?? null;
    const total = doc.querySelectorAll(S.message).length;
    while (list && list.querySelectorAll(S.message).length < total) list = list.parentElement;
    if (!list) return noConversation(NAME, 'low', 'No Freshchat conversation is open (no messages found).');
    const messages = [];
    let closed = false;
    for (const item of Array.from(list.querySelectorAll(`${S.message}, ${S.statusRow}`))) {
      const role = roleOf(item);
      if (role === 'system') {
        const text = collapseWhitespace(item.textContent ?? '');
        // Resolution shows only as a divider ("… resolved the conversation"); later reopen clears it.
        if (/\bresolved\b/i.test(text)) closed = true;
        if (/\breopened\b/i.test(text)) closed = false;
        messages.push({ role, text });
        continue;
      }
      const body = queryFirst(item, TEXT_FALLBACKS);
      messages.push({
        role,
        text: body ? messageText(body, { exclude: ['.file-attachment', 'audio', 'video', '.time', '.fc-msg-time'] }) : '',
      });
    }
    return finishReading(
      NAME,
      'low',
      { chatId: idFromUrl(doc, [/\/conversation\/(\d+)/]), messages, closed },
      'This Freshchat conversation shows no messages yet.',
    );
  },
};
