/**
 * A plain-text view of a contenteditable composer with a map back to DOM positions, so a
 * character range found in the text (a flagged sentence) can be selected in the editor.
 * Blocks (paragraphs, divs, list items) are separated by "\n"; editor placeholders such as
 * ProseMirror's trailing <br> and Slate's zero-width spans add nothing.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the linear text. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
]);

/** Zero-width characters editors use as caret anchors; never part of what the agent wrote. */
const ZERO_WIDTH = /^[\u200B\uFEFF]*$/;

function isPlaceholder(el: Element): boolean {
  return (
    el.hasAttribute('data-slate-zero-width') ||
    el.classList.contains('ProseMirror-trailingBreak') ||
    el.classList.contains('ck-fake-selection-container') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.getAttribute('contenteditable') === 'false'
  );
}

export function buildTextMap(root: HTMLElement): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  // Line breaks are emitted lazily, just before the next content, so trailing placeholders and
  // the end of the last block add nothing.
  let pending = 0;
  let anyLine = false;
  let justOpened = false;
  const flush = (min: number) => {
    const n = Math.max(pending, min);
    if (n > 0) text += '\n'.repeat(n);
    pending = 0;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0 || ZERO_WIDTH.test(data)) continue;
        flush(0);
        segments.push({ node: child as Text, start: text.length });
        text += data;
        anyLine = true;
        justOpened = false;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isPlaceholder(el)) continue;
        if (el.tagName === 'BR') {
          pending += 1;
          continue;
        }
        if (!BLOCK_TAGS.has(el.tagName)) {
          walk(el);
          continue;
        }
        if (anyLine && !justOpened) flush(1);
        anyLine = true;
        justOpened = true;
        walk(el);
        pending = Math.max(pending, 1);
        justOpened = false;
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** The DOM position of a character offset. At a block boundary it prefers the end of the earlier text. */
export function positionAt(map: TextMap, offset: number, preferNext = false): { node: Node; offset: number } | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  let found: TextSegment | null = null;
  for (const seg of segments) {
    const end = seg.start + seg.node.data.length;
    if (offset >= seg.start && offset <= end) {
      found = seg;
      if (!(preferNext && offset === end)) break;
    } else if (seg.start > offset) {
      // Offset sits on a newline between blocks: the start of the next block when nothing matched.
      if (!found) found = seg;
      break;
    }
  }
  if (!found) {
    const last = segments[segments.length - 1] as TextSegment;
    return { node: last.node, offset: last.node.data.length };
  }
  const inNode = Math.max(0, Math.min(found.node.data.length, offset - found.start));
  return { node: found.node, offset: inNode };
}
