import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isRole, type Message, ROLES } from '../transcript/message';

/**
 * Reading conversations for the command-line tools (analyze, check-draft). A source is a `.json`
 * file (one conversation, or an array of them), a `.jsonl` file (one conversation per line), or
 * `-` for standard input (JSON or JSONL, told apart by whether the first line parses alone).
 * Files are streamed line by line, so 10,000 conversations never sit in memory at once.
 * Errors are values: `{line, error}` with a message naming the line and the field.
 */

export interface Conversation {
  id: string;
  messages: Message[];
}

export type ConversationItem = { line: number; conversation: Conversation } | { line: number; error: string };

/** Turns one parsed JSON value into a conversation, or a message naming the field that is wrong. */
export function toConversation(value: unknown, line: number): ConversationItem {
  const fail = (field: string, problem: string): ConversationItem => ({ line, error: `line ${line}: ${field} ${problem}` });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('conversation', 'must be a JSON object like {"id": "…", "messages": [{"role": "customer", "text": "…"}]}');
  }
  const raw = value as Record<string, unknown>;
  let id = `conv-${line}`;
  if (raw.id !== undefined) {
    if (typeof raw.id !== 'string' && typeof raw.id !== 'number') return fail('id', 'must be a string or a number');
    id = String(raw.id);
  }
  if (!Array.isArray(raw.messages)) return fail('messages', 'is missing or not a list');
  const messages: Message[] = [];
  for (let i = 0; i < raw.messages.length; i++) {
    const m = raw.messages[i] as Record<string, unknown> | null;
    const at = `messages[${i}]`;
    if (typeof m !== 'object' || m === null || Array.isArray(m)) return fail(at, 'must be an object with role and text');
    if (!isRole(m.role)) {
      return fail(`${at}.role`, `must be one of ${ROLES.join(', ')} (got ${JSON.stringify(m.role ?? null)})`);
    }
    if (typeof m.text !== 'string') return fail(`${at}.text`, `must be a string (got ${m.text === undefined ? 'nothing' : typeof m.text})`);
    const message: Message = { id: `m${i + 1}`, role: m.role, text: m.text };
    if (m.id !== undefined) {
      if (typeof m.id !== 'string' && typeof m.id !== 'number') return fail(`${at}.id`, 'must be a string or a number');
      message.id = String(m.id);
    }
    if (m.at !== undefined && m.at !== null) {
      const t = typeof m.at === 'number' ? m.at : typeof m.at === 'string' ? Date.parse(m.at) : Number.NaN;
      if (!Number.isFinite(t)) return fail(`${at}.at`, 'must be epoch milliseconds or an ISO date');
      message.at = t;
    }
    if (typeof m.author === 'string') message.author = m.author;
    messages.push(message);
  }
  return { line, conversation: { id, messages } };
}

function parseLine(text: string, line: number): ConversationItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, error: `line ${line}: not valid JSON (${(e as Error).message})` };
  }
  return toConversation(value, line);
}

/** A whole JSON document: one conversation, or a list of them (numbered 1, 2, … as "lines"). */
function* parseDocument(text: string): Generator<ConversationItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { line: 1, error: `line 1: not valid JSON (${(e as Error).message})` };
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield toConversation(value[i], i + 1);
  } else {
    yield toConversation(value, 1);
  }
}

async function* readJsonLines(input: Readable): AsyncGenerator<ConversationItem> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (text.trim() === '') continue;
    yield parseLine(text, line);
  }
}

/** Standard input: JSONL when the first non-empty line is a JSON object on its own, else one JSON document. */
async function* readAuto(input: Readable): AsyncGenerator<ConversationItem> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let mode: 'unknown' | 'jsonl' | 'document' = 'unknown';
  const buffered: string[] = [];
  for await (const text of rl) {
    line++;
    if (mode === 'document') {
      buffered.push(text);
      continue;
    }
    if (mode === 'unknown') {
      if (text.trim() === '') {
        buffered.push(text);
        continue;
      }
      try {
        const value = JSON.parse(text);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) mode = 'jsonl';
        else mode = 'document';
      } catch {
        mode = 'document';
      }
      if (mode === 'document') {
        buffered.push(text);
        continue;
      }
    }
    if (text.trim() === '') continue;
    yield parseLine(text, line);
  }
  if (mode === 'document') yield* parseDocument(buffered.join('\n'));
}

/**
 * Conversations from a file path or `-` (standard input), in order, each with its line number.
 * A missing or unreadable file is one error item (line 0) rather than a throw.
 */
export async function* readConversations(source: string, stdin: Readable = process.stdin): AsyncGenerator<ConversationItem> {
  if (source === '-') {
    yield* readAuto(stdin);
    return;
  }
  try {
    const info = await stat(source);
    if (!info.isFile()) throw new Error('not a file');
  } catch (e) {
    yield {
      line: 0,
      error: `cannot read ${source}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    };
    return;
  }
  const stream = createReadStream(source, 'utf8');
  if (/\.(?:jsonl|ndjson)$/i.test(source)) yield* readJsonLines(stream);
  else if (/\.json$/i.test(source)) {
    const chunks: string[] = [];
    for await (const chunk of stream) chunks.push(chunk as string);
    yield* parseDocument(chunks.join(''));
  } else yield* readAuto(stream);
}
