import type { Role } from '../transcript/message';
import {
  collapseWhitespace,
  finishReading,
  idFromUrl,
  isHiddenPane,
  looksLikeBotName,
  messageText,
  noConversation,
  parseTime,
  queryFirst,
  textOf,
} from './dom-utils';
import type { HelpdeskAdapter, PageReading } from './types';

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
  const marked = doc.querySelector(S.activePane);
  if (marked) return marked;
  const ticketId = idFromUrl(doc, [/\/agent\/tickets\/(\d+)/]);
  if (ticketId) {
    const anchored = doc.querySelector(`[data-side-conversations-anchor-id="${ticketId}"]`);
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
  read(doc): PageReading {
    const pane = activePane(doc);
    const log = pane?.querySelector(S.log);
    if (!pane || !log) return noConversation(NAME, 'high', 'No Zendesk ticket is open in the active tab.');
    const chatId =
      idFromUrl(doc, [/\/agent\/tickets\/(\d+)/]) ?? pane.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;
    const messages = [];
    for (const item of Array.from(log.querySelectorAll(S.item))) {
      const wrapper = item.querySelector(S.message);
      if (wrapper?.getAttribute('aria-hidden') === 'true') continue;
      const body = queryFirst(item, [S.chatBody, S.emailBody]);
      if (!body) continue;
      const author = textOf(item, `${S.sender} strong`, S.sender);
      messages.push({
        role: roleOf(item, author),
        author,
        text: messageText(body, { exclude: ['a[href*="/attachments/token/"]', 'img[src*="/attachments/token/"]'] }),
        at: parseTime(item.querySelector(S.time)?.getAttribute('datetime')),
      });
    }
    const subject = (pane.querySelector(S.subject) as HTMLInputElement | null)?.value ?? '';
    const fromSubject = /^conversation with (.+)$/i.exec(collapseWhitespace(subject))?.[1];
    const status = textOf(pane, S.statusField)?.toLowerCase() ?? '';
    return finishReading(
      NAME,
      'high',
      {
        chatId,
        messages,
        closed: /\b(solved|closed)\b/.test(status),
        customerName: fromSubject ?? messages.find((m) => m.role === 'customer')?.author,
      },
      'The open Zendesk ticket has no messages yet.',
    );
  },
};
