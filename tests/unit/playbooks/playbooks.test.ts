import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../../lib/detect/types';
import { DEFAULT_PACK, fillTemplate, nextStepsFor, rephrasingFor, sortByUrgency, URGENCY } from '../../../lib/playbooks';

const t = (kind: Trigger['kind'], extra: Partial<Trigger> = {}): Trigger => ({ kind, messageId: 'm1', evidence: 'x', ...extra });

describe('nextStepsFor', () => {
  it('gives 1–3 steps per trigger, most urgent trigger first', () => {
    const steps = nextStepsFor({ triggers: [t('frustration'), t('threat_legal')] }, { customerName: 'Chris' });
    expect(steps[0]?.trigger).toBe('threat_legal');
    const perTrigger = new Map<string, number>();
    for (const s of steps) perTrigger.set(s.trigger, (perTrigger.get(s.trigger) ?? 0) + 1);
    for (const n of perTrigger.values()) expect(n).toBeGreaterThanOrEqual(1);
    for (const n of perTrigger.values()) expect(n).toBeLessThanOrEqual(3);
    expect(steps[0]?.text).toContain('Chris');
  });

  it('stops and escalates on violence: the first step opens the handoff', () => {
    const steps = nextStepsFor({ triggers: [t('frustration'), t('threat_violence')] });
    expect(steps[0]).toMatchObject({ trigger: 'threat_violence', action: 'handoff' });
  });

  it('on a second manager request, hands over at once instead of offering the first-request steps', () => {
    const steps = nextStepsFor({ triggers: [t('escalation_request'), t('repeated_escalation_request', { count: 2 })] });
    expect(steps[0]).toMatchObject({ trigger: 'repeated_escalation_request', action: 'handoff' });
    expect(steps.some((s) => s.trigger === 'escalation_request')).toBe(false);
  });

  it('prefers the frustration + missing apology combination: apologise first', () => {
    const combo = nextStepsFor({ triggers: [t('frustration'), t('missing_apology')] }).filter((s) => s.trigger === 'frustration');
    expect(combo[0]?.id).toBe('frustration-apology');
    const plain = nextStepsFor({ triggers: [t('frustration')] });
    expect(plain[0]?.id).toBe('frustration-empathy');
  });

  it('never denies a manager exists in any default line', () => {
    for (const s of DEFAULT_PACK.steps) expect(s.text).not.toMatch(/there is no (manager|supervisor)|no one above/i);
  });

  it('puts team steps first and lets them replace a default with the same id', () => {
    const pack = {
      id: 'acme',
      name: 'Acme',
      steps: [
        { id: 'escalation-offer', trigger: 'escalation_request', text: 'Acme: I am calling my lead, {customerName}.' },
        { id: 'acme-extra', trigger: 'escalation_request', text: 'Acme extra line.' },
      ],
    };
    const steps = nextStepsFor({ triggers: [t('escalation_request')] }, {}, [pack]);
    expect(steps.map((s) => s.id).slice(0, 2)).toEqual(['escalation-offer', 'acme-extra']);
    expect(steps[0]?.text).toBe('Acme: I am calling my lead.');
    // An invalid pack is skipped, not fatal.
    expect(nextStepsFor({ triggers: [t('escalation_request')] }, {}, [{ id: '', name: '', steps: [] }]).length).toBeGreaterThan(0);
  });

  it('returns nothing when there is no trigger', () => {
    expect(nextStepsFor({ triggers: [] })).toEqual([]);
  });
});

describe('variables', () => {
  it('fills known variables and never leaves a raw placeholder', () => {
    expect(fillTemplate("I'm sorry, {customerName} — order {orderId} is on its way.", { customerName: 'Dana', orderId: 'A-1234' })).toBe(
      "I'm sorry, Dana — order A-1234 is on its way.",
    );
    expect(fillTemplate("I'm sorry, {customerName} — order {orderId} is on its way.")).toBe("I'm sorry — your order is on its way.");
    expect(fillTemplate('{customerName}, thanks for waiting.')).toBe('Thanks for waiting.');
    for (const step of DEFAULT_PACK.steps) expect(fillTemplate(step.text, {})).not.toMatch(/\{[A-Za-z]+\}/);
  });

  it('rephrasingFor gives a better line for a flagged agent sentence', () => {
    expect(rephrasingFor('agent_denies_escalation', { customerName: 'Sam' })).toContain('supervisor');
    expect(rephrasingFor('agent_hedging', { orderId: '77120' })).toContain('77120');
    expect(rephrasingFor('agent_hedging', {})).not.toMatch(/\{/);
    expect(rephrasingFor('missing_apology', {})).toMatch(/^I'm sorry about this — /);
    expect(rephrasingFor('no_such_kind')).toBeUndefined();
  });
});

describe('URGENCY', () => {
  it('sorts triggers with violence first and hedging last, custom kinds after', () => {
    const sorted = sortByUrgency([t('agent_hedging'), t('custom:gdpr'), t('frustration'), t('threat_violence')]);
    expect(sorted.map((x) => x.kind)).toEqual(['threat_violence', 'frustration', 'agent_hedging', 'custom:gdpr']);
    expect(URGENCY[0]).toBe('threat_violence');
  });
});
