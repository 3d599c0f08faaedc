export { detectEditorKind, type EditorKind } from './editor-kind';
export { insertAtCursor, type InsertOutcome, readComposerText, replaceRange } from './insert';
