import type { Role } from '../transcript/message';
import type { CapturedMessage, Confidence, PageReading } from './types';

/**
 * Small DOM helpers shared by the named helpdesk adapters. Pure DOM (no extension APIs), so they
 * run in happy-dom tests, in the content script and in the `extract` CLI's injected bundle.
 */

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Elements whose text is never part of a message: chrome, scripts, screen-reader duplicates. */
const ALWAYS_EXCLUDED = 'script, style, template, noscript, button, svg, [aria-hidden="true"], [hidden]';

/** Markers that start quoted e-mail history; they and everything after them are dropped. */
const QUOTE_STARTERS = [
  'blockquote',
  '.gmail_quote',
  '.gmail_attr',
  '.yahoo_quoted',
  '#appendonsend',
  '#divRplyFwdMsg',
  '.quoted-history',
  'div[style*="border-top:solid #E1E1E1"]',
  'div[style*="border-top: solid #E1E1E1"]',
  'div[style*="border-top:solid #B5C4DF"]',
  'hr',
].join(', ');

/** Signature blocks that mail clients and helpdesks mark up explicitly. */
const SIGNATURE_SELECTORS = '.signature, .gmail_signature, [data-signature], .moz-signature, #Signature';

/** A paragraph that introduces quoted history in plain-text replies ("On Mon, 3 Feb, Ana wrote:"). */
const ATTRIBUTION_LINE =
  /^(on .{4,200} wrote:|le .{4,200} a écrit :|am .{4,200} schrieb .{1,80}:|-{2,}\s*original message\s*-{2,}|sent from my [\w ]{2,30}|get outlook for [\w ]{2,20}|--)$/i;

/** Cheap pre-check on the whole text before looking for an attribution paragraph. */
const MAY_HOLD_ATTRIBUTION = /wrote:|a écrit|schrieb|original message|sent from my|get outlook|(^| )--( |$)/i;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Text of a subtree with block boundaries kept as spaces (textContent glues "<p>a</p><p>b</p>"). */
export function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    const tag = (n as Element).tagName;
    const isBlock = tag !== undefined && BLOCK_TAGS.has(tag);
    if (isBlock) parts.push(' ');
    // Sibling pointers, not Array.from(childNodes): no array per node on the capture fast path.
    for (let child = n.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) parts.push(' ');
  };
  walk(node);
  return collapseWhitespace(parts.join(''));
}

/** Removes `el` and every node after it inside `root` (quoted history runs to the end). */
function removeFromHere(el: Element, root: Element): void {
  let current: Element | null = el;
  while (current && current !== root) {
    while (current.nextSibling) current.nextSibling.remove();
    current = current.parentElement;
  }
  el.remove();
}

export interface MessageTextOptions {
  /** Extra selectors (inside the body) to drop: attachment chips, meta rows, translations. */
  exclude?: string[];
  /** Drop quoted e-mail history and signatures (default true). */
  stripQuotes?: boolean;
}

/**
 * The new text of one message body: a detached copy with chrome, quoted e-mail history and
 * signatures removed, whitespace collapsed. Never touches the live page.
 */
export function messageText(body: Element, options: MessageTextOptions = {}): string {
  const strip = options.stripQuotes !== false;
  const drop = [ALWAYS_EXCLUDED, ...(options.exclude ?? [])].join(', ');
  // Fast path (most chat messages): nothing to remove, so read the text without copying the subtree.
  if (!body.querySelector(strip ? `${drop}, ${SIGNATURE_SELECTORS}, ${QUOTE_STARTERS}` : drop)) {
    const text = blockText(body);
    if (!strip || !MAY_HOLD_ATTRIBUTION.test(text)) return text;
  }
  const copy = body.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(drop))) el.remove();
  if (strip) {
    for (const el of Array.from(copy.querySelectorAll(SIGNATURE_SELECTORS))) el.remove();
    const quote = copy.querySelector(QUOTE_STARTERS);
    if (quote) removeFromHere(quote, copy);
    for (const el of Array.from(copy.querySelectorAll('p, div'))) {
      if (el.children.length === 0 && ATTRIBUTION_LINE.test(collapseWhitespace(el.textContent ?? ''))) {
        removeFromHere(el, copy);
        break;
      }
    }
  }
  return blockText(copy);
}

type Root = Document | Element | ShadowRoot;

/** Same-origin iframe documents reachable from `root` (cross-origin frames throw; skipped). */
function frameDocuments(root: Root): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
    try {
      const doc = (frame as HTMLIFrameElement).contentDocument;
      if (doc?.documentElement) docs.push(doc);
    } catch {
      // Cross-origin: not ours to read.
    }
  }
  return docs;
}

/**
 * querySelectorAll that also looks inside open shadow roots and same-origin iframes
 * (Salesforce Lightning renders LWC in shadow trees; some editors live in iframes).
 * Light-DOM matches come first, then matches inside each shadow root / frame in document order.
 */
export function deepQueryAll<E extends Element = Element>(root: Root, selector: string): E[] {
  const found: E[] = Array.from(root.querySelectorAll<E>(selector));
  const hosts = Array.from(root.querySelectorAll('*')).filter((el) => el.shadowRoot);
  // A host passed as the root: its own shadow tree belongs to the search too.
  if ('shadowRoot' in root && root.shadowRoot) hosts.unshift(root);
  for (const host of hosts) found.push(...deepQueryAll<E>(host.shadowRoot as ShadowRoot, selector));
  for (const doc of frameDocuments(root)) found.push(...deepQueryAll<E>(doc, selector));
  return found;
}

export function deepQuery<E extends Element = Element>(root: Root, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  return deepQueryAll<E>(root, selector)[0] ?? null;
}

/** The first selector of a fallback list that finds something inside `root`. */
export function queryFirst<E extends Element = Element>(root: Root, selectors: readonly string[]): E | null {
  for (const selector of selectors) {
    const el = root.querySelector<E>(selector);
    if (el) return el;
  }
  return null;
}

/** Hidden by the product (inactive tab pane): `hidden`, aria-hidden, display:none or inert. */
export function isHiddenPane(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true' || cur.hasAttribute('inert')) return true;
    const style = cur.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Epoch ms from what helpdesks show: an ISO `datetime`, "14:02", "4:47 PM", "Feb 13, 4:47 PM",
 * "(Mon, 12 Jan 2026 at 3:00 PM)". Times without a date are taken as `now`'s day; undefined when
 * the text is relative ("5 minutes ago") or unreadable, so callers never store a wrong time.
 */
export function parseTime(raw: string | null | undefined, now: Date = new Date()): number | undefined {
  if (!raw) return undefined;
  const text = collapseWhitespace(raw)
    .replace(/^\(|\)$/g, '')
    .replace(/\bat\b/i, ' ');
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const iso = Date.parse(text);
    return Number.isNaN(iso) ? undefined : iso;
  }
  const clock = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?/i.exec(text);
  if (!clock) return undefined;
  let hours = Number(clock[1]);
  const minutes = Number(clock[2]);
  const meridiem = clock[4]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const dateText = text.slice(0, clock.index);
  const monthMatch = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(dateText);
  if (monthMatch?.[1]) {
    // Year, then day 1, then month: avoids overflow (31 Jan → "Feb" would roll into March).
    const year = /\b(\d{4})\b/.exec(dateText);
    if (year) day.setFullYear(Number(year[1]));
    day.setDate(1);
    day.setMonth(MONTHS.indexOf(monthMatch[1].toLowerCase()));
    const dayNumber = /\b(\d{1,2})\b/.exec(dateText.replace(/\b\d{4}\b/, ''));
    if (dayNumber) day.setDate(Number(dayNumber[1]));
  }
  day.setHours(hours, minutes, Number(clock[3] ?? 0), 0);
  return day.getTime();
}

/** FNV-1a, base 36: short stable keys for messages the helpdesk gives no id. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Gives messages without a helpdesk id a key from role + text + how many identical messages came
 * before, so a re-render of the same list yields the same keys ("ok" twice stays two messages).
 */
export function assignDerivedIds(messages: Array<Omit<CapturedMessage, 'id'> & { id?: string }>, prefix: string): CapturedMessage[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    if (m.id) return m as CapturedMessage;
    const key = `${m.role}|${m.author ?? ''}|${m.text}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { ...m, id: `${prefix}-${hashText(key)}-${n}` };
  });
}

/** Text of the first element matching any of `selectors` inside `root`, collapsed, or undefined. */
export function textOf(root: Root | null | undefined, ...selectors: string[]): string | undefined {
  if (!root) return undefined;
  const el = queryFirst(root, selectors);
  const text = el ? collapseWhitespace(el.textContent ?? '') : '';
  return text || undefined;
}

/** A message id from the page URL, tried against each regex in turn (first capture group). */
export function idFromUrl(doc: Document, patterns: readonly RegExp[]): string | null {
  const href = doc.location?.href ?? '';
  for (const pattern of patterns) {
    const match = pattern.exec(href);
    if (match?.[1]) return match[1];
  }
  return null;
}

export interface ReadingParts {
  chatId: string | null;
  messages: Array<Omit<CapturedMessage, 'id'> & { id?: string }>;
  closed?: boolean;
  customerName?: string;
}

/** Assembles a PageReading: derived ids, no empty messages, a reason when nothing was read. */
export function finishReading(adapter: string, confidence: Confidence, parts: ReadingParts, emptyReason: string): PageReading {
  const messages = assignDerivedIds(
    parts.messages.filter((m) => m.text.length > 0),
    parts.chatId ? `${adapter}-${parts.chatId}` : adapter,
  );
  const reading: PageReading = { adapter, chatId: parts.chatId, confidence, messages };
  if (messages.length === 0) reading.reason = emptyReason;
  if (parts.closed !== undefined) reading.closed = parts.closed;
  if (parts.customerName) reading.customerName = parts.customerName;
  return reading;
}

/** An empty reading with a sentence for the agent. */
export function noConversation(adapter: string, confidence: Confidence, reason: string): PageReading {
  return { adapter, chatId: null, confidence, messages: [], reason };
}

/** Roles guessed from a display name when the product has no bot hook (Zendesk, LiveChat). */
export function looksLikeBotName(name: string | undefined): boolean {
  return !!name && /(\b|chat|answer|help|support|routing|virtual)bot\b|\b(virtual assistant|automated|ai agent|fin)\b/i.test(name);
}

export type { Role };

// ---------------------------------------------------------------------------------------------
// Incremental readers (the capture fast path): one element at a time, no siblings, no layout.

/**
 * Key of a message the helpdesk gives no id: role, author, time and text, so the same element
 * read alone (capture) or in a full read gets the same key. Identical messages in one reading are
 * told apart by `uniqueIds` (`id~2`), exactly as capture does.
 */
export function derivedId(prefix: string, m: Omit<CapturedMessage, 'id'>): string {
  return `${prefix}-${hashText(`${m.role}|${m.author ?? ''}|${m.at ?? ''}|${m.text}`)}`;
}

/** A message with a derived id, dropping undefined author/time (so readings compare equal). */
export function capturedMessage(prefix: string, id: string | null | undefined, m: Omit<CapturedMessage, 'id'>): CapturedMessage | null {
  if (!m.text) return null;
  const message: CapturedMessage = { id: id || derivedId(prefix, m), role: m.role, text: m.text };
  if (m.author) message.author = m.author;
  if (m.at !== undefined) message.at = m.at;
  return message;
}

/** Second and later messages with the same id become `id~2`, `id~3` (capture's own rule). */
export function uniqueIds(messages: CapturedMessage[]): CapturedMessage[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const count = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, count);
    return count > 1 ? { ...m, id: `${m.id}~${count}` } : m;
  });
}

/** The parts of HelpdeskAdapter['incremental'] a full read needs. */
export interface ItemReader {
  root(doc: Document): Element | null;
  meta(doc: Document, root: Element | null): Omit<PageReading, 'messages'>;
  itemSelector: string;
  order?: 'oldest-first' | 'newest-first';
  readItem(el: Element): CapturedMessage | null;
}

/**
 * A full read built from the incremental reader, so both paths agree by construction: the root,
 * every item read alone in document order (reversed for newest-first threads), capture's
 * duplicate-id rule, and the meta of the same root.
 */
export function readAllItems(reader: ItemReader, doc: Document, emptyReason: string): PageReading {
  const root = reader.root(doc);
  const meta = reader.meta(doc, root);
  if (!root) return { ...meta, messages: [] };
  const messages: CapturedMessage[] = [];
  for (const el of Array.from(root.querySelectorAll(reader.itemSelector))) {
    const message = reader.readItem(el);
    if (message) messages.push(message);
  }
  // `order` is read after root(): Help Scout decides it from the root it found.
  if (reader.order === 'newest-first') messages.reverse();
  const reading: PageReading = { ...meta, messages: uniqueIds(messages) };
  if (messages.length === 0) reading.reason = meta.reason ?? emptyReason;
  return reading;
}
