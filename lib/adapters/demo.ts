import { isRole } from '../transcript/message';
import { cachedQuery } from './query-cache';
import type { CapturedMessage, HelpdeskAdapter } from './types';

/**
 * The demo helpdesk served by `npm run demo` (demo/). Its markup is ours, so every hook is a
 * stable data attribute; it is the reference adapter the others are modelled on.
 */
const S = {
  conversation: '[data-tact-demo="conversation"][data-active="true"]',
  message: '[data-tact-demo="message"]',
  text: '[data-tact-demo="text"]',
  author: '[data-tact-demo="author"]',
  time: 'time[datetime]',
  composer: '[data-tact-demo="composer"]',
  customerName: '[data-tact-demo="customer-name"]',
} as const;

export const demoAdapter: HelpdeskAdapter = {
  name: 'demo',
  label: 'Tact demo helpdesk',
  matches: ['http://127.0.0.1/*', 'http://localhost/*', 'http://demo.tact.test/*'],
  confidence: 'high',
  checkedAgainst: 'demo/ in this repository (its markup is ours)',
  selectors: {
    conversation: { selector: S.conversation, checkedOn: [] },
    message: { selector: S.message, checkedOn: [] },
    composer: { selector: S.composer, checkedOn: [] },
  },
  observeRoot: (doc) => doc.querySelector('[data-tact-demo="workspace"]'),
  findComposer: (doc) => doc.querySelector<HTMLElement>(S.composer),
  read(doc) {
    const root = doc.querySelector(S.conversation);
    const messages: CapturedMessage[] = [];
    for (const el of root?.querySelectorAll(S.message) ?? []) {
      const m = readDemoMessage(el);
      if (m) messages.push(m);
    }
    return { ...readDemoMeta(doc, root), messages };
  },
  incremental: {
    root: (doc) => cachedQuery(doc, S.conversation),
    meta: readDemoMeta,
    itemSelector: S.message,
    readItem: readDemoMessage,
  },
};

function readDemoMeta(doc: Document, conversation: Element | null) {
  if (!conversation) return { adapter: 'demo', chatId: null, confidence: 'high' as const, reason: 'No conversation is open.' };
  return {
    adapter: 'demo',
    chatId: conversation.getAttribute('data-chat-id'),
    confidence: 'high' as const,
    closed: conversation.getAttribute('data-status') === 'closed',
    customerName: cachedQuery(doc, S.customerName)?.textContent?.trim() || undefined,
  };
}

function readDemoMessage(el: Element): CapturedMessage | null {
  const role = el.getAttribute('data-role');
  const id = el.getAttribute('data-id');
  const text = el.querySelector(S.text)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!isRole(role) || !text || !id) return null;
  const datetime = el.querySelector(S.time)?.getAttribute('datetime');
  return {
    id,
    role,
    text,
    author: el.querySelector(S.author)?.textContent?.trim() || undefined,
    at: datetime ? Date.parse(datetime) : undefined,
  };
}
