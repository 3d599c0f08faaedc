import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import type { Message } from '../../../lib/transcript/message';

const kinds = (messages: Message[]) => analyzeConversation(messages).triggers.map((t) => `${t.kind}@${t.messageId}`);
const grievance: Message = { id: 'c1', role: 'customer', text: 'My blender arrived cracked. Can I get a refund?' };

describe('an opening "No," answers; it does not negate what follows', () => {
  it('flags a bare refusal that starts with "No,"', () => {
    expect(kinds([grievance, { id: 'a1', role: 'agent', text: "No, we can't do that." }])).toContain('agent_bare_refusal@a1');
    expect(kinds([grievance, { id: 'a1', role: 'agent', text: "There's nothing more I can do." }])).toContain('agent_bare_refusal@a1');
  });

  it('still lets a reason or an alternative make it a good no', () => {
    const good = "No, we can't refund that because it was bought in a sale, but I can send a replacement today.";
    expect(kinds([grievance, { id: 'a1', role: 'agent', text: good }])).not.toContain('agent_bare_refusal@a1');
  });

  it('keeps a customer threat that follows "No."', () => {
    const reply: Message = { id: 'c2', role: 'customer', text: "No. I'm taking you to small claims court." };
    expect(kinds([grievance, { id: 'a1', role: 'agent', text: 'Would a voucher help?' }, reply])).toContain('threat_legal@c2');
  });

  it('still honours a real negation after the answer', () => {
    const reply: Message = { id: 'c2', role: 'customer', text: "No, I'm not going to sue anyone, I just want my money back." };
    expect(kinds([grievance, reply])).not.toContain('threat_legal@c2');
  });
});
