import { toConversation } from '../cli/io';
import type { Message } from '../transcript/message';

/**
 * Reading check-draft input: `{"id"?, "messages":[{"id"?,"role","text","at"?}], "draft":"text"}`
 * per JSON document or JSONL line. The conversation part is validated by the shared reader
 * (lib/cli/io.ts toConversation, the same messages `analyze` gives); this adds the draft field.
 * Errors are values naming the line and the field, so one bad line never stops the others.
 */
export interface DraftCase {
  id: string;
  messages: Message[];
  draft: string;
}
export type DraftInputItem = { line: number; ok: true; value: DraftCase } | { line: number; ok: false; error: string };

export function parseDraftCase(raw: unknown, line: number): DraftInputItem {
  const conv = toConversation(raw, line);
  if ('error' in conv) return { line, ok: false, error: conv.error };
  const draft = (raw as Record<string, unknown>).draft;
  if (typeof draft !== 'string') {
    return {
      line,
      ok: false,
      error: `line ${line}: draft ${draft === undefined ? 'is missing' : 'must be a string'} (the reply being typed)`,
    };
  }
  return { line, ok: true, value: { ...conv.conversation, draft } };
}

/** Parse a whole text: one JSON document (object or array of objects) or JSONL. */
export function* parseDraftText(text: string): Generator<DraftInputItem> {
  const trimmed = text.trim();
  if (trimmed === '') return;
  try {
    const doc: unknown = JSON.parse(trimmed);
    if (Array.isArray(doc)) {
      for (const [i, item] of doc.entries()) yield parseDraftCase(item, i + 1);
    } else {
      yield parseDraftCase(doc, 1);
    }
    return;
  } catch {
    // Not one document: read it as JSON Lines.
  }
  const lines = text.split(/\r?\n/);
  for (const [i, l] of lines.entries()) if (l.trim() !== '') yield parseDraftLine(l, i + 1);
}

/** One JSONL line (blank lines yield nothing useful and are skipped by the caller). */
export function parseDraftLine(l: string, line: number): DraftInputItem {
  if (l.trim() === '') return { line, ok: false, error: '' };
  try {
    return parseDraftCase(JSON.parse(l), line);
  } catch (e) {
    return { line, ok: false, error: `line ${line}: not valid JSON (${(e as Error).message})` };
  }
}
