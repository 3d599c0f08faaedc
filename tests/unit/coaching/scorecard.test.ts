import { describe, expect, it } from 'vitest';
import { buildScorecard, measurePace } from '../../../lib/coaching/scorecard';
import type { Category, CategoryScore, Scorecard } from '../../../lib/coaching/types';
import type { DetectionResult } from '../../../lib/detect/types';
import type { Message } from '../../../lib/transcript/message';
import { loadChat } from './fixtures';

const cat = (card: Scorecard, category: Category): CategoryScore => {
  const found = card.categories.find((c) => c.category === category);
  if (!found) throw new Error(`no ${category}`);
  return found;
};
const quoteIds = (c: CategoryScore) => c.quotes.map((q) => q.messageId);

describe('fixture chats are realistic detector output', () => {
  it.each(['recovers', 'escalates-well', 'bare-no'] as const)('%s: every evidence is an exact substring of its message', (name) => {
    const chat = loadChat(name);
    const byId = new Map(chat.messages.map((m) => [m.id, m.text]));
    for (const f of [...chat.detection.triggers, ...chat.detection.cues]) expect(byId.get(f.messageId)).toContain(f.evidence);
    expect(chat.riskHistory).toHaveLength(chat.messages.length);
  });
});

describe('a chat that recovers', () => {
  const card = buildScorecard(loadChat('recovers'));

  it('counts the recovery as a win and quotes the line that turned it', () => {
    const recovery = cat(card, 'recovery');
    expect(recovery.verdict).toBe('good');
    expect(recovery.reason).toBe('Risk peaked at 68 and the customer ended calm (risk 15): you turned this chat around.');
    expect(quoteIds(recovery)[0]).toBe('a3');
    expect(card.peakRisk).toBe(68);
    expect(card.finalRisk).toBe(15);
  });

  it('credits the apology in the first reply, with empathy and the reason behind the answer', () => {
    expect(cat(card, 'apology')).toMatchObject({
      verdict: 'good',
      score: 100,
      reason: 'You apologised in your first reply after the complaint.',
    });
    expect(cat(card, 'apology').quotes[0]).toEqual({ messageId: 'a1', text: "I'm so sorry", role: 'agent' });
    expect(cat(card, 'empathy').verdict).toBe('good');
    expect(cat(card, 'explanations').quotes[0]?.text).toBe('Because the damage happened in transit');
  });

  it('marks manager and escalation as not applicable: nobody asked, nobody threatened more than churn', () => {
    expect(cat(card, 'manager_access')).toMatchObject({ score: null, verdict: 'n/a' });
    expect(cat(card, 'escalation')).toMatchObject({ score: null, verdict: 'n/a' });
  });

  it('measures pace from message times', () => {
    expect(card.pace).toEqual({ firstResponseMs: 40_000, medianReplyMs: 42_500, maxReplyMs: 50_000, replies: 4 });
    expect(cat(card, 'pace')).toMatchObject({
      verdict: 'good',
      reason: 'You kept pace. First reply after 40 s, typical reply 43 s, longest wait 50 s.',
    });
  });

  it('praises what worked when there is nothing to fix: recovery first, tied to the agent lines', () => {
    expect(card.tips.map((t) => [t.id, t.tone, t.quote.messageId])).toEqual([
      ['recovery-won', 'praise', 'a3'],
      ['apology-prompt', 'praise', 'a1'],
    ]);
    expect(card.overall).toBe(100);
  });
});

describe('a chat that escalates well', () => {
  const card = buildScorecard(loadChat('escalates-well'));

  it("counts the escalation in the agent's favour, with the time it took", () => {
    const escalation = cat(card, 'escalation');
    expect(escalation.verdict).toBe('good');
    expect(escalation.score).toBe(100);
    expect(escalation.reason).toContain('asked for a manager again and you escalated at once (30 s)');
    expect(escalation.reason).toContain('counts in your favour');
    expect(escalation.quotes.map((q) => q.text)).toEqual(["I'm bringing in my supervisor now", 'I want your supervisor']);
    expect(card.escalation).toMatchObject({
      trigger: 'repeated_escalation_request',
      timeToEscalateMs: 30_000,
      agentRepliesBefore: 0,
      timely: true,
    });
    expect(card.escalation.reason).toBe("Refund of a duplicate charge above the agent's limit");
  });

  it('does not count a handover while risk was still high as a failed recovery', () => {
    const recovery = cat(card, 'recovery');
    expect(recovery.verdict).toBe('ok');
    expect(recovery.reason).toContain('bringing in a supervisor was the right move');
  });

  it('credits never denying the manager and the prompt apology', () => {
    expect(cat(card, 'manager_access').verdict).toBe('good');
    expect(cat(card, 'apology').verdict).toBe('good');
    expect(cat(card, 'explanations').verdict).toBe('n/a');
  });

  it('leads the tips with praise for the escalation, quoting the handover line', () => {
    expect(card.tips[0]).toMatchObject({
      id: 'escalation-done-well',
      tone: 'praise',
      quote: { messageId: 'a2', text: "I'm bringing in my supervisor now" },
    });
    expect(card.tips.every((t) => t.tone === 'praise')).toBe(true);
    expect(card.tips.length).toBeGreaterThanOrEqual(2);
  });

  it('ignores the internal note for pace and agent replies', () => {
    expect(card.pace.replies).toBe(3);
  });
});

describe('a chat with a bare no and no apology', () => {
  const card = buildScorecard(loadChat('bare-no'));

  it('flags the missing apology and the missing empathy', () => {
    expect(cat(card, 'apology')).toMatchObject({
      verdict: 'improve',
      score: 0,
      reason: 'The customer complained and no apology followed.',
    });
    expect(quoteIds(cat(card, 'apology'))).toEqual(['a2', 'c1']);
    expect(cat(card, 'empathy').verdict).toBe('improve');
  });

  it('flags the bare no in both refusal categories, quoting it', () => {
    expect(cat(card, 'no_bare_refusals')).toMatchObject({
      verdict: 'improve',
      reason: '1 reply said no and stopped there, with no reason or alternative.',
    });
    expect(cat(card, 'explanations')).toMatchObject({ verdict: 'improve', score: 0 });
    expect(cat(card, 'explanations').quotes[0]?.text).toBe("No, we can't refund that.");
  });

  it('flags the denied manager, the hedge, the slow replies and the unrecovered risk', () => {
    expect(cat(card, 'manager_access')).toMatchObject({ verdict: 'improve', score: 0 });
    expect(cat(card, 'manager_access').quotes[0]?.text).toBe('There is no manager');
    // The hedge trigger and the hedge cue are on the same line: one hedged answer, not two.
    expect(cat(card, 'confidence')).toMatchObject({ verdict: 'ok', score: 60 });
    expect(cat(card, 'pace').verdict).toBe('improve');
    expect(cat(card, 'pace').reason).toContain('longest wait 4 min');
    expect(cat(card, 'recovery')).toMatchObject({ verdict: 'improve', reason: 'Risk peaked at 90 and the chat ended there.' });
    expect(cat(card, 'escalation')).toMatchObject({
      verdict: 'improve',
      reason: 'The customer threatened to go public and the chat was never escalated.',
    });
  });

  it('gives three tips on three different agent lines, each with a better phrasing', () => {
    expect(card.tips.map((t) => [t.id, t.quote.messageId])).toEqual([
      ['manager-denied', 'a3'],
      ['refusal-bare', 'a1'],
      ['apology-missing', 'a2'],
    ]);
    for (const tip of card.tips) {
      expect(tip.tone).toBe('try');
      expect(tip.quote.role).toBe('agent');
      expect(tip.betterPhrasing.length).toBeGreaterThan(20);
      expect(tip.betterPhrasing).not.toBe(tip.quote.text);
    }
    expect(card.tips[1]?.betterPhrasing).toMatch(/because .* but I can offer/);
    expect(card.overall).toBeLessThan(40);
  });
});

describe('scorecard edge cases', () => {
  const t0 = 1_779_000_000_000;
  const msg = (id: string, role: Message['role'], sec: number, text: string): Message => ({ id, role, text, at: t0 + sec * 1000 });
  const none: DetectionResult = { id: 'x', risk: 10, level: 'low', triggers: [], cues: [], nextSteps: [] };

  it('a calm chat without message times has no grievance categories and no pace', () => {
    const messages: Message[] = [
      { id: 'c1', role: 'customer', text: 'How do I change my e-mail address?' },
      { id: 'a1', role: 'agent', text: 'Go to Settings, then Account, and edit it there.' },
    ];
    const card = buildScorecard({ chatId: 'calm', messages, detection: none, riskHistory: [10, 8], endedAt: t0 });
    // 10 is 'low' on the detector's scale (elevated starts at 20).
    expect(cat(card, 'apology').verdict).toBe('n/a');
    expect(cat(card, 'pace')).toMatchObject({ verdict: 'n/a', reason: 'Message times were not available, so pace could not be measured.' });
    expect(cat(card, 'recovery').reason).toBe('Risk stayed low throughout (peak 10).');
    expect(card.tips).toEqual([]);
  });

  it('a late escalation is "ok", and a late apology is "ok", each with a reason that says how late', () => {
    const messages = [
      msg('c1', 'customer', 0, 'This is the third time I write. Get me a manager.'),
      msg('a1', 'agent', 20, 'Let me look at your order.'),
      msg('c2', 'customer', 40, 'I said get me a manager!'),
      msg('a2', 'agent', 60, 'I can check the warehouse first.'),
      msg('a3', 'agent', 80, 'The parcel left yesterday.'),
      msg('c3', 'customer', 90, 'MANAGER. NOW.'),
      msg('a4', 'agent', 120, "I'm sorry. I'm bringing in my supervisor now."),
    ];
    const detection: DetectionResult = {
      ...none,
      risk: 70,
      triggers: [
        { kind: 'repeat_contact', messageId: 'c1', evidence: 'This is the third time I write' },
        { kind: 'escalation_request', messageId: 'c1', evidence: 'Get me a manager' },
        { kind: 'repeated_escalation_request', messageId: 'c2', evidence: 'get me a manager', count: 2 },
        { kind: 'repeated_escalation_request', messageId: 'c3', evidence: 'MANAGER', count: 3 },
      ],
      cues: [
        { kind: 'apology', messageId: 'a4', evidence: "I'm sorry" },
        { kind: 'escalation_offer', messageId: 'a4', evidence: "I'm bringing in my supervisor now" },
      ],
    };
    const card = buildScorecard({ chatId: 'late', messages, detection, riskHistory: [], endedAt: t0 + 200_000 });
    expect(cat(card, 'escalation')).toMatchObject({ verdict: 'ok', score: 60 });
    expect(cat(card, 'escalation').reason).toContain('after 2 more replies (1 min 20 s)');
    expect(cat(card, 'apology')).toMatchObject({ verdict: 'ok', score: 50 });
    expect(cat(card, 'apology').reason).toContain('after 3 other replies');
    expect(card.tips.map((t) => t.id)).toContain('escalation-late');
  });

  it('a violence threat that was not escalated gets the stop-and-escalate tip', () => {
    const messages = [
      msg('c1', 'customer', 0, "If this isn't fixed I'll come down there and smash the place."),
      msg('a1', 'agent', 30, 'Please calm down, sir.'),
    ];
    const detection: DetectionResult = {
      ...none,
      risk: 95,
      triggers: [{ kind: 'threat_violence', messageId: 'c1', evidence: "I'll come down there and smash the place" }],
    };
    const card = buildScorecard({ chatId: 'v', messages, detection, riskHistory: [95, 95], endedAt: t0 + 60_000 });
    expect(card.tips[0]).toMatchObject({ id: 'escalation-violence', quote: { messageId: 'a1' } });
  });

  it("falling risk is not a recovery while the customer's last line is still angry", () => {
    const messages = [
      msg('c1', 'customer', 0, 'This is ridiculous, the third time I write!'),
      msg('a1', 'agent', 30, "I'm sorry, here is why it happened: the courier lost it."),
      msg('c2', 'customer', 60, 'Still useless.'),
    ];
    const detection: DetectionResult = {
      ...none,
      risk: 30,
      triggers: [
        { kind: 'frustration', messageId: 'c1', evidence: 'This is ridiculous' },
        { kind: 'frustration', messageId: 'c2', evidence: 'Still useless' },
      ],
      cues: [{ kind: 'apology', messageId: 'a1', evidence: "I'm sorry" }],
    };
    const card = buildScorecard({ chatId: 'angry-end', messages, detection, riskHistory: [60, 28, 30], endedAt: t0 + 90_000 });
    expect(cat(card, 'recovery')).toMatchObject({ verdict: 'ok', reason: 'Risk peaked at 60 and only came down to 30.' });
    const calmEnd = buildScorecard({
      chatId: 'calm-end',
      messages: [...messages.slice(0, 2), msg('c2', 'customer', 60, 'OK, thanks.')],
      detection: { ...detection, triggers: detection.triggers.slice(0, 1) },
      riskHistory: [60, 28, 30],
      endedAt: t0 + 90_000,
    });
    expect(cat(calmEnd, 'recovery').verdict).toBe('good');
    expect(cat(calmEnd, 'recovery').quotes[0]?.messageId).toBe('a1');
  });

  it('pace waits from the first of several unanswered customer lines', () => {
    const pace = measurePace([
      msg('c1', 'customer', 0, 'hello?'),
      msg('c2', 'customer', 60, 'anyone there?'),
      msg('a1', 'agent', 150, 'Hi, sorry for the wait.'),
      msg('c3', 'customer', 160, 'ok'),
      msg('a2', 'agent', 170, 'How can I help?'),
    ]);
    expect(pace).toMatchObject({ firstResponseMs: 150_000, medianReplyMs: 80_000, maxReplyMs: 150_000, replies: 2, longestWaitId: 'c1' });
  });
});
