import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import { distinctCards } from '../../../lib/ui/trigger-labels';

describe('side panel trigger cards', () => {
  it('shows a repeat contact once, not again as frustration on the same words', () => {
    const r = analyzeConversation([{ id: 'm1', role: 'customer', text: 'I wrote to you on Monday about this same invoice.' }], {
      tone: false,
    });
    expect(r.triggers.map((t) => t.kind).sort()).toEqual(['frustration', 'repeat_contact']);
    expect(distinctCards(r.triggers).map((t) => t.kind)).toEqual(['repeat_contact']);
  });

  it('drops the echo when the words overlap rather than match exactly', () => {
    const r = analyzeConversation([{ id: 'm1', role: 'customer', text: "This is the third time I'm contacting you about this." }], {
      tone: false,
    });
    expect(r.triggers.map((t) => t.kind)).toContain('frustration');
    expect(distinctCards(r.triggers).map((t) => t.kind)).toEqual(['repeat_contact']);
  });

  it('keeps a frustration card that has its own words', () => {
    const r = analyzeConversation(
      [{ id: 'm1', role: 'customer', text: 'I wrote to you on Monday about this same invoice. This is ridiculous.' }],
      { tone: false },
    );
    expect(
      distinctCards(r.triggers)
        .map((t) => t.kind)
        .sort(),
    ).toEqual(['frustration', 'repeat_contact']);
  });
});
