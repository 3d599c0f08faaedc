import { describe, expect, it } from 'vitest';
import { decideNudge, type NudgeMemory } from '../../../lib/background/nudge-policy';
import type { DetectionResult } from '../../../lib/detect/types';
import { isMuted, recordFeedback, visibleDetection } from '../../../lib/feedback/trigger-feedback';
import { triggerLabel } from '../../../lib/ui/trigger-labels';

const result = (over: Partial<DetectionResult>): DetectionResult => ({
  id: 'c',
  risk: 10,
  level: 'low',
  triggers: [],
  cues: [],
  nextSteps: [],
  ...over,
});
const legal = { kind: 'threat_legal' as const, messageId: 'm5', evidence: 'talking to my lawyer' };
const frustration = { kind: 'frustration' as const, messageId: 'm3', evidence: 'This is ridiculous' };

describe('trigger feedback', () => {
  it('mutes a phrase the agent marked "not right" twice, whatever its case and spacing', () => {
    let book = recordFeedback({}, frustration, 'not_right', 1);
    expect(isMuted(book, frustration)).toBe(false);
    book = recordFeedback(book, { ...frustration, evidence: 'this  is RIDICULOUS' }, 'not_right', 2);
    expect(isMuted(book, frustration)).toBe(true);
    const shown = visibleDetection(result({ triggers: [frustration, legal] }), book, undefined);
    expect(shown.triggers).toEqual([legal]);
  });

  it('hides a dismissed finding and a snoozed kind, with their next steps', () => {
    const r = result({
      triggers: [frustration, legal],
      nextSteps: [
        { id: 'apologise', trigger: 'frustration', text: 'I am sorry' },
        { id: 'legal', trigger: 'threat_legal', text: 'I understand' },
      ],
    });
    const shown = visibleDetection(r, {}, { dismissed: ['frustration|m3'], snoozed: [] });
    expect(shown.triggers).toEqual([legal]);
    expect(shown.nextSteps.map((s) => s.id)).toEqual(['legal']);
    expect(visibleDetection(r, {}, { dismissed: [], snoozed: ['threat_legal'] }).triggers).toEqual([frustration]);
  });
});

describe('page nudge policy', () => {
  const settings = { enabled: true, minLevel: 'high' as const };
  const memory = (): NudgeMemory => ({ level: 'low', nudged: new Set() });

  it('stays quiet while risk is only elevated', () => {
    expect(decideNudge(result({ level: 'elevated', risk: 40, triggers: [frustration] }), memory(), settings, triggerLabel)).toBeNull();
  });

  it('nudges once for a new critical trigger, with its first line to insert', () => {
    const m = memory();
    const r = result({
      level: 'elevated',
      risk: 45,
      triggers: [legal],
      nextSteps: [{ id: 's', trigger: 'threat_legal', text: 'I hear you.' }],
    });
    expect(decideNudge(r, m, settings, triggerLabel)).toMatchObject({ title: 'Legal threat', stepText: 'I hear you.' });
    expect(decideNudge(r, m, settings, triggerLabel)).toBeNull();
  });

  it('nudges when risk crosses into the configured level, and never when nudges are off', () => {
    const r = result({ level: 'high', risk: 70, triggers: [frustration] });
    expect(decideNudge(r, memory(), settings, triggerLabel)).toMatchObject({ level: 'high', trigger: 'frustration' });
    expect(decideNudge(r, memory(), { ...settings, enabled: false }, triggerLabel)).toBeNull();
  });
});
