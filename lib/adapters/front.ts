import type { Role } from '../transcript/message';
import { collapseWhitespace, deepQuery, finishReading, idFromUrl, messageText, noConversation, textOf } from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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
  read(doc): PageReading {
    const first = doc.querySelector(`${S.message}, ${S.comment}`);
    if (!first) {
      return noConversation(NAME, 'low', 'Tact could not find Front messages on this page: use "Teach Tact this page".');
    }
    const messageItems = Array.from(doc.querySelectorAll(`${S.message}, ${S.comment}`));
    const senders = messageItems.map((item) => textOf(item, S.sender));
    // The contact the conversation is with; without a contact card, whoever wrote first.
    const contact = textOf(doc, S.contactName) ?? senders.find(Boolean);
    const messages = messageItems.map((item, index) => {
      if (item.matches(S.comment)) {
        return { role: 'note' as Role, author: textOf(item, S.commentAuthor), text: messageText(item, { exclude: MESSAGE_CHROME }) };
      }
      const author = senders[index];
      const role: Role = author && contact && collapseWhitespace(author) === contact ? 'customer' : 'agent';
      return { role, author, text: messageText(item, { exclude: MESSAGE_CHROME }) };
    });
    return finishReading(
      NAME,
      'low',
      {
        // In-app URLs end with the conversation number (base-10 of the cnv_ id's base-36 part).
        chatId: idFromUrl(doc, [/\/open\/(cnv_[a-z0-9]+)/i, /\/(\d+)(?:\/?(?:[?#].*)?)$/]),
        messages,
        customerName: contact,
      },
      'This Front conversation shows no messages yet.',
    );
  },
};
