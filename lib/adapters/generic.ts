import { deriveSelector } from '../picker/derive-selector';
import type { Role } from '../transcript/message';
import { collapseWhitespace, hashText, looksLikeBotName, noConversation } from './dom-utils';
import { COMPOSER_SELECTOR, findTranscript, isItemCandidate, type TranscriptCandidate } from './generic-container';
import { type GenericItem, readGenericItem } from './generic-item';
import type { CapturedMessage, Confidence, HelpdeskAdapter, PageReading } from './types';

/**
 * The adapter for pages no named adapter or saved site definition claims. It reads by structure
 * (see generic-container.ts) and tells the agent from the customer with the clues a person uses:
 * "You", the signed-in account's name, the outgoing side, role words in the markup. When it is
 * unsure it says so, and the sidebar asks "Is this the conversation?" instead of guessing.
 */

const SYSTEM_EVENT =
  /\b(joined|left) the (chat|conversation)|\b(assigned|transferred|reassigned|escalated) (to|the)\b|\bchat (started|ended|closed|transferred)\b|\b(conversation|ticket|chat) (was )?(closed|reopened|resolved|solved|opened|created|assigned|merged)\b|\bmarked (as )?(solved|resolved|closed|spam)\b|\bstatus changed\b|\b(is|are) now (online|offline|away)\b|\bchanged the (status|priority|subject)\b/i;
/** Logs that name the side instead of the person ("Visitor:", "Agent:"). */
const ROLE_NAMES = {
  customer: /^(customer|visitor|client|guest|user|end user|requester|contact)( \d+)?$/i,
  agent: /^(agent|operator|support( team)?|staff|rep|representative|advisor)( \d+)?$/i,
};
const SELF_NAMES = /^(you|me|yourself)(\s*\(you\))?$|\(you\)$/i;
const ACCOUNT_SELECTORS = [
  '[data-current-user]',
  '[aria-label*="account" i]',
  '[aria-label*="signed in" i]',
  '[class*="current-user" i]',
  '[class*="currentUser" i]',
  '[class*="account-name" i]',
  '[class*="user-menu" i]',
  '[id*="current-user" i]',
];

/** The signed-in agent's display name when the page shows it ("Signed in as Sam Rivera"). */
export function accountName(doc: Document): string | undefined {
  for (const selector of ACCOUNT_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const fromAttr = el.getAttribute('data-current-user');
      const raw = fromAttr || el.getAttribute('aria-label') || el.textContent || '';
      const text = collapseWhitespace(raw)
        .replace(/^(account|signed in as|logged in as|profile)[:\s]*/i, '')
        .replace(/[,(].*$/, '')
        .trim();
      if (text && text.length <= 40 && text.split(' ').length <= 4) return text;
    }
  }
  // "Signed in as Sam Rivera" in the header: read element by element so the name does not run
  // into the next heading's words.
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length > 80) continue;
    const signedIn = /\b(?:signed|logged) in as:?\s+([^·|,()]{2,40}?)\s*(?:[·|,(]|$)/i.exec(text);
    if (signedIn?.[1]) return signedIn[1].trim();
  }
  return undefined;
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

interface RoleDecision {
  role: Role;
  /** How the role was decided: 'marked' (words/labels), 'side', 'author', 'guess'. */
  basis: 'marked' | 'side' | 'author' | 'guess';
}

/**
 * Roles for every message: explicit words first, then "You"/the account name, then the side
 * (right is the agent's unless "You" sits on the left), then what the same author got elsewhere,
 * then event wording for system lines, and last the convention that the customer writes first.
 */
/** What the full read learned about the page, so one new message can be read on its own. */
export interface RoleContext {
  account?: string;
  rightIsAgent: boolean;
  hasRight: boolean;
  hasLeft: boolean;
  byAuthor: Map<string, Role>;
}

export function assignRoles(items: GenericItem[], account: string | undefined, learned?: (context: RoleContext) => void): RoleDecision[] {
  const decisions: Array<RoleDecision | undefined> = items.map(() => undefined);
  const sideVotes = { right: { agent: 0, customer: 0 }, left: { agent: 0, customer: 0 } };
  items.forEach((item, i) => {
    if (item.hint === 'note' || item.hint === 'bot' || item.hint === 'system') {
      decisions[i] = { role: item.hint, basis: 'marked' };
    } else if (item.author && (SELF_NAMES.test(item.author) || sameName(item.author, account))) {
      decisions[i] = { role: 'agent', basis: 'author' };
    } else if (item.hint) {
      decisions[i] = { role: item.hint, basis: 'marked' };
    }
    const decided = decisions[i];
    if (decided && (decided.role === 'agent' || decided.role === 'customer') && (item.side === 'left' || item.side === 'right')) {
      sideVotes[item.side][decided.role]++;
    }
  });
  // Which side is the agent's: the evidence on the page, else the near-universal convention.
  const rightIsAgent = sideVotes.left.agent + sideVotes.right.customer <= sideVotes.right.agent + sideVotes.left.customer;
  const hasRight = items.some((i) => i.side === 'right');
  const hasLeft = items.some((i) => i.side === 'left');
  items.forEach((item, i) => {
    if (decisions[i]) return;
    if (item.side === 'center' && !item.author) {
      decisions[i] = { role: 'system', basis: 'side' };
    } else if (item.side === 'right') {
      decisions[i] = { role: rightIsAgent ? 'agent' : 'customer', basis: 'side' };
    } else if (item.side === 'left') {
      decisions[i] = { role: rightIsAgent ? 'customer' : 'agent', basis: 'side' };
    }
  });
  // Same author, same role: learn from what is already decided.
  const byAuthor = new Map<string, Role>();
  items.forEach((item, i) => {
    const d = decisions[i];
    if (item.author && d && (d.role === 'agent' || d.role === 'customer' || d.role === 'bot'))
      byAuthor.set(item.author.toLowerCase(), d.role);
  });
  items.forEach((item, i) => {
    if (decisions[i]) return;
    const known = item.author ? byAuthor.get(item.author.toLowerCase()) : undefined;
    if (known) decisions[i] = { role: known, basis: 'author' };
    else if (looksLikeBotName(item.author)) decisions[i] = { role: 'bot', basis: 'author' };
    else if (item.author && ROLE_NAMES.customer.test(item.author)) decisions[i] = { role: 'customer', basis: 'author' };
    else if (item.author && ROLE_NAMES.agent.test(item.author)) decisions[i] = { role: 'agent', basis: 'author' };
    else if (!item.author && !item.hasAvatar && SYSTEM_EVENT.test(item.text)) decisions[i] = { role: 'system', basis: 'marked' };
  });
  // One side marked (outgoing bubbles only), the rest plain: the plain ones are the other side.
  if (hasRight && !hasLeft) {
    items.forEach((item, i) => {
      if (!decisions[i] && !item.author) decisions[i] = { role: rightIsAgent ? 'customer' : 'agent', basis: 'side' };
    });
  }
  // Authors only (e-mail threads, plain logs): the first person to write is the customer.
  items.forEach((item, i) => {
    if (decisions[i]) return;
    const author = item.author?.toLowerCase();
    if (!author) {
      decisions[i] = { role: 'customer', basis: 'guess' };
      return;
    }
    let role = byAuthor.get(author);
    // Someone else's side is known (the account's name, "You"): a new name is the other side.
    const anchored = [...byAuthor.values()].some((r) => r === 'agent' || r === 'customer');
    if (!role) {
      role = [...byAuthor.values()].includes('customer') ? 'agent' : 'customer';
      byAuthor.set(author, role);
    }
    decisions[i] = { role, basis: anchored ? 'author' : 'guess' };
  });
  learned?.({ account, rightIsAgent, hasRight, hasLeft, byAuthor });
  return decisions.map((d) => d ?? { role: 'customer', basis: 'guess' });
}

/** The role of one message read after the full read (capture's fast path), same order of clues. */
export function roleInContext(item: GenericItem, ctx: RoleContext): Role {
  if (item.hint === 'note' || item.hint === 'bot' || item.hint === 'system') return item.hint;
  if (item.author && (SELF_NAMES.test(item.author) || sameName(item.author, ctx.account))) return 'agent';
  if (item.hint) return item.hint;
  if (item.side === 'center' && !item.author) return 'system';
  if (item.side === 'right') return ctx.rightIsAgent ? 'agent' : 'customer';
  if (item.side === 'left') return ctx.rightIsAgent ? 'customer' : 'agent';
  const known = item.author ? ctx.byAuthor.get(item.author.toLowerCase()) : undefined;
  if (known) return known;
  if (looksLikeBotName(item.author)) return 'bot';
  if (item.author && ROLE_NAMES.customer.test(item.author)) return 'customer';
  if (item.author && ROLE_NAMES.agent.test(item.author)) return 'agent';
  if (!item.author && !item.hasAvatar && SYSTEM_EVENT.test(item.text)) return 'system';
  if (ctx.hasRight && !ctx.hasLeft && !item.author) return ctx.rightIsAgent ? 'customer' : 'agent';
  if (item.author) return [...ctx.byAuthor.values()].includes('customer') ? 'agent' : 'customer';
  return 'customer';
}

/** Newest-first lists (e-mail threads, column-reverse chats) are turned oldest first. */
function isNewestFirst(candidate: TranscriptCandidate): boolean {
  const view = candidate.list.ownerDocument.defaultView;
  try {
    const direction = (candidate.list as HTMLElement).style?.flexDirection || view?.getComputedStyle(candidate.list).flexDirection;
    if (direction === 'column-reverse') return true;
  } catch {
    // No computed style: fall through to times.
  }
  const words = [candidate.list, candidate.list.parentElement].flatMap((el) =>
    el ? [el.getAttribute('data-order') ?? '', el.getAttribute('aria-label') ?? '', el.className?.toString() ?? ''] : [],
  );
  if (words.some((w) => /newest[\s_-]*first|reverse[\s_-]*chron/i.test(w))) return true;
  const times = candidate.items.map((i) => i.at).filter((t): t is number => t !== undefined);
  if (times.length < 2) return false;
  let up = 0;
  let down = 0;
  for (let i = 1; i < times.length; i++) {
    const a = times[i - 1] as number;
    const b = times[i] as number;
    if (b > a) up++;
    if (b < a) down++;
  }
  return down > up;
}

function chatIdOf(doc: Document, list: Element): string | null {
  for (let el: Element | null = list; el; el = el.parentElement) {
    for (const name of ['data-conversation-id', 'data-chat-id', 'data-thread-id', 'data-ticket-id', 'data-room-id']) {
      const value = el.getAttribute(name);
      if (value) return value;
    }
  }
  const href = doc.location?.href ?? '';
  const idInPath = /\/([A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)\/?(?:[?#]|$)/.exec(href.replace(/^[a-z]+:\/\/[^/]+/, ''));
  if (idInPath?.[1]) return idInPath[1];
  return null;
}

function confidenceOf(candidate: TranscriptCandidate, decisions: RoleDecision[]): Confidence {
  const guessed = decisions.filter((d) => d.basis === 'guess').length / Math.max(1, decisions.length);
  const strong =
    candidate.signals.includes('live region') || candidate.signals.includes('chat words') || candidate.signals.includes('two sides');
  if (candidate.score >= 20 && strong && guessed === 0) return 'high';
  if (candidate.score >= 12 && guessed <= 0.5) return 'medium';
  return 'low';
}

interface GenericSession {
  doc: Document;
  list: Element;
  itemSelector: string;
  newestFirst: boolean;
  roles: RoleContext;
  meta: Omit<PageReading, 'messages'>;
}

/** The last full read, for capture's fast path (a content script reads one document). */
let session: GenericSession | null = null;

function messageId(prefix: string, role: Role, author: string | undefined, text: string): string {
  return `${prefix}-${hashText(`${role}|${author ?? ''}|${text}`)}`;
}

/** Ids the way capture makes them unique: the second identical message gets `~2`. */
function uniqueIds(messages: CapturedMessage[]): CapturedMessage[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const count = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, count);
    return count > 1 ? { ...m, id: `${m.id}~${count}` } : m;
  });
}

/** Reads the page with the generic heuristics; `reason` is set when unsure or empty. */
export function readGeneric(doc: Document): PageReading {
  const candidate = findTranscript(doc);
  if (!candidate) {
    session = null;
    return noConversation('generic', 'low', 'No conversation found on this page: nothing here looks like a list of messages.');
  }
  const kept = candidate.items.filter((i) => i.text && !i.isSeparator);
  if (!looksLikeProse(kept)) {
    session = null;
    return noConversation(
      'generic',
      'low',
      'No conversation found on this page: the repeated blocks here are labels or figures, not messages.',
    );
  }
  // Chronological order first: "who wrote first" only means something oldest first.
  const newestFirst = isNewestFirst({ ...candidate, items: kept });
  if (newestFirst) kept.reverse();
  let roles: RoleContext = { rightIsAgent: true, hasRight: false, hasLeft: false, byAuthor: new Map() };
  const decisions = assignRoles(kept, accountName(doc), (learned) => {
    roles = learned;
  });
  const chatId = chatIdOf(doc, candidate.list);
  const prefix = chatId ? `generic-${chatId}` : 'generic';
  const messages: CapturedMessage[] = uniqueIds(
    kept.map((item, i) => {
      const role = (decisions[i] as RoleDecision).role;
      return {
        id: messageId(prefix, role, item.author, item.text),
        role,
        text: item.text,
        ...(item.author ? { author: item.author } : {}),
        ...(item.at !== undefined ? { at: item.at } : {}),
      };
    }),
  );
  const confidence = confidenceOf(candidate, decisions);
  const meta: Omit<PageReading, 'messages'> = { adapter: 'generic', chatId, confidence };
  if (messages.length === 0) meta.reason = 'No conversation found on this page.';
  else if (confidence === 'low') meta.reason = 'Tact is not sure this is the conversation: it guessed from the page layout.';
  session = {
    doc,
    list: candidate.list,
    itemSelector: `${deriveSelector(candidate.list, doc)}${candidate.groupStep ? ` > ${candidate.groupStep}` : ''} > *`,
    newestFirst,
    roles,
    meta,
  };
  return { ...meta, messages };
}

function currentSession(doc: Document): GenericSession | null {
  if (session && session.doc === doc && session.list.isConnected) return session;
  readGeneric(doc);
  return session;
}

/** One message element under the list, read with what the full read learned. */
/**
 * People write sentences: a list where most entries are a word or a number (a report table, a
 * menu, a tag list) is not a conversation, however regular its structure.
 */
function looksLikeProse(items: ReadonlyArray<{ text: string }>): boolean {
  const sentences = items.filter((i) => /\p{L}/u.test(i.text) && i.text.trim().split(/\s+/).length >= 3).length;
  return sentences >= Math.max(2, Math.ceil(items.length / 3));
}

function readGenericMessage(el: Element): CapturedMessage | null {
  const s = session;
  const list = el.parentElement;
  if (!s || !list || !isItemCandidate(el)) return null;
  const item = readGenericItem(el, list, { sideOnlyIfUnmarked: true });
  if (!item.text || item.isSeparator) return null;
  const role = roleInContext(item, s.roles);
  const prefix = s.meta.chatId ? `generic-${s.meta.chatId}` : 'generic';
  return {
    id: messageId(prefix, role, item.author, item.text),
    role,
    text: item.text,
    ...(item.author ? { author: item.author } : {}),
    ...(item.at !== undefined ? { at: item.at } : {}),
  };
}

export const genericAdapter: HelpdeskAdapter = {
  name: 'generic',
  label: 'Any page (structure)',
  matches: ['<all_urls>'],
  confidence: 'low',
  checkedAgainst: 'tests/fixtures/generic/*.html: ten layouts written for Tact (chat, e-mail, aria-first, tables)',
  selectors: {},
  read: readGeneric,
  /**
   * Capture's fast path: the full read finds the list once (hundreds of ms on a 1,000-message
   * page); afterwards only added or changed messages are read, each in the context it learned.
   * `itemSelector` and `order` follow the last full read (one document per content script).
   */
  incremental: {
    root: (doc) => currentSession(doc)?.list ?? null,
    meta: (doc) =>
      currentSession(doc)?.meta ?? { adapter: 'generic', chatId: null, confidence: 'low', reason: 'No conversation found on this page.' },
    get itemSelector() {
      return session?.itemSelector ?? ':not(*)';
    },
    get order() {
      return session?.newestFirst ? ('newest-first' as const) : ('oldest-first' as const);
    },
    readItem: readGenericMessage,
  },
  observeRoot(doc) {
    const candidate = findTranscript(doc);
    return candidate?.list.parentElement ?? doc.body;
  },
  findComposer(doc) {
    const candidate = findTranscript(doc);
    const composers = Array.from(doc.querySelectorAll<HTMLElement>(COMPOSER_SELECTOR));
    if (!candidate || composers.length <= 1) return composers[0] ?? null;
    // The composer closest to the transcript (fewest steps up to a shared ancestor).
    let best: HTMLElement | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const composer of composers) {
      let distance = 0;
      for (let el: Element | null = candidate.list; el && !el.contains(composer); el = el.parentElement) distance++;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = composer;
      }
    }
    return best;
  },
};
