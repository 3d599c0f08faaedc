import { describe, expect, it } from 'vitest';
import {
  type CustomRule,
  compileCustomRules,
  customRuleNextSteps,
  parsePastedChat,
  previewCustomRules,
  validateCustomRule,
} from '../../../lib/settings/custom-rules';
import { checkPattern, findPathologicalShape, MAX_MATCH_CHARS } from '../../../lib/settings/pattern-safety';

/** A team pack: a new custom kind plus extra phrases for two built-in kinds. */
const pack: CustomRule[] = [
  {
    id: 'gdpr-request',
    label: 'Data deletion request',
    kind: 'custom:gdpr_request',
    role: 'customer',
    severity: 'high',
    enabled: true,
    phrases: ['delete my data', 'right to be forgotten', 'erase my account'],
    patterns: ['\\bGDPR\\b', 'data protection (officer|authority)'],
    nextSteps: [{ id: 'gdpr-start', text: 'I can open a data deletion request for you now; it is completed within 30 days.' }],
    examples: {
      shouldMatch: ['I want you to DELETE my   data now', 'Under GDPR you must answer me', 'I will write to the data protection authority'],
      shouldNotMatch: ['please delete my old shipping address', 'the gdprs thing', 'I forgot my password'],
    },
  },
  {
    id: 'regulator-uk',
    kind: 'threat_regulator',
    role: 'customer',
    severity: 'high',
    enabled: true,
    phrases: ['Financial Ombudsman', 'Trading Standards'],
    patterns: [],
    nextSteps: [],
    examples: { shouldMatch: ["I'm going to Trading Standards"], shouldNotMatch: ['Trading cards are standard'] },
  },
  {
    id: 'no-can-do',
    kind: 'agent_bare_refusal',
    role: 'agent',
    severity: 'medium',
    enabled: true,
    phrases: ['no can do'],
    patterns: ["that('s| is) (just )?(not|never) (going to|gonna) happen"],
    nextSteps: [{ id: 'explain-why', text: 'I can\u2019t do that because {reason}, but here is what I can do: …' }],
    examples: {
      shouldMatch: ['Sorry, no can do.', 'That is not going to happen', "that's never gonna happen"],
      shouldNotMatch: ['I can do that'],
    },
  },
];

function packRule(i: number): CustomRule {
  const rule = pack[i];
  if (!rule) throw new Error(`no rule ${i} in the pack`);
  return rule;
}

describe('custom rules', () => {
  it('a team pack validates and every example passes', () => {
    for (const rule of pack) {
      const check = validateCustomRule(rule);
      expect(check.problems, rule.id).toEqual([]);
      expect(check.ok).toBe(true);
    }
    const { compiled, rejected } = compileCustomRules(pack);
    expect(rejected).toEqual([]);
    expect(compiled).toHaveLength(3);
  });

  it('lists a failing example with what went wrong', () => {
    const rule = structuredClone(packRule(0));
    rule.examples.shouldMatch.push('forget about me');
    rule.examples.shouldNotMatch.push('gdpr is confusing');
    const check = validateCustomRule(rule);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      { path: 'examples.shouldMatch[3]', message: 'should match but does not: "forget about me"' },
      { path: 'examples.shouldNotMatch[3]', message: 'should not match but matches "gdpr" in: "gdpr is confusing"' },
    ]);
  });

  it('rejects an invalid regex with the reason', () => {
    const check = validateCustomRule({ ...packRule(0), patterns: ['refund (now'] });
    expect(check.ok).toBe(false);
    expect(check.problems[0]?.path).toBe('patterns[0]');
    expect(check.problems[0]?.message).toMatch(/not a valid regular expression/);
  });

  it('rejects a bad kind and a missing phrase list with readable messages', () => {
    const check = validateCustomRule({ ...packRule(0), kind: 'gdpr' });
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatchObject({ path: 'kind' });
    expect(check.problems[0]?.message).toMatch(/custom:<name>/);
    const empty = validateCustomRule({ ...packRule(0), phrases: [], patterns: [] });
    expect(empty.problems).toEqual([{ path: 'phrases', message: 'add at least one phrase or pattern' }]);
  });

  it('previews a pasted chat: customer rules read customer lines, agent rules agent lines', () => {
    const chat = [
      'customer: I asked twice already. Under GDPR I want you to delete my data.',
      'agent: no can do, sorry',
      'customer: then I am going to the Financial Ombudsman',
      'agent: I understand you want to delete my data? (agent line, must not fire a customer rule)',
    ].join('\n');
    const messages = parsePastedChat(chat);
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
    const hits = previewCustomRules(messages, compileCustomRules(pack).compiled);
    expect(hits.map((h) => [h.messageId, h.kind, h.evidence])).toEqual([
      ['p1', 'custom:gdpr_request', 'GDPR'],
      ['p1', 'custom:gdpr_request', 'delete my data'],
      ['p2', 'agent_bare_refusal', 'no can do'],
      ['p3', 'threat_regulator', 'Financial Ombudsman'],
    ]);
    // Evidence is the exact substring of the message text.
    for (const hit of hits) {
      const text = messages.find((m) => m.id === hit.messageId)?.text ?? '';
      expect(text.slice(hit.index, hit.index + hit.evidence.length)).toBe(hit.evidence);
    }
  });

  it("offers each rule's own next steps under the rule's kind", () => {
    const steps = customRuleNextSteps([
      ...pack,
      { ...packRule(0), id: 'off', enabled: false, nextSteps: [{ id: 'never', text: 'never shown' }] },
    ]);
    expect(steps.map((s) => [s.id, s.trigger])).toEqual([
      ['gdpr-start', 'custom:gdpr_request'],
      ['explain-why', 'agent_bare_refusal'],
    ]);
  });

  it('leaves disabled and broken rules out without dropping the good ones', () => {
    const broken = { ...packRule(1), id: 'broken', patterns: ['(a+)+$'] };
    const off = { ...packRule(2), id: 'off', enabled: false };
    const { compiled, rejected } = compileCustomRules([packRule(0), broken, off]);
    expect(compiled.map((c) => c.rule.id)).toEqual(['gdpr-request']);
    expect(rejected.map((r) => r.ruleId)).toEqual(['broken']);
  });
});

describe('pathological patterns', () => {
  it.each([
    ['(a+)+$', /nested repeat/],
    ['(.*)*x', /nested repeat/],
    ['(\\w+\\s?)*!', /nested repeat/],
    ['((ab)*c)+', /nested repeat/],
    ['(x+x+)+y', /nested repeat/],
    ['(a)\\1', /backreferences/],
    ['(?<w>a)\\k<w>', /backreferences/],
    ['a{1,5000}', /repeat count/],
    ['x*', /matches empty text/],
  ])('rejects %s', (source, reason) => {
    const check = checkPattern(source);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('rejects a pattern longer than the limit', () => {
    const check = checkPattern(`refund${'|refund'.repeat(80)}`);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/limit is 300/);
  });

  it('catches an exponential pattern the static check misses, quickly, by probing', () => {
    // Overlapping alternatives under a repeat: no nested quantifier, still exponential.
    expect(findPathologicalShape('(a|a)*b')).toBeNull();
    const start = performance.now();
    const check = checkPattern('(a|a)*b');
    const elapsed = performance.now() - start;
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/too slow/);
    expect(elapsed).toBeLessThan(500);
  });

  it('accepts ordinary patterns', () => {
    for (const source of ['\\bGDPR\\b', 'refund (now|today|immediately)', '(call|phone) my bank', '\\d{3,4} days', 'sue(d|ing)?\\b']) {
      expect(checkPattern(source).ok, source).toBe(true);
    }
  });

  it('bounds matching to the first MAX_MATCH_CHARS characters of a huge message', () => {
    const rule = { ...packRule(0), phrases: ['needle'], patterns: ['n[a-z]*e'] };
    const { compiled } = compileCustomRules([rule]);
    const messages = [{ id: 'm1', role: 'customer' as const, text: `${'a'.repeat(MAX_MATCH_CHARS)} needle` }];
    expect(previewCustomRules(messages, compiled)).toEqual([]);
    const start = performance.now();
    previewCustomRules([{ id: 'm2', role: 'customer', text: 'word '.repeat(200_000) }], compiled);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
