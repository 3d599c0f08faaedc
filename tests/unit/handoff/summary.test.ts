import { describe, expect, it } from 'vitest';
import { buildHandoffSummary, formatDuration, oneLine, riskTrend } from '@/lib/handoff/summary';
import { CHAT_NOW, ESCALATING_CHAT, ESCALATING_DETECTION } from './fixtures';

const input = {
  chatId: 'chat-1',
  url: 'https://help.example.test/chats/chat-1',
  messages: ESCALATING_CHAT,
  detection: ESCALATING_DETECTION,
  riskHistory: [20, 35, 40, 60, 82],
  now: CHAT_NOW,
  id: 'ho_test_1',
};

describe('buildHandoffSummary', () => {
  const summary = buildHandoffSummary(input);

  it('takes the first customer grievance as the one-line issue, with the card masked', () => {
    expect(summary.issue).toBe('My order #48213 never arrived and you charged my card [card ••••1111] twice.');
    expect(summary.issue).not.toMatch(/4111 1111/);
  });

  it('takes what the customer wants, masking contact details', () => {
    expect(summary.wants).toBe('I want a full refund today.');
  });

  it('lists what the agent already did, in order, from agent lines only', () => {
    expect(summary.tried).toEqual([
      "I've checked the tracking and the parcel is marked as lost.",
      'I have requested a replacement from the warehouse.',
      "I've refunded the duplicate charge.",
    ]);
  });

  it('quotes each trigger once with its message id', () => {
    expect(summary.triggers.map((t) => [t.kind, t.messageId])).toEqual([
      ['repeat_contact', 'm2'],
      ['escalation_request', 'm6'],
      ['threat_chargeback', 'm6'],
      ['repeated_escalation_request', 'm8'],
    ]);
    expect(summary.triggers[2]?.quote).toBe('I will dispute the charge with my bank');
  });

  it('carries risk, trend, customer, time in chat and the link back', () => {
    expect(summary).toMatchObject({
      id: 'ho_test_1',
      chatId: 'chat-1',
      customer: { name: 'Dana Whitfield' },
      risk: 82,
      level: 'high',
      riskTrend: 'rising',
      timeInChat: { ms: 14 * 60_000, text: '14 min' },
      link: 'https://help.example.test/chats/chat-1',
      createdAt: CHAT_NOW,
    });
  });

  it('is deterministic for the same input', () => {
    expect(buildHandoffSummary(input)).toEqual(summary);
  });

  it('keeps personal data when masking is switched off', () => {
    const raw = buildHandoffSummary({ ...input, redact: false });
    expect(raw.issue).toContain('4111 1111 1111 1111');
  });

  it('gives each handoff its own id when none is passed', () => {
    const { id: _ignored, ...rest } = input;
    const a = buildHandoffSummary(rest);
    const b = buildHandoffSummary(rest);
    expect(a.id).toMatch(/^ho_/);
    expect(a.id).not.toBe(b.id);
  });

  it('copes with a chat that has no customer text yet', () => {
    const empty = buildHandoffSummary({ ...input, messages: [], riskHistory: [] });
    expect(empty).toMatchObject({ issue: '', wants: '', tried: [], riskTrend: 'unknown', timeInChat: { ms: 0 } });
  });
});

describe('summary helpers', () => {
  it('formats time in chat for people', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(65 * 60_000)).toBe('1 h 5 min');
    expect(formatDuration(2 * 3_600_000)).toBe('2 h');
  });

  it('cuts long issues at a word boundary', () => {
    const line = oneLine(`${'word '.repeat(60)}end`, 50);
    expect(line.length).toBeLessThanOrEqual(50);
    expect(line.endsWith('…')).toBe(true);
  });

  it('reads the risk trend from recent history', () => {
    expect(riskTrend([80, 75, 70, 50])).toBe('falling');
    expect(riskTrend([50, 52, 49, 51])).toBe('steady');
  });
});
