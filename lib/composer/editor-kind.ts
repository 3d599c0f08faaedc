/**
 * Which kind of editor a helpdesk composer is. Rich editors keep their own model and re-render
 * from it, so each needs the insert path it actually listens to (see insert.ts).
 */
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'prosemirror'
  | 'ckeditor5'
  | 'draftjs'
  | 'froala'
  | 'slate'
  | 'contenteditable'
  | 'unknown';

/** Markers each editor puts on (or right around) its editable root. Data, checked in order. */
const RICH_EDITOR_MARKERS: ReadonlyArray<{ kind: EditorKind; selector: string }> = [
  { kind: 'prosemirror', selector: '.ProseMirror' },
  { kind: 'ckeditor5', selector: '.ck-editor__editable, .ck-content[contenteditable]' },
  { kind: 'draftjs', selector: '.public-DraftEditor-content, .DraftEditor-root, [data-contents="true"]' },
  { kind: 'froala', selector: '.fr-element, .fr-view[contenteditable]' },
  { kind: 'slate', selector: '[data-slate-editor="true"], [data-slate-editor]' },
];

/** The editable root for an element the caller found (it may pass a wrapper or a child). */
export function editableRoot(el: HTMLElement): HTMLElement {
  if (isTextControl(el) || el.isContentEditable || el.getAttribute('contenteditable') === 'true') {
    // A contenteditable child inside a contenteditable root: climb to the outermost root.
    let root: HTMLElement = el;
    while (root.parentElement && isEditableAttr(root.parentElement)) root = root.parentElement;
    return root;
  }
  const inner = el.querySelector<HTMLElement>('textarea, input[type="text"], [contenteditable="true"], [contenteditable=""]');
  return inner ?? el;
}

function isEditableAttr(el: HTMLElement): boolean {
  const v = el.getAttribute('contenteditable');
  return v === '' || v === 'true' || v === 'plaintext-only';
}

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  return tag === 'TEXTAREA' || (tag === 'INPUT' && ['text', 'search', ''].includes((el as HTMLInputElement).type ?? ''));
}

export function detectEditorKind(el: HTMLElement): EditorKind {
  const root = editableRoot(el);
  if (root.tagName === 'TEXTAREA') return 'textarea';
  if (root.tagName === 'INPUT') return 'input';
  for (const { kind, selector } of RICH_EDITOR_MARKERS) {
    if (root.matches(selector) || root.closest(selector)) return kind;
  }
  if (isEditableAttr(root) || root.isContentEditable) return 'contenteditable';
  return 'unknown';
}

/** Editors that own a model and ignore DOM edits made behind their back. */
export function isModelDrivenEditor(kind: EditorKind): boolean {
  return kind === 'prosemirror' || kind === 'ckeditor5' || kind === 'draftjs' || kind === 'slate';
}
