import { capturedMessage, collapseWhitespace, deepQuery, idFromUrl, messageText, readAllItems, textOf } from './dom-utils';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * Front web app. Low confidence: Front ships only hashed styled-components classes and no public
 * code reads its message list. The one observed family is `<component>__Styled<Part>-<hash>`
 * (conversationTopbar, conversationSubjectWrapper, messageViewerRecipient). The reader matches
 * the readable prefix, never the hash, anchors each message on its recipient-details block (the
 * one message hook seen), and tells inbound from outbound by comparing the sender with the
 * contact shown for the conversation. Comments are matched by the same naming family (a guess).
 * Prefer the Plugin SDK (listMessages/listComments) or "Teach Tact this page" where this fails.
 */
const S = {
  topbar: '[class*="conversationTopbar__StyledConversationTopbar"]',
  subject: '[class*="conversationSubjectWrapper__StyledSubjectContainerDiv"]',
  message: '[class*="messageViewer__StyledMessage"]',
  recipient: '[class*="messageViewerRecipient__StyledDetailsWrapperDiv"]',
  sender: '[class*="messageViewerRecipient__StyledSender"]',
  comment: '[class*="commentViewer__StyledComment"]',
  commentAuthor: '[class*="commentViewer__StyledAuthor"]',
  contactName: '[class*="contactHeader__StyledName"]',
  composer: '[class*="replyComposer"] [contenteditable="true"]',
  commentComposer: '[class*="commentComposer"] [contenteditable="true"]',
} as const;

const FIX = { chat: 'front/front-chat.html', email: 'front/email-with-comments.html' };
const NAME = 'front';

/** Chrome inside a message or comment: recipients, sender line, timestamps, reactions, buttons. */
const MESSAGE_CHROME = [S.recipient, S.commentAuthor, 'time', '[class*="__StyledReactions"]', '[class*="__StyledAttachment"]'];

const NO_MESSAGES_FOUND = 'Tact could not find Front messages on this page: use "Teach Tact this page".';
const NO_MESSAGES = 'This Front conversation shows no messages yet.';
const ITEM = `${S.message}, ${S.comment}`;

/**
 * The contact the conversation is with: the contact card, else whoever wrote first in this list.
 * This is the one piece of cross-message context; both lookups are cached queries, so reading an
 * item never depends on its own position.
 */
function contactOf(doc: Document, list: Element | null): string | undefined {
  const card = collapseWhitespace(cachedQuery(doc, S.contactName)?.textContent ?? '');
  if (card) return card;
  const firstSender = list ? cachedQuery(list, `${S.message} ${S.sender}`) : null;
  return collapseWhitespace(firstSender?.textContent ?? '') || undefined;
}

function readFrontItem(item: Element): CapturedMessage | null {
  const text = messageText(item, { exclude: MESSAGE_CHROME });
  if (item.matches(S.comment)) return capturedMessage(NAME, null, { role: 'note', author: textOf(item, S.commentAuthor), text });
  const author = textOf(item, S.sender);
  const contact = contactOf(item.ownerDocument, item.parentElement);
  return capturedMessage(NAME, null, { role: author && contact && author === contact ? 'customer' : 'agent', author, text });
}

const frontItems = {
  // Messages and comments are siblings in one list; its first item's parent is the root.
  root: (doc: Document) => cachedQuery(doc, ITEM)?.parentElement ?? null,
  meta(doc: Document, list: Element | null): Omit<PageReading, 'messages'> {
    if (!list) return { adapter: NAME, chatId: null, confidence: 'low', reason: NO_MESSAGES_FOUND };
    const meta: Omit<PageReading, 'messages'> = {
      adapter: NAME,
      // In-app URLs end with the conversation number (base-10 of the cnv_ id's base-36 part).
      chatId: idFromUrl(doc, [/\/open\/(cnv_[a-z0-9]+)/i, /\/(\d+)(?:\/?(?:[?#].*)?)$/]),
      confidence: 'low',
    };
    const customerName = contactOf(doc, list);
    if (customerName) meta.customerName = customerName;
    return meta;
  },
  itemSelector: ITEM,
  readItem: readFrontItem,
};

export const frontAdapter: HelpdeskAdapter = {
  name: NAME,
  label: 'Front',
  matches: ['https://app.frontapp.com/*'],
  confidence: 'low',
  checkedAgainst:
    'shared/helpdesks/front.md: one time-tracking integration (topbar, subject, messageViewerRecipient prefixes); message, sender, comment and composer prefixes follow the same naming family but are unverified',
  selectors: {
    topbar: {
      selector: S.topbar,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    subject: {
      selector: S.subject,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
    message: {
      selector: S.message,
      checkedOn: [
        [5, FIX.chat],
        [3, FIX.email],
      ],
    },
    recipient: {
      selector: S.recipient,
      checkedOn: [
        [5, FIX.chat],
        [3, FIX.email],
      ],
    },
    sender: {
      selector: S.sender,
      checkedOn: [
        [5, FIX.chat],
        [3, FIX.email],
      ],
    },
    comment: {
      selector: S.comment,
      checkedOn: [
        [0, FIX.chat],
        [2, FIX.email],
      ],
    },
    contactName: {
      selector: S.contactName,
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
    commentComposer: {
      selector: S.commentComposer,
      checkedOn: [
        [1, FIX.chat],
        [1, FIX.email],
      ],
    },
  },
  observeRoot: (doc) => doc.querySelector(S.message)?.parentElement ?? null,
  findComposer: (doc) => deepQuery<HTMLElement>(doc, S.composer),
  findNoteComposer: (doc) => deepQuery<HTMLElement>(doc, S.commentComposer),
  read: (doc) => readAllItems(frontItems, doc, NO_MESSAGES),
  incremental: frontItems,
};
