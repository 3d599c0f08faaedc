import type { Role } from '../transcript/message';

/**
 * A helpdesk adapter reads one product's agent workspace. Adapters are plain objects of data
 * (selectors, URL patterns) plus small pure-DOM readers, so they run unchanged in the content
 * script, in happy-dom tests and in the `extract` CLI (injected into headless Chromium).
 */
export type Confidence = 'high' | 'medium' | 'low';

/** One message as read from the page, before the transcript assigns order. */
export interface CapturedMessage {
  /** Stable key: the helpdesk's own id when the markup has one, else derived (see capture). */
  id: string;
  role: Role;
  text: string;
  author?: string;
  at?: number;
}

/** What an adapter read from the page at one moment. */
export interface PageReading {
  adapter: string;
  chatId: string | null;
  confidence: Confidence;
  /** Oldest first. */
  messages: CapturedMessage[];
  /** Present when nothing was found: a sentence for the agent. */
  reason?: string;
  /** True when the page shows the chat as closed / solved. */
  closed?: boolean;
  /** Customer display name when the page shows it (handoff, playbook variables). */
  customerName?: string;
}

/**
 * A selector paired with the fixture pages it was checked on and how many elements it must
 * find there (Refined GitHub's pattern). One shared test walks every adapter's list.
 */
export interface CheckedSelector {
  selector: string;
  /** [expected count, fixture path relative to tests/fixtures/helpdesks/] */
  checkedOn: Array<[number, string]>;
}

export interface HelpdeskAdapter {
  /** Short id: 'zendesk', 'intercom', 'demo', 'generic', 'site:<host>'. */
  name: string;
  /** Human name for the UI. */
  label: string;
  /** Match patterns (WebExtension syntax) of the pages this adapter claims. */
  matches: string[];
  /** How sure we are of the markup (from ../shared/helpdesks notes and fixtures). */
  confidence: Confidence;
  /** Which markup the adapter was checked against (sources, dates). */
  checkedAgainst: string;
  /** Every markup-dependent selector, with the fixtures that prove it. */
  selectors: Record<string, CheckedSelector>;
  /** Read the active conversation. Must not mutate the page. */
  read(doc: Document): PageReading;
  /**
   * Optional incremental reading, the capture pipeline's fast path. Capture follows message
   * elements as they are added and removed (MutationObserver records) and re-reads only those
   * whose subtree changed, so a batch costs work in proportion to the change, not to the length
   * of the chat. `read` must agree with it.
   */
  incremental?: {
    /** The active conversation's element (cheap: one query). */
    root(doc: Document): Element | null;
    /** Chat id, confidence, closed state, customer name of the conversation under `root`. */
    meta(doc: Document, root: Element | null): Omit<PageReading, 'messages'>;
    /** Selector of one message element under `root`. */
    itemSelector: string;
    /** Document order of the messages (e-mail style threads often show the newest first). */
    order?: 'oldest-first' | 'newest-first';
    /**
     * Visual position of an item when the DOM order is not the reading order (virtual lists that
     * recycle rows); NaN keeps the item's DOM position. Capture sorts by it on every change.
     */
    orderKey?(el: Element): number;
    /**
     * Reads one message element without looking at its siblings (no positions), cheaply: no
     * layout (innerText, getComputedStyle, getBoundingClientRect). Two elements that read the
     * same id in one pass are told apart by capture (`id~2`).
     */
    readItem(el: Element): CapturedMessage | null;
  };

  /** The element whose subtree changes when messages arrive (observer root). */
  observeRoot(doc: Document): Element | null;
  /** The reply composer (textarea, input or contenteditable) of the active conversation. */
  findComposer(doc: Document): HTMLElement | null;
  /** The internal-note composer, when the product has a separate mode. */
  findNoteComposer?(doc: Document): HTMLElement | null;
}
