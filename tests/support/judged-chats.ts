import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeConversation, type DetectorOptions } from '../../lib/detect';
import type { Message, Role } from '../../lib/transcript/message';

/**
 * Whole helpdesk chats written for Tact, each message labelled with the trigger kinds a careful
 * team lead would flag (tests/fixtures/chats/judged/*.jsonl). The detector runs on each chat as
 * it would live, and its triggers are compared message by message: a small stand-in for the
 * held-out helpdesk chats the detector is judged on, hard negatives included.
 */

export const JUDGED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/chats/judged');

/** Repeated requests count as requests; missing_apology is judged over turns, not lines, so it is left out. */
const SAME_AS: Record<string, string> = { repeated_escalation_request: 'escalation_request' };
const NOT_JUDGED = new Set(['missing_apology']);

export interface JudgedChat {
  id: string;
  /** The file it came from (set-A, set-B, …). */
  set: string;
  domain?: string;
  messages: Array<{ role: Role; text: string; expect: string[] }>;
}

export function loadJudgedChats(): JudgedChat[] {
  const chats: JudgedChat[] = [];
  for (const file of readdirSync(JUDGED_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(JUDGED_DIR, file), 'utf8').split('\n')) {
      if (line.trim()) chats.push({ ...(JSON.parse(line) as Omit<JudgedChat, 'set'>), set: file.replace(/\.jsonl$/, '') });
    }
  }
  return chats;
}

export interface Disagreement {
  chat: string;
  message: string;
  role: Role;
  text: string;
  kind: string;
  /** 'missed': expected, not found; 'extra': found, not expected. */
  type: 'missed' | 'extra';
}

export interface JudgedScores {
  perKind: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
  /** Messages where the detector and the labels agree exactly (kinds as sets). */
  messagesAgreeing: number;
  messages: number;
  /** Calm chats (no expected trigger anywhere) that the detector took to high or critical. */
  calmChatsAlarmed: string[];
  calmChats: number;
  disagreements: Disagreement[];
}

export function judge(chats: JudgedChat[], opts: DetectorOptions = {}): JudgedScores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (kind: string, key: 'tp' | 'fp' | 'fn') => {
    counts[kind] ??= { tp: 0, fp: 0, fn: 0 };
    counts[kind][key]++;
  };
  const disagreements: Disagreement[] = [];
  const calmChatsAlarmed: string[] = [];
  let calmChats = 0;
  let messages = 0;
  let messagesAgreeing = 0;
  for (const chat of chats) {
    const msgs: Message[] = chat.messages.map((m, i) => ({ id: `m${i + 1}`, role: m.role, text: m.text }));
    const result = analyzeConversation(msgs, opts);
    const found = new Map<string, Set<string>>();
    for (const t of result.triggers) {
      const kind = SAME_AS[t.kind] ?? t.kind;
      if (NOT_JUDGED.has(kind)) continue;
      const set = found.get(t.messageId) ?? new Set<string>();
      set.add(kind);
      found.set(t.messageId, set);
    }
    const calm = chat.messages.every((m) => m.expect.filter((k) => !NOT_JUDGED.has(k)).length === 0);
    if (calm) {
      calmChats++;
      if (result.level === 'high' || result.level === 'critical') calmChatsAlarmed.push(chat.id);
    }
    chat.messages.forEach((m, i) => {
      const id = `m${i + 1}`;
      const expected = new Set(m.expect.map((k) => SAME_AS[k] ?? k).filter((k) => !NOT_JUDGED.has(k)));
      const got = found.get(id) ?? new Set<string>();
      messages++;
      if (expected.size === got.size && [...expected].every((k) => got.has(k))) messagesAgreeing++;
      for (const k of expected) {
        if (got.has(k)) bump(k, 'tp');
        else {
          bump(k, 'fn');
          disagreements.push({ chat: chat.id, message: id, role: m.role, text: m.text, kind: k, type: 'missed' });
        }
      }
      for (const k of got) {
        if (expected.has(k)) continue;
        bump(k, 'fp');
        disagreements.push({ chat: chat.id, message: id, role: m.role, text: m.text, kind: k, type: 'extra' });
      }
    });
  }
  const perKind: JudgedScores['perKind'] = {};
  for (const [kind, c] of Object.entries(counts)) {
    perKind[kind] = {
      ...c,
      precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1,
      recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1,
    };
  }
  return { perKind, messagesAgreeing, messages, calmChatsAlarmed, calmChats, disagreements };
}
