import * as v from 'valibot';
import { ROLES, type Message } from '../transcript/message';

/**
 * Reading check-draft input: `{"id"?, "messages":[{"id"?,"role","text","at"?}], "draft":"text"}`
 * per JSON document or JSONL line. Errors are values naming the line and the field, so one bad
 * line never stops the others. (A local reader: lib/cli/io.ts from the detector work did not
 * exist when this was written; switch to it once it does.)
 */
const MessageInput = v.object({
  id: v.optional(v.string()),
  role: v.picklist(ROLES, `must be one of ${ROLES.join(', ')}`),
  text: v.string('must be a string'),
  at: v.optional(v.number('must be epoch milliseconds (a number)')),
  author: v.optional(v.string()),
});
const DraftInput = v.object({
  id: v.optional(v.union([v.string(), v.number()])),
  messages: v.array(MessageInput, 'must be an array of messages'),
  draft: v.string('must be the draft text (a string)'),
});

export interface DraftCase {
  id: string;
  messages: Message[];
  draft: string;
}
export type DraftInputItem = { line: number; ok: true; value: DraftCase } | { line: number; ok: false; error: string };

function issuePath(issue: v.BaseIssue<unknown>): string {
  const parts: string[] = [];
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') parts.push(`[${key}]`);
    else if (key !== undefined) parts.push(parts.length ? `.${String(key)}` : String(key));
  }
  return parts.join('') || '(document)';
}

export function parseDraftCase(raw: unknown, line: number): DraftInputItem {
  const r = v.safeParse(DraftInput, raw);
  if (!r.success) {
    const issue = r.issues[0];
    const field = issuePath(issue);
    const why = issue.expected === 'never' || /Invalid key/.test(issue.message) ? 'is required' : issue.message;
    return { line, ok: false, error: `line ${line}: field "${field}" ${why.startsWith('must') || why === 'is required' ? why : `is invalid: ${why}`}` };
  }
  const { id, messages, draft } = r.output;
  return {
    line,
    ok: true,
    value: {
      id: id === undefined ? `conv-${line}` : String(id),
      messages: messages.map((m, i) => ({ ...m, id: m.id ?? `m${i + 1}` })),
      draft,
    },
  };
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
