import { detectEditorKind, type EditorKind, editableRoot, isModelDrivenEditor, isTextControl } from './editor-kind';
import { buildTextMap, positionAt } from './text-map';

/**
 * Editor-safe insert and replace into a helpdesk composer. Rich editors (ProseMirror, CKEditor 5,
 * Draft.js, Slate, Froala) re-render from their own model and ignore DOM edits made behind their
 * back, so text goes in through the input pipeline they all listen to: execCommand('insertText')
 * with the selection placed first, then a synthetic beforeinput/input, then a synthetic paste.
 * Every path is verified by reading the editor back; when none took, the caller gets a failure it
 * can turn into "copied to the clipboard instead". Nothing is ever sent.
 */
export interface InsertOutcome {
  ok: boolean;
  /** Which path worked (for diagnostics and tests). */
  via?: 'value-setter' | 'execCommand' | 'beforeinput' | 'paste' | 'dom';
  error?: string;
}

/** The text the agent sees in the composer, blocks separated by "\n". */
export function readComposerText(composer: HTMLElement): string {
  const root = editableRoot(composer);
  if (isTextControl(root)) return root.value;
  return buildTextMap(root).text.replace(/\u00A0/g, ' ');
}

/** Insert at the caret (or at the end when the caret is not in the composer). */
export function insertAtCursor(composer: HTMLElement, text: string): InsertOutcome {
  const root = editableRoot(composer);
  const caret = caretRange(root);
  const at = caret ?? { start: readComposerText(root).length, end: readComposerText(root).length };
  return replaceRange(root, at.start, at.end, text);
}

/**
 * Replace characters [start, end) of readComposerText(composer) with text, keeping the rest of the
 * draft, and leave the caret right after the new text.
 */
export function replaceRange(composer: HTMLElement, start: number, end: number, text: string): InsertOutcome {
  const root = editableRoot(composer);
  const kind = detectEditorKind(root);
  const before = readComposerText(root);
  if (start < 0 || end < start || end > before.length) {
    return { ok: false, error: `Range ${start}–${end} is outside the reply box text (${before.length} characters).` };
  }
  const expected = before.slice(0, start) + text + before.slice(end);
  if (isTextControl(root)) return setControlValue(root, start, text, expected);
  if (kind === 'unknown') return { ok: false, error: 'The reply box is not editable text; copy the line instead.' };
  return insertIntoRichEditor(root, kind, start, end, text, before, expected);
}

/** Normalise for comparison: editors swap spaces for nbsp and may trim a trailing newline. */
function same(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\u00A0\s]+/g, ' ').trim();
  return norm(a) === norm(b);
}

function setControlValue(el: HTMLTextAreaElement | HTMLInputElement, start: number, text: string, expected: string): InsertOutcome {
  el.focus();
  // React tracks the value it last set through the element's own setter; the prototype's setter
  // bypasses that tracker so React sees the input event as a real change.
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, expected);
  else el.value = expected;
  const caret = start + text.length;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // Some input types do not support selection; the value is what matters.
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (el.value === expected) return { ok: true, via: 'value-setter' };
  return { ok: false, error: 'The reply box did not accept the text (the page reset it).' };
}

function insertIntoRichEditor(
  root: HTMLElement,
  kind: EditorKind,
  start: number,
  end: number,
  text: string,
  before: string,
  expected: string,
): InsertOutcome {
  const doc = root.ownerDocument;
  root.focus();
  const attempts: Array<[NonNullable<InsertOutcome['via']>, () => void]> = [
    ['execCommand', () => void doc.execCommand?.('insertText', false, text)],
    ['beforeinput', () => dispatchBeforeInput(root, text)],
    ['paste', () => dispatchPaste(root, text)],
  ];
  // A plain DOM edit only sticks in editors without a model of their own.
  if (!isModelDrivenEditor(kind)) attempts.push(['dom', () => editDom(root, text)]);

  for (const [via, attempt] of attempts) {
    if (!select(root, start, end)) return { ok: false, error: 'Could not place the cursor in the reply box.' };
    try {
      attempt();
    } catch {
      // An editor that throws on a path simply did not take it; try the next.
    }
    const now = readComposerText(root);
    if (same(now, expected)) {
      select(root, start + text.length, start + text.length);
      return { ok: true, via };
    }
    if (!same(now, before)) {
      // Something changed but not to what we expected (editor auto-formatting, partial insert):
      // stop rather than stack a second copy on top.
      return { ok: false, error: 'The reply box changed the inserted text; check it before sending.' };
    }
  }
  return { ok: false, error: `The ${kind} editor ignored the insert; the text was copied instead.` };
}

/** Select characters [start, end) of the composer's text. */
function select(root: HTMLElement, start: number, end: number): boolean {
  const doc = root.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return false;
  const map = buildTextMap(root);
  const range = doc.createRange();
  if (map.segments.length === 0) {
    // Empty editor: the caret goes in the first block (or the root).
    const block = firstLeafBlock(root);
    range.setStart(block, 0);
    range.collapse(true);
  } else {
    const a = positionAt(map, start, start !== end);
    const b = positionAt(map, end);
    if (!a || !b) return false;
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  }
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function firstLeafBlock(root: HTMLElement): Node {
  let node: Element = root;
  while (node.firstElementChild && node.firstElementChild.tagName !== 'BR') node = node.firstElementChild;
  return node;
}

function dispatchBeforeInput(root: HTMLElement, text: string): void {
  // Editors that own their model (Slate, CKEditor 5, Draft.js) apply a cancelable beforeinput
  // themselves and cancel it. When nobody cancels it nothing changed, and the next path runs.
  root.dispatchEvent(
    new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text }),
  );
}

function dispatchPaste(root: HTMLElement, text: string): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  root.dispatchEvent(new view.ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
}

function editDom(root: HTMLElement, text: string): void {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  range.deleteContents();
  const node = root.ownerDocument.createTextNode(text);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** The caret's [start, end) in composer text, or null when the selection is elsewhere. */
function caretRange(root: HTMLElement): { start: number; end: number } | null {
  if (isTextControl(root)) {
    if (root.ownerDocument.activeElement !== root) return null;
    return { start: root.selectionStart ?? root.value.length, end: root.selectionEnd ?? root.value.length };
  }
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const map = buildTextMap(root);
  const toOffset = (node: Node, offset: number): number | null => {
    if (node.nodeType === 3) {
      const seg = map.segments.find((s) => s.node === node);
      return seg ? seg.start + offset : null;
    }
    // An element position: the text start of the child at offset, else the end of what precedes it.
    const child = node.childNodes[offset];
    let best = 0;
    for (const seg of map.segments) {
      if (child && (child === seg.node || child.contains(seg.node))) return seg.start;
      const cmp = seg.node.compareDocumentPosition(child ?? node);
      if (cmp & 4 /* FOLLOWING */) best = seg.start + seg.node.data.length;
    }
    return best;
  };
  const start = toOffset(range.startContainer, range.startOffset);
  const end = toOffset(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
