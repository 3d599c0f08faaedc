import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message, Role } from '../../../lib/transcript/message';

const FIXTURES = join(__dirname, '../../fixtures/chats');

/** A fixture chat with ids m1, m2, … as the CLI numbers them. */
export function loadChat(name: string): { id: string; messages: Message[] } {
  const raw = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as {
    id: string;
    messages: Array<Omit<Message, 'id'> & { id?: string }>;
  };
  return { id: raw.id, messages: raw.messages.map((m, i) => ({ ...m, id: m.id ?? `m${i + 1}` })) };
}

/** Short chats in tests: "customer: text" lines. */
export function chat(...lines: string[]): Message[] {
  return lines.map((line, i) => {
    const at = line.indexOf(': ');
    return { id: `m${i + 1}`, role: line.slice(0, at) as Role, text: line.slice(at + 2) };
  });
}
