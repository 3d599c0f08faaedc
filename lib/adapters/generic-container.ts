import { cssEscape, isStableClass } from '../picker/stable-names';
import { collapseWhitespace, isHiddenPane } from './dom-utils';
import { type GenericItem, isTimeText, readGenericItem, wordsOf } from './generic-item';

/**
 * Finds the transcript of an unknown page by structure: every element with several text-bearing
 * children is a candidate list, scored on signals that hold across products (live regions, chat
 * words, timestamps, two sides, sentences, a composer nearby) and against signals of the
 * distractors every workspace has (conversation-list previews, profile panels, menus).
 */

export interface TranscriptCandidate {
  list: Element;
  items: GenericItem[];
  score: number;
  /** Why the list won, for the confidence and for debugging (`extract` prints nothing of it). */
  signals: string[];
  /**
   * When messages sit in repeated groups (one per day, one per sender run), `list` is the groups'
   * parent and this is the step from it to one group (`div.day`); items are the groups' children.
   */
  groupStep?: string;
}

const CHAT_WORDS = new Set([
  'message',
  'messages',
  'msg',
  'msgs',
  'transcript',
  'conversation',
  'chat',
  'thread',
  'timeline',
  'history',
  'log',
  'replies',
  'feed',
  'bubbles',
  'stream',
]);
const PREVIEW_WORDS = new Set([
  'conversations',
  'chats',
  'inbox',
  'queue',
  'preview',
  'previews',
  'threads',
  'tickets',
  'inboxes',
  'contacts',
  'sidebar',
  'nav',
  'navigation',
  'menu',
  'profile',
  'details',
  'properties',
  'attributes',
  'directory',
  'tabs',
  'folders',
  'filters',
]);
const LANDMARK_PENALTY =
  'nav, aside, header, footer, [role="navigation"], [role="complementary"], [role="banner"], [role="listbox"], [role="tablist"], [role="menu"], [role="tree"]';
const COMPOSER =
  'textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], input[type="text"]:not([role="search"]):not([type="search"])';
const NEVER_LIST = new Set([
  'SCRIPT',
  'STYLE',
  'HEAD',
  'SELECT',
  'SVG',
  'FORM',
  'TEXTAREA',
  'PRE',
  'CODE',
  'P',
  'SPAN',
  'A',
  'BUTTON',
  'LABEL',
  'B',
  'STRONG',
  'EM',
  'I',
]);

const NEVER_ITEM = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TEXTAREA', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'THEAD']);

function ownWords(el: Element): string[] {
  return [
    ...wordsOf(el.getAttribute('class')),
    ...wordsOf(el.id),
    ...wordsOf(el.getAttribute('aria-label')),
    ...wordsOf(el.getAttribute('data-testid')),
    ...wordsOf(el.getAttribute('data-test-id')),
  ];
}

/** Words on the list and its nearest ancestors (where products name the pane). */
function contextWords(list: Element, levels: number): string[] {
  const words: string[] = [];
  let current: Element | null = list;
  for (let i = 0; current && i <= levels; i++) {
    words.push(...ownWords(current));
    current = current.parentElement;
  }
  return words;
}

function isLiveRegion(el: Element): boolean {
  return (
    el.getAttribute('role') === 'log' ||
    (el.hasAttribute('aria-live') && el.getAttribute('aria-live') !== 'off') ||
    el.getAttribute('role') === 'feed'
  );
}

/** Could this child of a list be a message? (Not hidden, not the composer, has text.) */
export function isItemCandidate(c: Element): boolean {
  return (
    !NEVER_ITEM.has(c.tagName) &&
    !isHiddenPane(c) &&
    collapseWhitespace(c.textContent ?? '').length > 0 &&
    !c.matches(COMPOSER) &&
    !c.querySelector(COMPOSER)
  );
}

function textChildren(list: Element): Element[] {
  return Array.from(list.children).filter(isItemCandidate);
}

function wordCount(text: string): number {
  return text ? text.split(/\s+/).length : 0;
}

/** Scores one list; null when it cannot be a transcript. */
export function scoreList(list: Element): TranscriptCandidate | null {
  const children = textChildren(list);
  if (children.length < 2) return null;
  // Cheap test before reading items: a bubble's text + its time is not a list of messages.
  const wordy = children.filter((c) => {
    const text = collapseWhitespace(c.textContent ?? '');
    return text.length >= 2 && !isTimeText(text);
  });
  if (wordy.length < 2) return null;
  const signals: string[] = [];
  const tagCounts = new Map<string, number>();
  for (const child of children) tagCounts.set(child.tagName, (tagCounts.get(child.tagName) ?? 0) + 1);
  const uniformity = Math.max(...tagCounts.values()) / children.length;
  if (uniformity < 0.6) return null;

  const items = children.map((child) => readGenericItem(child, list));
  const messages = items.filter((i) => i.text && !i.isSeparator);
  if (messages.length < 2) return null;
  let score = 3 * Math.log2(messages.length + 1) + 2 * uniformity;

  const avgWords = messages.reduce((sum, i) => sum + wordCount(i.text), 0) / messages.length;
  const sentences = messages.filter((i) => /[.!?]$|\s\w+\s\w+\s/.test(i.text)).length / messages.length;
  if (avgWords >= 4) score += 2;
  if (avgWords >= 7) score += 1;
  score += 3 * sentences;
  if (avgWords < 2.5) {
    score -= 5;
    signals.push('short items');
  }

  const near = contextWords(list, 2);
  if (isLiveRegion(list) || (list.parentElement && isLiveRegion(list.parentElement))) {
    score += 8;
    signals.push('live region');
  }
  if (near.some((w) => CHAT_WORDS.has(w))) {
    score += 3;
    signals.push('chat words');
  }
  const previewWords = contextWords(list, 3).filter((w) => PREVIEW_WORDS.has(w));
  if (previewWords.length > 0) {
    score -= 6;
    signals.push(`pane words: ${previewWords.join(' ')}`);
  }
  if (list.closest(LANDMARK_PENALTY)) {
    score -= 6;
    signals.push('inside navigation/aside');
  }
  if (list.closest('main, [role="main"]')) score += 1;

  const withRoleClues = messages.filter((i) => i.hint || i.side).length / messages.length;
  const kinds = new Set(
    messages.map((i) =>
      i.hint === 'agent' || i.side === 'right' ? 'right' : i.hint === 'customer' || i.side === 'left' ? 'left' : 'none',
    ),
  );
  if (kinds.has('right') && kinds.has('left')) {
    score += 5;
    signals.push('two sides');
  } else if (kinds.has('right') && kinds.has('none')) {
    score += 3;
    signals.push('one side marked');
  }
  score += 2 * withRoleClues;

  const timed = messages.filter((i) => i.timeText).length / messages.length;
  score += 2 * timed;

  const authors = messages.map((i) => i.author).filter((a): a is string => !!a);
  if (authors.length >= 3) {
    const distinct = new Set(authors.map((a) => a.toLowerCase())).size;
    if (distinct / authors.length > 0.8) {
      score -= 6;
      signals.push('every item a different person (previews)');
    }
  }
  const linky = messages.filter((i) => i.mostlyLinks).length / messages.length;
  if (linky > 0.5) {
    score -= 8;
    signals.push('items are links');
  }
  const interactive = children.filter((c) => /^(option|tab|link|button|menuitem|treeitem)$/.test(c.getAttribute('role') ?? '')).length;
  if (interactive / children.length > 0.5) {
    score -= 8;
    signals.push('items are options/tabs');
  }
  const truncated = messages.filter((i) => i.truncated).length / messages.length;
  if (truncated > 0.4) {
    score -= 4;
    signals.push('truncated snippets');
  }
  const keyValue = messages.filter((i) => /^[\p{L} ]{2,24}:\s*\S/u.test(i.text) && wordCount(i.text) <= 6).length / messages.length;
  if (keyValue > 0.5) {
    score -= 5;
    signals.push('key: value rows (profile)');
  }

  let ancestor: Element | null = list.parentElement;
  for (let i = 0; ancestor && i < 4; i++, ancestor = ancestor.parentElement) {
    if (ancestor.querySelector(COMPOSER)) {
      score += 2 - i * 0.4;
      signals.push('composer nearby');
      break;
    }
  }
  return { list, items, score, signals };
}

/** Every element that could be a list of messages: several children, some text. */
function candidateLists(root: ParentNode): Element[] {
  const lists: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (NEVER_LIST.has(el.tagName) || el.childElementCount < 2) continue;
    lists.push(el);
  }
  return lists;
}

/**
 * The best-scoring transcript list of the page. Lists nested inside a better list (the lines
 * of one e-mail) and wrappers around one (the whole chat pane) lose on their own scores.
 */
export function findTranscript(doc: Document): TranscriptCandidate | null {
  const body = doc.body;
  if (!body) return null;
  let best: TranscriptCandidate | null = null;
  for (const list of candidateLists(body)) {
    if (isHiddenPane(list)) continue;
    const scored = scoreList(list);
    if (scored && (!best || scored.score > best.score)) best = scored;
  }
  return best ? withSiblingGroups(best) : null;
}

/** Same tag and class as the winning list, beside it: the other days of the same chat. */
function withSiblingGroups(best: TranscriptCandidate): TranscriptCandidate {
  const parent = best.list.parentElement;
  if (!parent) return best;
  const className = best.list.getAttribute('class') ?? '';
  const groups = Array.from(parent.children).filter(
    (c) => c.tagName === best.list.tagName && (c.getAttribute('class') ?? '') === className && !isHiddenPane(c),
  );
  if (groups.length < 2) return best;
  // Every other group must read like messages too (a day with one message is too short to score).
  const alike = groups.every((group) => {
    if (group === best.list) return true;
    if (textChildren(group).length <= 2) return true;
    const scored = scoreList(group);
    return scored !== null && scored.score >= best.score * 0.4;
  });
  if (!alike) return best;
  const items = groups.flatMap((group) => textChildren(group).map((child) => readGenericItem(child, group)));
  const stable = className.split(/\s+/).filter((c) => isStableClass(c));
  const groupStep = `${best.list.tagName.toLowerCase()}${stable.map((c) => `.${cssEscape(c)}`).join('')}`;
  return { ...best, list: parent, items, groupStep, signals: [...best.signals, 'grouped'] };
}

export { COMPOSER as COMPOSER_SELECTOR };
