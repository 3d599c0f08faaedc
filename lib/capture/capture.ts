import { uniqueIds } from '../adapters/dom-utils';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from '../adapters/types';
import type { Message } from '../transcript/message';
import { applyChange, diffVisible, emptyTranscript, type Transcript, transcriptMessages } from '../transcript/transcript';

/**
 * The capture pipeline: observe the helpdesk page, batch DOM changes, read the conversation
 * through the adapter and turn it into per-chat transcript deltas. DOM only, no extension APIs,
 * so it runs in happy-dom tests and in the content script alike.
 */
/** Capture may use at most about a tenth of the main thread (see schedule()). */
const READ_BUDGET_FACTOR = 10;
const MAX_ADAPTIVE_GAP_MS = 1000;

export interface CaptureDelta {
  chatId: string;
  adapter: string;
  confidence: PageReading['confidence'];
  upserts: Message[];
  removed: string[];
  order?: string[];
  seq: number;
  full: boolean;
  observedAt: number;
  customerName?: string;
  closed?: boolean;
}

export interface CaptureStatus {
  found: boolean;
  chatId: string | null;
  adapter: string;
  confidence: PageReading['confidence'];
  reason?: string;
}

export interface CaptureOptions {
  doc: Document;
  adapter: HelpdeskAdapter;
  signal: AbortSignal;
  /** Returns true when the receiver lost track and wants the whole transcript again. */
  onDelta(delta: CaptureDelta): Promise<boolean | undefined> | boolean | undefined;
  onStatus(status: CaptureStatus): void;
  /** Minimum gap between two reads while the tab is visible / hidden (ms). */
  visibleIntervalMs?: number;
  hiddenIntervalMs?: number;
  now?: () => number;
  /** Pause after a read, as a multiple of its cost (default 10; tests use 0). */
  readBudgetFactor?: number;
  /** Called after each read with its cost (benchmarks). */
  onReadCost?(ms: number, messages: number): void;
}

interface ChatState {
  transcript: Transcript;
  seq: number;
  sentFull: boolean;
  closed?: boolean;
  customerName?: string;
}

export interface CaptureHandle {
  /** Read the page now (bypasses throttling). */
  flush(): void;
  /** The transcript of the chat on screen, oldest first. */
  currentMessages(): Message[];
  currentChatId(): string | null;
  /** Last page reading (used by the composer and handoff features). */
  lastReading(): PageReading | null;
}

export function startCapture(options: CaptureOptions): CaptureHandle {
  const { doc, adapter, signal } = options;
  const now = options.now ?? Date.now;
  const visibleGap = options.visibleIntervalMs ?? 0;
  const hiddenGap = options.hiddenIntervalMs ?? 1000;
  const chats = new Map<string, ChatState>();
  let lastReading: PageReading | null = null;
  let currentChat: string | null = null;
  let lastStatusKey = '';
  let lastFlushAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstDirtyAt = 0;
  // Adaptive pacing: a read that cost X ms is not repeated for READ_BUDGET_FACTOR × X ms, so
  // capture never takes more than ~1/READ_BUDGET_FACTOR of the page's main thread, even with an
  // adapter that must read the whole list (no `incremental` reader) on a very long chat.
  let lastReadCost = 0;

  const win = doc.defaultView;

  function chatState(chatId: string): ChatState {
    let state = chats.get(chatId);
    if (!state) {
      state = { transcript: emptyTranscript(), seq: 0, sentFull: false };
      chats.set(chatId, state);
    }
    return state;
  }

  function reportStatus(reading: PageReading, chatId: string | null) {
    const found = reading.messages.length > 0 || (chatId !== null && chats.has(chatId));
    const status: CaptureStatus = {
      found,
      chatId,
      adapter: reading.adapter,
      confidence: reading.confidence,
      reason: found ? undefined : (reading.reason ?? 'No chat found on this page.'),
    };
    const key = JSON.stringify(status);
    if (key !== lastStatusKey) {
      lastStatusKey = key;
      options.onStatus(status);
    }
  }

  async function send(chatId: string, state: ChatState, base: Omit<CaptureDelta, 'seq' | 'full'>) {
    state.seq += 1;
    const resync = await options.onDelta({ ...base, seq: state.seq, full: false });
    if (resync) sendFull(chatId, state, base.observedAt);
  }

  function sendFull(chatId: string, state: ChatState, observedAt: number) {
    state.seq += 1;
    state.sentFull = true;
    void options.onDelta({
      chatId,
      adapter: adapter.name,
      confidence: lastReading?.confidence ?? adapter.confidence,
      upserts: transcriptMessages(state.transcript),
      removed: [],
      order: [...state.transcript.order],
      seq: state.seq,
      full: true,
      observedAt,
      customerName: state.customerName,
      closed: state.closed,
    });
  }

  function read() {
    timer = undefined;
    if (signal.aborted) return;
    const observedAt = firstDirtyAt || now();
    firstDirtyAt = 0;
    lastFlushAt = now();
    const started = performance.now();
    observeShadowRoot();
    const reading = readPage();
    lastReading = reading;
    const chatId = reading.chatId ?? (reading.messages.length ? fallbackChatId(doc) : null);
    currentChat = chatId;
    reportStatus(reading, chatId);
    if (!chatId) return;
    const state = chatState(chatId);
    // An append-only batch of a chat whose transcript is known needs no full diff.
    const appended = appendedOnly;
    const change =
      appended && state.sentFull && appended.every((m) => !state.transcript.byId.has(m.id))
        ? { upserts: appended, removed: [] }
        : diffVisible(state.transcript, reading.messages);
    const metaChanged = reading.closed !== state.closed || reading.customerName !== state.customerName;
    state.closed = reading.closed;
    state.customerName = reading.customerName;
    applyChange(state.transcript, change);
    lastReadCost = performance.now() - started;
    options.onReadCost?.(lastReadCost, reading.messages.length);
    if (!state.sentFull) {
      if (state.transcript.order.length) sendFull(chatId, state, observedAt);
      return;
    }
    if (!change.upserts.length && !change.removed.length && !change.order && !metaChanged) return;
    void send(chatId, state, {
      chatId,
      adapter: reading.adapter,
      confidence: reading.confidence,
      upserts: change.upserts,
      removed: change.removed,
      order: change.order,
      observedAt,
      customerName: reading.customerName,
      closed: reading.closed,
    });
  }

  // Fast path (adapters with `incremental`): follow message elements through the mutation
  // records and remember what each said, so a batch re-reads only what changed.
  const itemCache = new WeakMap<Element, CapturedMessage | null>();
  let dirty = new Set<Element>();
  let items: Element[] = [];
  let itemSet = new Set<Element>();
  let itemsRoot: Element | null = null;
  let rescan = true;
  let pendingAdded: Element[] = [];
  let pendingRemoved = false;

  // The messages of `items`, oldest first, ids made unique; reused when a batch only appends.
  let itemMessages: CapturedMessage[] = [];
  let itemIds = new Set<string>();
  // Set by readPage when the batch only appended messages: read() then skips the full diff.
  let appendedOnly: CapturedMessage[] | null = null;

  function readPage(): PageReading {
    appendedOnly = null;
    const inc = adapter.incremental;
    if (!inc) return adapter.read(doc);
    const root = inc.root(doc);
    if (root && root === itemsRoot && !rescan && !pendingRemoved && dirty.size === 0 && inc.order !== 'newest-first' && !inc.orderKey) {
      const appended = appendNewItems(inc, root);
      if (appended) {
        appendedOnly = appended;
        return { ...inc.meta(doc, root), messages: itemMessages };
      }
    }
    if (root !== itemsRoot || rescan || !root) {
      items = root ? [...root.querySelectorAll(inc.itemSelector)] : [];
      itemsRoot = root;
    } else {
      if (pendingRemoved) items = items.filter((el) => el.isConnected && root.contains(el));
      const newestFirst = inc.order === 'newest-first';
      for (const el of pendingAdded) {
        if (!el.isConnected || !root.contains(el) || itemSet.has(el)) continue;
        // New messages land at the newest end: after the last element (oldest-first lists) or
        // before the first (newest-first). Anywhere else (history loaded, an insert in the
        // middle) falls back to one full query to get the order right.
        const edge = newestFirst ? items[0] : items.at(-1);
        const position = edge ? edge.compareDocumentPosition(el) : 0;
        if (!edge || (!newestFirst && position & Node.DOCUMENT_POSITION_FOLLOWING)) items.push(el);
        else if (newestFirst && position & Node.DOCUMENT_POSITION_PRECEDING) items.unshift(el);
        else if (!insertNearEnd(items, el, newestFirst)) {
          items = [...root.querySelectorAll(inc.itemSelector)];
          break;
        }
      }
    }
    if (inc.orderKey) items = sortByOrderKey(items, inc.orderKey);
    itemSet = new Set(items);
    rescan = false;
    pendingAdded = [];
    pendingRemoved = false;
    const messages: CapturedMessage[] = [];
    for (const el of items) {
      let message = itemCache.get(el);
      if (message === undefined || dirty.has(el)) {
        message = inc.readItem(el);
        itemCache.set(el, message);
      }
      if (message) messages.push(message);
    }
    dirty = new Set();
    if (inc.order === 'newest-first') messages.reverse();
    itemMessages = uniqueIds(messages);
    itemIds = new Set(itemMessages.map((m) => m.id));
    return { ...inc.meta(doc, itemsRoot), messages: itemMessages };
  }

  /**
   * The common case, a message or two arriving at the bottom: read just those elements and add
   * them. Returns null when anything else happened (then the full path runs).
   */
  function appendNewItems(inc: NonNullable<HelpdeskAdapter['incremental']>, root: Element): CapturedMessage[] | null {
    const fresh: Element[] = [];
    let last = items.at(-1);
    for (const el of pendingAdded) {
      if (!el.isConnected || itemSet.has(el) || fresh.includes(el)) continue;
      if (!root.contains(el)) continue;
      if (last && !(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return null;
      fresh.push(el);
      last = el;
    }
    pendingAdded = [];
    const appended: CapturedMessage[] = [];
    for (const el of fresh) {
      items.push(el);
      itemSet.add(el);
      let message = inc.readItem(el);
      itemCache.set(el, message);
      if (!message) continue;
      // Same rule as uniqueIds: the second message with an id becomes `id~2`.
      if (itemIds.has(message.id)) {
        let k = 2;
        while (itemIds.has(`${message.id}~${k}`)) k++;
        message = { ...message, id: `${message.id}~${k}` };
      }
      itemIds.add(message.id);
      itemMessages.push(message);
      appended.push(message);
    }
    return appended;
  }

  /** Turns mutation records into: items added, items removed, items whose content changed. */
  function noteMutations(records: MutationRecord[]) {
    const inc = adapter.incremental;
    if (!inc || rescan) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.matches(inc.itemSelector)) pendingAdded.push(el);
        else for (const inner of el.querySelectorAll(inc.itemSelector)) pendingAdded.push(inner);
      }
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (itemSet.has(el) || el.querySelector(inc.itemSelector)) pendingRemoved = true;
      }
      for (let node: Node | null = record.target; node && node !== doc.body; node = node.parentNode) {
        if (node.nodeType === 1 && itemSet.has(node as Element)) {
          dirty.add(node as Element);
          break;
        }
      }
    }
    // A huge batch (a full re-render) is cheaper to read with one query.
    if (pendingAdded.length > 200) rescan = true;
  }

  function schedule() {
    if (!firstDirtyAt) firstDirtyAt = now();
    if (timer !== undefined) return;
    const base = doc.visibilityState === 'hidden' ? hiddenGap : visibleGap;
    const gap = Math.max(base, Math.min(MAX_ADAPTIVE_GAP_MS, lastReadCost * (options.readBudgetFactor ?? READ_BUDGET_FACTOR)));
    const wait = Math.max(0, lastFlushAt + gap - now());
    // A zero wait still goes through a task so one burst of mutations costs one read.
    timer = setTimeout(read, wait);
  }

  const MutationObserverCtor = win?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new MutationObserverCtor((records) => {
    noteMutations(records);
    schedule();
  });
  const observeOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-active', 'data-status', 'aria-selected', 'aria-hidden', 'hidden'],
  };
  observer.observe(doc.body ?? doc.documentElement, observeOptions);
  // Mutations inside shadow roots (Salesforce Lightning) are not reported to an observer on the
  // document: observe the adapter's root there too, once it exists.
  const observedShadows = new WeakSet<Node>();
  const observeShadowRoot = () => {
    const root = adapter.observeRoot(doc);
    const host = root?.getRootNode();
    if (root && host && host !== doc && !observedShadows.has(root)) {
      observedShadows.add(root);
      observer.observe(root, observeOptions);
    }
  };
  observeShadowRoot();
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') schedule();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    doc.removeEventListener('visibilitychange', onVisibility);
    if (timer !== undefined) clearTimeout(timer);
  });
  read();

  return {
    flush: read,
    currentMessages() {
      const state = currentChat ? chats.get(currentChat) : undefined;
      return state ? transcriptMessages(state.transcript) : [];
    },
    currentChatId: () => currentChat,
    lastReading: () => lastReading,
  };
}

/** Reading order for recycled virtual rows: by key, DOM position where the key is unknown. */
export function sortByOrderKey(items: Element[], orderKey: (el: Element) => number): Element[] {
  return items
    .map((el, index) => {
      const key = orderKey(el);
      return { el, key: Number.isNaN(key) ? index : key };
    })
    .sort((a, b) => a.key - b.key)
    .map((x) => x.el);
}

/**
 * A new message just before a few trailing items (a "typing…" row, a status line that stays at
 * the bottom) is placed by walking back from the newest end instead of querying the whole list.
 */
function insertNearEnd(items: Element[], el: Element, newestFirst: boolean, reach = 4): boolean {
  if (newestFirst) {
    for (let i = 0; i < Math.min(reach, items.length); i++) {
      const next = items[i + 1];
      if (!next || next.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) {
        if (!((items[i] as Element).compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
        items.splice(i + 1, 0, el);
        return true;
      }
    }
    return false;
  }
  for (let i = items.length - 1; i >= Math.max(0, items.length - reach); i--) {
    const before = items[i - 1];
    if (!before || before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) {
      if (!((items[i] as Element).compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)) return false;
      items.splice(i, 0, el);
      return true;
    }
  }
  return false;
}

/** When the markup carries no chat id, the URL path is the best stable key of the chat. */
function fallbackChatId(doc: Document): string {
  const loc = doc.location;
  return loc ? `${loc.host}${loc.pathname}${loc.hash}` : 'page';
}
