import { describe, expect, it } from 'vitest';
import { suggestReason } from '@/lib/handoff/reasons';

describe('suggestReason', () => {
  it('files a violent threat as an urgent threat, whatever else happened', () => {
    expect(suggestReason([{ kind: 'escalation_request' }, { kind: 'threat_violence' }], 'elevated')).toEqual({
      reason: 'threat',
      priority: 'urgent',
      because: ['threat_violence'],
    });
  });

  it('files a chargeback threat as a high-priority threat', () => {
    expect(suggestReason([{ kind: 'threat_chargeback' }], 'elevated')).toMatchObject({ reason: 'threat', priority: 'high' });
  });

  it('files repeated manager requests as "customer insisted", high from the third request', () => {
    expect(suggestReason([{ kind: 'escalation_request' }], 'elevated')).toMatchObject({ reason: 'customer_insisted', priority: 'normal' });
    expect(suggestReason([{ kind: 'repeated_escalation_request', count: 3 }], 'elevated')).toMatchObject({ priority: 'high' });
  });

  it('raises the priority with the risk level and falls back to "beyond authority" without triggers', () => {
    expect(suggestReason([], 'critical')).toEqual({ reason: 'beyond_authority', priority: 'urgent', because: [] });
    expect(suggestReason([{ kind: 'abuse' }], 'low')).toMatchObject({ reason: 'abuse', priority: 'high' });
  });
});
