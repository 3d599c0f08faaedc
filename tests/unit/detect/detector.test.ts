import { describe, expect, it } from 'vitest';
import { analyzeConversation, chatContext, createDetector, explainRisk, findAgentRisks, validateCustomRule } from '../../../lib/detect';
import { chat, loadChat } from './helpers';

const FIXTURES = [
  'calm-order-question',
  'calm-troubleshooting',
  'calm-billing-question',
  'escalating-manager-legal',
  'agent-never-apologises',
  'hard-negatives',
];

describe('whole chats (fixtures)', () => {
  it('keeps a calm chat low, with no triggers at all', () => {
    const { messages } = loadChat('calm-order-question');
    const r = analyzeConversation(messages);
    expect(r.triggers).toEqual([]);
    expect(r.level).toBe('low');
    expect(r.nextSteps).toEqual([]);
  });

  it('keeps cooperative troubleshooting and billing chats low: no threat, no request, no nudge', () => {
    // "still blinking", "again", "never use", "why wasn't I moved": the words of a complaint in a calm chat.
    for (const name of ['calm-troubleshooting', 'calm-billing-question']) {
      const r = analyzeConversation(loadChat(name).messages);
      expect(r.level, name).toBe('low');
      expect(
        r.triggers.filter((t) => !['frustration', 'missing_apology'].includes(t.kind)),
        name,
      ).toEqual([]);
    }
  });

  it('reads a lone "No." by what the customer asked: a refusal after a request, an answer after a question', () => {
    const refused = analyzeConversation(chat('customer: Then transfer me to someone who can help.', 'agent: No.'));
    expect(refused.triggers).toContainEqual({ kind: 'agent_bare_refusal', messageId: 'm2', evidence: 'No.' });
    const answered = analyzeConversation(
      chat('customer: Is there a fee to change the date?', 'agent: No.', 'agent: It is free up to a day before.'),
    );
    expect(answered.triggers.map((t) => t.kind)).not.toContain('agent_bare_refusal');
  });

  it('finds nothing on the customer side of the hard negatives', () => {
    const { messages } = loadChat('hard-negatives');
    const r = analyzeConversation(messages);
    expect(r.triggers).toEqual([]);
    expect(r.risk).toBe(0);
    // The agent's "I'll ask my supervisor" is an offer, and the "Because…" line an explanation.
    expect(r.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['escalation_offer', 'explanation']));
  });

  it('follows an escalating chat: repeated requests, legal and chargeback threats, denial', () => {
    const { messages } = loadChat('escalating-manager-legal');
    const r = analyzeConversation(messages, { chatId: 'c1' });
    const kinds = r.triggers.map((t) => t.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'frustration',
        'repeat_contact',
        'escalation_request',
        'repeated_escalation_request',
        'agent_denies_escalation',
        'agent_bare_refusal',
        'threat_legal',
        'threat_chargeback',
        'missing_apology',
      ]),
    );
    // m5 asks, m7 asks again ("Get me a supervisor NOW"; m8 "HELLO??" is the same turn), m10 asks a third time.
    const repeats = r.triggers.filter((t) => t.kind === 'repeated_escalation_request');
    expect(repeats.map((t) => [t.messageId, t.count])).toEqual([
      ['m7', 2],
      ['m10', 3],
    ]);
    expect(r.triggers.find((t) => t.kind === 'escalation_request')?.messageId).toBe('m5');
    expect(['high', 'critical']).toContain(r.level);
    expect(r.id).toBe('c1');
    // The most urgent steps come first: legal threat before the escalation.
    expect(r.nextSteps[0]?.trigger).toBe('threat_legal');
    expect(r.nextSteps.some((s) => s.action === 'handoff')).toBe(true);
  });

  it('every finding quotes the message text exactly', () => {
    for (const name of FIXTURES) {
      const { messages } = loadChat(name);
      const r = analyzeConversation(messages);
      const byId = new Map(messages.map((m) => [m.id, m.text]));
      for (const f of [...r.triggers, ...r.cues]) {
        expect(byId.get(f.messageId)).toContain(f.evidence);
        expect(f.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('flags a missing apology after two agent turns, on the second unapologetic reply', () => {
    const { messages } = loadChat('agent-never-apologises');
    const r = analyzeConversation(messages);
    const missing = r.triggers.filter((t) => t.kind === 'missing_apology');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.messageId).toBe('m4');
    expect(r.triggers.map((t) => t.kind)).toEqual(expect.arrayContaining(['agent_blame', 'agent_hedging']));
    // With three turns allowed it has not fired by m4.
    const lenient = analyzeConversation(messages, { missingApologyTurns: 3 });
    expect(lenient.triggers.find((t) => t.kind === 'missing_apology')?.messageId).toBe('m6');
  });

  it('a plain problem report is not frustration, but the agent still owes an apology', () => {
    const r = analyzeConversation(
      chat(
        "customer: My parcel hasn't arrived yet, can you check? Order 55102.",
        'agent: Let me look.',
        'customer: ok',
        'agent: It is with the courier.',
      ),
    );
    expect(r.triggers.map((t) => [t.kind, t.messageId])).toEqual([['missing_apology', 'm4']]);
    expect(r.level).toBe('low');
  });

  it('does not flag a missing apology when the agent apologises', () => {
    const r = analyzeConversation(
      chat(
        'customer: My parcel never arrived, this is unacceptable.',
        "agent: I'm so sorry about that. Let me look it up.",
        'agent: It was lost by the courier.',
        'agent: I have sent a replacement.',
      ),
    );
    expect(r.triggers.map((t) => t.kind)).not.toContain('missing_apology');
  });
});

describe('repeats count requests, not messages', () => {
  it('one burst of messages is one request; a later "still waiting for that supervisor" is another', () => {
    const r = analyzeConversation(
      chat(
        'customer: I want to speak to a manager.',
        'customer: MANAGER. NOW.',
        'agent: Let me see what I can do first.',
        'customer: Still waiting for that supervisor.',
      ),
    );
    const requests = r.triggers.filter((t) => t.kind.includes('escalation_request'));
    expect(requests.map((t) => [t.kind, t.messageId, t.count])).toEqual([
      ['escalation_request', 'm1', undefined],
      ['repeated_escalation_request', 'm4', 2],
    ]);
  });
});

describe('risk', () => {
  it('rises with severity: a legal threat scores above a frustrated line', () => {
    const frustrated = analyzeConversation(chat('customer: this is so annoying')).risk;
    const legal = analyzeConversation(chat("customer: I'm taking you to court")).risk;
    const violent = analyzeConversation(chat("customer: I'll kill you")).risk;
    expect(frustrated).toBeGreaterThan(0);
    expect(legal).toBeGreaterThan(frustrated);
    expect(violent).toBeGreaterThan(legal);
    expect(analyzeConversation(chat("customer: I'll kill you")).level).toBe('critical');
  });

  it('rises with repetition and never passes 100', () => {
    const lines: string[] = [];
    const risks: number[] = [];
    for (let i = 0; i < 6; i++) {
      lines.push('customer: I want a manager, this is ridiculous!!!', 'agent: Please hold.');
      risks.push(analyzeConversation(chat(...lines)).risk);
    }
    for (let i = 1; i < risks.length; i++) expect(risks[i]).toBeGreaterThanOrEqual(risks[i - 1] as number);
    expect(risks[risks.length - 1]).toBeGreaterThan(risks[0] as number);
    expect(risks[risks.length - 1]).toBeLessThanOrEqual(100);
  });

  it('falls slowly when the agent recovers with an apology and an explanation', () => {
    const d = createDetector();
    d.add({ id: 'm1', role: 'customer', text: 'This is ridiculous, I want a supervisor!!!' });
    const peak = d.result().risk;
    d.add({ id: 'm2', role: 'agent', text: "I'm really sorry. This happened because the warehouse mislabelled it; I'll fix it now." });
    const after = d.result().risk;
    expect(after).toBeLessThan(peak);
    expect(after).toBeGreaterThan(peak / 3); // slowly, not wiped out by one line
    expect(d.riskHistory()).toEqual([peak, after]);
  });

  it('explains which findings moved the risk', () => {
    const steps = explainRisk(chat('customer: I will sue you', "agent: I'm sorry, I'll bring in my supervisor now."));
    expect(steps[0]?.messageId).toBe('m1');
    expect(steps[0]?.reasons[0]).toMatchObject({ kind: 'threat_legal', evidence: 'I will sue' });
    expect(steps[0]?.after).toBeGreaterThan(steps[0]?.before ?? 0);
    expect(steps[1]?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['apology', 'escalation_offer']));
    expect(steps[1]?.after).toBeLessThan(steps[1]?.before ?? 0);
  });

  it('sensitivity scales a kind, and 0 turns it off', () => {
    const text = 'customer: this is ridiculous';
    const normal = analyzeConversation(chat(text)).risk;
    expect(analyzeConversation(chat(text), { sensitivity: { frustration: 'high' } }).risk).toBeGreaterThan(normal);
    const off = analyzeConversation(chat(text), { sensitivity: { frustration: 0 } });
    expect(off.triggers).toEqual([]);
    expect(off.risk).toBe(0);
  });
});

describe('incremental analysis', () => {
  it('adding messages one by one gives the full re-analysis result at every step', () => {
    for (const name of FIXTURES) {
      const { messages } = loadChat(name);
      const d = createDetector({ chatId: name });
      messages.forEach((m, i) => {
        const incremental = d.add(m);
        expect(incremental).toEqual(analyzeConversation(messages.slice(0, i + 1), { chatId: name }));
      });
      expect(d.riskHistory()).toHaveLength(messages.length);
    }
  });
});

describe('custom rules', () => {
  it('runs a team phrase as a custom trigger, with the same negation guard', () => {
    const rules = [{ kind: 'custom:gdpr_request' as const, phrases: ['delete my data', 'GDPR'], severity: 'high' as const }];
    const hit = analyzeConversation(chat('customer: Please delete my data under GDPR'), { customRules: rules });
    expect(hit.triggers).toEqual([{ kind: 'custom:gdpr_request', messageId: 'm1', evidence: 'delete my data' }]);
    expect(hit.risk).toBeGreaterThan(0);
    const negated = analyzeConversation(chat("customer: no, don't delete my data"), { customRules: rules });
    expect(negated.triggers).toEqual([]);
    const agentLine = analyzeConversation(chat('agent: I can delete my data copy'), { customRules: rules });
    expect(agentLine.triggers).toEqual([]);
  });

  it('rejects invalid and pathological patterns with a reason, and skips them without breaking the rest', () => {
    expect(validateCustomRule({ kind: 'abuse', patterns: ['(a+)+$'] }).ok).toBe(false);
    expect(validateCustomRule({ kind: 'abuse', patterns: ['(unclosed'] }).problems[0]?.path).toBe('patterns[0]');
    expect(validateCustomRule({ kind: 'not-a-kind', phrases: ['x'] }).problems[0]?.path).toBe('kind');
    expect(validateCustomRule({ kind: 'abuse', phrases: ['muppet'] }).ok).toBe(true);
    const r = analyzeConversation(chat('customer: you muppet'), {
      customRules: [
        { kind: 'abuse', patterns: ['(a+)+$'] },
        { kind: 'custom:muppet', phrases: ['muppet'] },
      ],
    });
    expect(r.triggers.map((t) => t.kind)).toContain('custom:muppet');
  });
});

describe('agent side: chat context and draft risks', () => {
  const messages = chat('customer: My order is late again, this is unacceptable. I want a manager.', 'agent: Can I have the order number?');

  it('summarises the chat for the draft coach', () => {
    const ctx = chatContext(messages);
    expect(ctx).toMatchObject({ grievanceOpen: true, agentTurnsSinceGrievance: 1, managerRequested: true, threatOnTable: false });
  });

  it('flags a draft that denies a manager and has no apology, with offsets into the draft', () => {
    const draft = 'There is no manager. The order ships Monday.';
    const risks = findAgentRisks(draft, chatContext(messages));
    expect(risks.map((r) => r.kind)).toEqual(['agent_denies_escalation', 'missing_apology']);
    for (const r of risks) expect(draft.slice(r.start, r.end)).toBe(r.evidence);
  });

  it('leaves a good draft alone', () => {
    const draft = "I'm sorry it's late again. I'm bringing in my supervisor now, and I'll stay with you.";
    expect(findAgentRisks(draft, chatContext(messages))).toEqual([]);
  });
});
