import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../../lib/detect/types';
import { buildHandoffSummary, MAX_TRIGGER_QUOTES } from '../../../lib/handoff/summary';

describe('handoff trigger quotes', () => {
  it('keeps a late legal threat when the chat has more findings than the summary has room for', () => {
    const messages = Array.from({ length: 12 }, (_, i) => ({
      id: `m${i}`,
      role: 'customer' as const,
      text: `This is so annoying, attempt ${i}`,
    }));
    messages.push({ id: 'm99', role: 'customer', text: "I'm calling my lawyer tomorrow." });
    const triggers: Trigger[] = messages.slice(0, 12).map((m) => ({ kind: 'frustration', messageId: m.id, evidence: 'so annoying' }));
    triggers.push({ kind: 'threat_legal', messageId: 'm99', evidence: 'calling my lawyer' });
    const summary = buildHandoffSummary({
      chatId: 'c',
      url: 'https://x.example/c',
      messages,
      detection: { risk: 90, level: 'critical', triggers },
      now: 1,
      id: 'ho_1',
    });
    expect(summary.triggers).toHaveLength(MAX_TRIGGER_QUOTES);
    expect(summary.triggers.map((t) => t.kind)).toContain('threat_legal');
    // Still in the order they happened: the threat came last.
    expect(summary.triggers.at(-1)?.kind).toBe('threat_legal');
  });
});
