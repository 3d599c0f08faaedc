export { detectEditorKind, type EditorKind } from './editor-kind';
export { type InsertOutcome, insertAtCursor, readComposerText, replaceRange } from './insert';
