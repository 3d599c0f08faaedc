import { blockText, collapseWhitespace, looksLikeBotName, messageText, parseTime } from './dom-utils';

/**
 * Reads one message-like block of an unknown page: its body text, author, time, and the clues to
 * its role (class words, data attributes, aria labels, alignment). Pure DOM, no layout required;
 * geometry is used only when the browser has laid the page out (happy-dom has no layout).
 */

export type Side = 'left' | 'right' | 'center';
export type RoleHint = 'customer' | 'agent' | 'bot' | 'system' | 'note';

export interface GenericItem {
  el: Element;
  text: string;
  author?: string;
  at?: number;
  /** Raw time text as shown (for newest-first detection when `at` cannot be parsed). */
  timeText?: string;
  /** Role words found on the block (classes, data-*, aria-label, badges). */
  hint?: RoleHint;
  side?: Side;
  /** True when the block has a picture or initials avatar (people, not system lines). */
  hasAvatar: boolean;
  /** A date separator ("Today", "Monday, 3 March") rather than a message. */
  isSeparator: boolean;
  /** Most of the text sits inside links: a preview or menu entry, not a message. */
  mostlyLinks: boolean;
  truncated: boolean;
}

/** Splits class names, ids and data values into lowercase words: "msg--outgoing", "MessageIn". */
export function wordsOf(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
}

const AGENT_WORDS = new Set([
  'outgoing',
  'outbound',
  'sent',
  'out',
  'me',
  'mine',
  'self',
  'own',
  'agent',
  'operator',
  'staff',
  'admin',
  'local',
  'you',
]);
const CUSTOMER_WORDS = new Set([
  'incoming',
  'inbound',
  'received',
  'in',
  'them',
  'other',
  'customer',
  'visitor',
  'contact',
  'client',
  'requester',
  'guest',
  'remote',
  'enduser',
]);
const NOTE_WORDS = new Set(['note', 'internal', 'private', 'whisper']);
const BOT_WORDS = new Set(['bot', 'automated', 'automation', 'assistant', 'autoreply', 'ai']);
const SYSTEM_WORDS = new Set(['system', 'event', 'notice', 'activity', 'divider', 'info', 'announcement', 'separator']);
const RIGHT_WORDS = new Set(['right', 'end']);
const LEFT_WORDS = new Set(['left', 'start']);

/** Attributes whose values carry role words; `class` and `id` split into words too. */
const HINT_ATTRIBUTES = [
  'class',
  'data-role',
  'data-type',
  'data-direction',
  'data-side',
  'data-sender',
  'data-sender-type',
  'data-author-type',
  'data-from',
  'data-kind',
  'data-message-type',
  'data-variant',
  'data-align',
  'data-owner',
];

function elementWords(el: Element): string[] {
  const words: string[] = [];
  for (const name of HINT_ATTRIBUTES) words.push(...wordsOf(el.getAttribute(name)));
  return words;
}

/** Role and side words on the block and its wrappers down to `depth` levels (bubble inside row). */
function collectWords(el: Element, depth: number): string[] {
  const words = elementWords(el);
  if (depth > 0) {
    for (const child of Array.from(el.children)) words.push(...collectWords(child, depth - 1));
  }
  return words;
}

/**
 * Role from words. System words count only on the block itself (`ownWords`): a "status" or
 * "info" class deep inside a bubble is a read receipt, not a system line.
 */
export function hintFromWords(words: string[], ownWords: string[] = words): RoleHint | undefined {
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  if (has(NOTE_WORDS)) return 'note';
  if (has(BOT_WORDS)) return 'bot';
  const agent = has(AGENT_WORDS);
  const customer = has(CUSTOMER_WORDS);
  if (agent && !customer) return 'agent';
  if (customer && !agent) return 'customer';
  if (ownWords.some((w) => SYSTEM_WORDS.has(w))) return 'system';
  return undefined;
}

function sideFromWords(words: string[]): Side | undefined {
  const right = words.some((w) => RIGHT_WORDS.has(w));
  const left = words.some((w) => LEFT_WORDS.has(w));
  if (right && !left) return 'right';
  if (left && !right) return 'left';
  if (words.includes('center') || words.includes('centered')) return 'center';
  return undefined;
}

/** Alignment from style (inline or computed): flex ends, auto margins, text-align, float. */
function sideFromStyle(el: Element): Side | undefined {
  const view = el.ownerDocument.defaultView;
  let style: CSSStyleDeclaration | null = null;
  try {
    style = view ? view.getComputedStyle(el) : null;
  } catch {
    style = null;
  }
  const inline = (el as HTMLElement).style;
  const get = (prop: string) => (inline?.getPropertyValue(prop) || style?.getPropertyValue(prop) || '').trim();
  const justify = get('justify-content');
  const direction = get('flex-direction');
  const display = get('display');
  const isFlex = display.includes('flex') || (justify !== '' && justify !== 'normal');
  if (isFlex && direction === 'row-reverse') return 'right';
  if (isFlex && /flex-end|^end$|right/.test(justify)) return 'right';
  if (isFlex && justify === 'center') return 'center';
  const alignSelf = get('align-self');
  if (/flex-end|^end$/.test(alignSelf)) return 'right';
  if (alignSelf === 'center') return 'center';
  const marginLeft = get('margin-left');
  const marginRight = get('margin-right');
  if (marginLeft === 'auto' && marginRight === 'auto') return 'center';
  if (marginLeft === 'auto') return 'right';
  const float = get('float');
  if (float === 'right') return 'right';
  const align = get('text-align');
  if (align === 'right' || align === 'end') return 'right';
  if (align === 'center') return 'center';
  if (marginRight === 'auto') return 'left';
  if (float === 'left') return 'left';
  if (/flex-start|^start$/.test(alignSelf)) return 'left';
  return undefined;
}

/** Alignment from layout, when there is one: where the bubble sits inside the list's box. */
function sideFromGeometry(bubble: Element, list: Element): Side | undefined {
  const box = bubble.getBoundingClientRect();
  const outer = list.getBoundingClientRect();
  if (box.width === 0 || outer.width === 0) return undefined;
  const leftGap = box.left - outer.left;
  const rightGap = outer.right - box.right;
  const slack = Math.max(24, outer.width * 0.08);
  if (leftGap - rightGap > slack) return 'right';
  if (rightGap - leftGap > slack) return 'left';
  if (leftGap > slack && rightGap > slack) return 'center';
  return undefined;
}

/** The block's narrowest descendant that still holds all its text (the bubble). */
function bubbleOf(el: Element): Element {
  const total = collapseWhitespace(el.textContent ?? '').length;
  let current = el;
  for (;;) {
    const next = Array.from(current.children).find((c) => collapseWhitespace(c.textContent ?? '').length >= total * 0.8);
    if (!next) return current;
    current = next;
  }
}

/** Side of a block: class words first, then style on the block and its wrappers, then geometry. */
function sideOf(el: Element, list: Element): Side | undefined {
  const fromWords = sideFromWords(collectWords(el, 2));
  if (fromWords) return fromWords;
  let current: Element | undefined = el;
  for (let depth = 0; current && depth < 4; depth++) {
    const fromStyle = sideFromStyle(current);
    if (fromStyle) return fromStyle;
    current = Array.from(current.children).find((c) => (c.textContent ?? '').trim().length > 0);
  }
  return sideFromGeometry(bubbleOf(el), list);
}

const CLOCK =
  /^(?:[A-Za-z]{3,9},?\s+)?(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s*(?:at\s+)?)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?,?\s*(?:at\s+)?)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const RELATIVE_TIME = /^(just now|now|yesterday|today|\d+\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)( ago)?)$/i;
const DATE_ONLY =
  /^(today|yesterday|(mon|tues|wednes|thurs|fri|satur|sun)day(,?\s+.{0,20})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(,?\s+\d{4})?|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s+\d{4})?|\d{4}-\d{2}-\d{2})$/i;
const STATUS = /^(seen|read|delivered|sent|edited|failed|sending…?|✓+|read \d{1,2}:\d{2}.*|seen by .{1,40})$/i;
const LABELS: Array<[RegExp, RoleHint]> = [
  [/^(internal note|private note|note|internal|private|only visible to (your )?team|visible to agents only)$/i, 'note'],
  [/^(bot|ai agent|automated( message)?|auto-?reply|virtual assistant)$/i, 'bot'],
];
const HEADER_LINE = /^(from|to|cc|bcc|subject|reply-to|sent|date)\s*:\s*/i;
const EMAIL_ONLY = /^<?[\w.+-]+@[\w-]+(\.[\w-]+)+>?$/;
const ATTACHMENT =
  /^([\w ()[\]-]+\.(pdf|png|jpe?g|gif|webp|heic|docx?|xlsx?|csv|zip|txt|mp4|mov|eml)(\s*\(?\d+(\.\d+)?\s?[kKmMgG]i?B\)?)?|\d+(\.\d+)?\s?[kKmMgG]i?B)$/i;
const META_WORDS = new Set([
  'time',
  'timestamp',
  'date',
  'meta',
  'status',
  'receipt',
  'avatar',
  'initials',
  'actions',
  'toolbar',
  'badge',
  'reactions',
]);
const AUTHOR_WORDS = new Set(['author', 'name', 'sender', 'from', 'username', 'nickname', 'byline', 'who']);

export function isTimeText(raw: string): boolean {
  const text = raw.replace(/^[[(]\s*|\s*[\])]$/g, '');
  return CLOCK.test(text) || RELATIVE_TIME.test(text) || DATE_ONLY.test(text);
}

export function isDateSeparatorText(text: string): boolean {
  return DATE_ONLY.test(text.replace(/^[-–—\s]+|[-–—\s]+$/g, ''));
}

/** A person's display name: 1–5 words, no sentence punctuation, not a time or status. */
function isNameLike(text: string): boolean {
  if (text.length > 60 || /[!?;]|\.$/.test(text) || isTimeText(text) || STATUS.test(text)) return false;
  const cleaned = text
    .replace(/^from:?\s*/i, '')
    .replace(/<[^>]*>/g, '')
    .trim();
  const words = cleaned.split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return /^you\b/i.test(cleaned) || /^[\p{Lu}\d@]/u.test(cleaned) || /@/.test(cleaned);
}

/** Author named by an aria-label: "Message from Dana Kim, 10:42", "You said", "Dana wrote". */
function authorFromLabel(label: string | null): string | undefined {
  if (!label) return undefined;
  const from = /\b(?:from|by)\s+([^,:;.]{1,60})/i.exec(label);
  if (from?.[1]) return from[1].trim();
  const said = /^([^,:;]{1,60}?)\s+(?:said|wrote|says|writes)\b/i.exec(label);
  if (said?.[1]) return said[1].trim();
  return undefined;
}

function cleanAuthor(raw: string): string {
  return raw
    .replace(/^from:?\s*/i, '')
    .replace(/\s*<[^>]*>\s*$/, '')
    .replace(/\s*\((?:you|me)\)$/i, ' (you)')
    .replace(/[:\s]+$/, '')
    .trim();
}

interface Leaf {
  el: Element;
  text: string;
}

function hasOwnText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/**
 * Short text-bearing elements: candidates for author/time/label chrome. A leaf is the outermost
 * element that wraps exactly one piece of own text (<span class="name"><b>Ana</b></span> is one
 * leaf), so "Ana · 10:42" in two spans gives two leaves, not one.
 */
function shortLeaves(root: Element): Leaf[] {
  const leaves: Leaf[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!hasOwnText(el)) continue;
    const text = collapseWhitespace(el.textContent ?? '');
    if (!text || (text.length > 80 && !(text.length <= 240 && HEADER_LINE.test(text)))) continue;
    let outer = el;
    while (outer.parentElement && outer.parentElement !== root && collapseWhitespace(outer.parentElement.textContent ?? '') === text) {
      outer = outer.parentElement;
    }
    if (leaves.some((l) => l.el === outer || l.el.contains(outer))) continue;
    leaves.push({ el: outer, text });
  }
  return leaves;
}

/** Words of a leaf and of the wrappers between it and the block (class="author"><b>…). */
function leafWords(el: Element, root: Element): string[] {
  const words: string[] = [];
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    words.push(...wordsOf(cur.getAttribute('class')), ...wordsOf(cur.getAttribute('data-role')), ...wordsOf(cur.getAttribute('itemprop')));
    if (cur !== el && (cur.getAttribute('class') ?? '') !== '' && collapseWhitespace(cur.textContent ?? '').length > 80) break;
  }
  return words;
}

const GREETING = /^(hi|hello|hey|dear|thanks|thank you|ok|okay|yes|no|sure|great|good (morning|afternoon|evening))\b/i;

/**
 * Reads one block. The body is what is left after removing chrome (time, author, badges,
 * receipts, avatars, buttons) from a detached copy; quoted e-mail history is dropped.
 */
export function readGenericItem(el: Element, list: Element, options: { sideOnlyIfUnmarked?: boolean } = {}): GenericItem {
  const copy = el.cloneNode(true) as Element;
  let author: string | undefined = authorFromLabel(el.getAttribute('aria-label'));
  let timeText: string | undefined;
  let at: number | undefined;
  let hint = hintFromWords(collectWords(el, 3), elementWords(el));
  let hasAvatar = !!el.querySelector('img, [class*="avatar" i], [data-avatar]');
  const label = el.getAttribute('aria-label') ?? '';
  if (!hint && label) hint = hintFromWords(wordsOf(label.split(/[,:]/)[0]));

  const timeEl = copy.querySelector('time');
  if (timeEl) {
    timeText = collapseWhitespace(timeEl.getAttribute('datetime') || timeEl.textContent || '');
    timeEl.remove();
  }
  const removed = new Set<Element>();
  const leaves = shortLeaves(copy);
  for (const leaf of leaves) {
    const words = leafWords(leaf.el, copy);
    const isMetaClass = words.some((w) => META_WORDS.has(w));
    const isAuthorClass = words.some((w) => AUTHOR_WORDS.has(w)) && !words.includes('text') && !words.includes('body');
    // "Customer · Jan 3, 09:00", "Bruno (Support) | 10:42": byline and time in one line.
    const pieces = leaf.text.split(/\s+[·•|—–-]\s+|\s*[·•|]\s*/).filter(Boolean);
    if (pieces.length >= 2 && pieces.length <= 4 && pieces.some((p) => isTimeText(p)) && !author) {
      const name = pieces.find((p) => !isTimeText(p) && isNameLike(p));
      if (name) {
        author = cleanAuthor(name);
        timeText = timeText ?? pieces.find((p) => isTimeText(p));
        removed.add(leaf.el);
        continue;
      }
    }
    // E-mail header lines ("From: Grace Kim <grace@…>", "To: …", "Subject: …"), bare addresses
    // and attachment chips ("proof.pdf", "24 KB") are chrome, not what the person wrote.
    const header = HEADER_LINE.exec(leaf.text);
    if (header) {
      const value = leaf.text
        .slice(header[0].length)
        .split(/\s+[·•|]\s+/)[0]
        ?.trim();
      if (/^from/i.test(header[0]) && value && !author) author = cleanAuthor(value);
      removed.add(leaf.el);
      continue;
    }
    if (EMAIL_ONLY.test(leaf.text) || ATTACHMENT.test(leaf.text)) {
      if (EMAIL_ONLY.test(leaf.text) && !author) author = leaf.text.replace(/^<|>$/g, '');
      removed.add(leaf.el);
      continue;
    }
    const labelHint = LABELS.find(([pattern]) => pattern.test(leaf.text.replace(/[:·•]+$/, '')))?.[1];
    if (labelHint) {
      hint = hint ?? labelHint;
      if (labelHint === 'note') hint = 'note';
      removed.add(leaf.el);
    } else if (isTimeText(leaf.text) || (isMetaClass && /\d/.test(leaf.text))) {
      timeText = timeText ?? (leaf.el.getAttribute('datetime') || leaf.el.getAttribute('title') || leaf.text);
      removed.add(leaf.el);
    } else if (STATUS.test(leaf.text)) {
      removed.add(leaf.el);
    } else if (/^[A-Z]{1,3}$/.test(leaf.text)) {
      hasAvatar = true;
      removed.add(leaf.el);
    } else if (isAuthorClass && !author) {
      author = cleanAuthor(leaf.text);
      removed.add(leaf.el);
    } else if (isMetaClass) {
      removed.add(leaf.el);
    }
  }
  // No marked author: the first name-like leaf that comes before more text is the byline.
  if (!author) {
    const remaining = leaves.filter((l) => !removed.has(l.el));
    const first = remaining[0];
    if (
      first &&
      remaining.length >= 2 &&
      isNameLike(first.text) &&
      !GREETING.test(first.text) &&
      !/^(P|LI|BLOCKQUOTE)$/.test(first.el.tagName)
    ) {
      author = cleanAuthor(first.text);
      removed.add(first.el);
    }
  }
  const pristine = copy.cloneNode(true) as Element;
  for (const r of removed) r.remove();
  let text = messageText(copy);
  // Everything looked like chrome ("OK" read as initials, "Fine" as a name): keep it as the body.
  if (!text) {
    for (const t of Array.from(pristine.querySelectorAll('time'))) t.remove();
    const whole = messageText(pristine);
    if (!isTimeText(whole)) {
      text = whole;
      author = authorFromLabel(el.getAttribute('aria-label'));
    }
  }
  // "Dana: hello" in one line (chat logs, tables flattened to text).
  if (!author) {
    const inline = /^([\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3}|You|Me):\s+(.+)$/u.exec(text);
    if (inline?.[1] && inline[2] && !HEADER_LINE.test(text)) {
      author = inline[1];
      text = inline[2];
    }
  }
  if (author) {
    const prefix = `${author}:`;
    if (text.startsWith(prefix)) text = text.slice(prefix.length).trim();
  }
  if (timeText) {
    const parsed = parseTime(timeText);
    if (parsed !== undefined) at = parsed;
  }
  // "Bruno (Support)", "Ana (customer)": the product names the side next to the name.
  const aside = author ? /\(([^)]{2,30})\)$/.exec(author) : null;
  if (aside?.[1] && author) {
    const sideHint = /^(you|me)$/i.test(aside[1])
      ? 'agent'
      : hintFromWords(wordsOf(aside[1]).map((w) => (/^(support|team|staff|agent|admin|operator)$/.test(w) ? 'agent' : w)));
    if (sideHint && !hint) hint = sideHint;
    if (!/^(you|me)$/i.test(aside[1])) author = author.replace(/\s*\([^)]*\)$/, '');
  }
  if (!hint && looksLikeBotName(author)) hint = 'bot';
  const allText = blockText(el);
  const linkText = Array.from(el.querySelectorAll('a[href]')).reduce((sum, a) => sum + collapseWhitespace(a.textContent ?? '').length, 0);
  const mostlyLinks = el.matches('a[href]') || (allText.length > 0 && linkText / allText.length > 0.7);
  return {
    el,
    text,
    author: author || undefined,
    at,
    timeText,
    hint,
    // Style and geometry force the browser to recalculate; skip them when words already decide.
    side:
      options.sideOnlyIfUnmarked && (hint === 'agent' || hint === 'customer' || hint === 'note' || hint === 'bot')
        ? undefined
        : sideOf(el, list),
    hasAvatar,
    isSeparator: !!text && text.length < 40 && isDateSeparatorText(text) && !author,
    mostlyLinks,
    truncated: /(…|\.\.\.)$/.test(text),
  };
}
