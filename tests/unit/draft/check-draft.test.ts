import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/draft/check-draft';
import { draftChatContext } from '../../../lib/draft/context';
import { apologisedChat, calmChat, managerChat, upsetChat } from './chats';
import { GOOD_REPLIES } from './good-replies';

const kinds = (draft: string, chat = apologisedChat) => checkDraft(draft, draftChatContext(chat)).map((f) => f.kind);

describe('checkDraft flags risky drafts with the right kind and evidence', () => {
  const risky: Array<[string, typeof calmChat, string, string]> = [
    ["No, we can't do that.", apologisedChat, 'agent_bare_refusal', "No, we can't do that"],
    ['We cannot refund opened items.', apologisedChat, 'agent_bare_refusal', 'We cannot refund'],
    ["That's not possible.", apologisedChat, 'agent_bare_refusal', "That's not possible"],
    ["There's nothing more I can do.", apologisedChat, 'agent_bare_refusal', "There's nothing more I can do"],
    ['No.', apologisedChat, 'agent_bare_refusal', 'No.'],
    ['There is no manager here.', managerChat, 'agent_denies_escalation', 'There is no manager'],
    ["Sorry, I'm the highest level you can reach.", managerChat, 'agent_denies_escalation', "I'm the highest"],
    [
      "I'm sorry, but a manager would just tell you the same thing.",
      managerChat,
      'agent_denies_escalation',
      'a manager would just tell you the same',
    ],
    ["I'm sorry, you can't speak to a supervisor in chat.", managerChat, 'agent_denies_escalation', "you can't speak to a supervisor"],
    ["I'm sorry, no need for a manager, I can handle this myself.", managerChat, 'agent_denies_escalation', 'no need for a manager'],
    ["I'm not sure when it ships.", apologisedChat, 'agent_hedging', "I'm not sure"],
    ['I guess it could arrive on Friday.', apologisedChat, 'agent_hedging', 'I guess'],
    ['I think it might arrive Friday.', apologisedChat, 'agent_hedging', 'I think it might'],
    ['Hopefully the replacement works this time.', apologisedChat, 'agent_hedging', 'Hopefully'],
    ['You should have read the terms before ordering.', apologisedChat, 'agent_blame', 'You should have read the terms'],
    ['As I already told you, returns take 10 days.', apologisedChat, 'agent_blame', 'As I already told you'],
    ["That's not our problem, the courier handles it.", apologisedChat, 'agent_blame', 'not our problem'],
    ['It is your responsibility to check the box on arrival.', apologisedChat, 'agent_blame', 'It is your responsibility'],
    ["We don't do exchanges.", apologisedChat, 'agent_bare_refusal', "We don't do exchanges"],
    ["There's no one else you can talk to.", managerChat, 'agent_denies_escalation', "There's no one else you can talk"],
    ['I have no idea.', apologisedChat, 'agent_hedging', 'I have no idea'],
    ['Not my problem.', apologisedChat, 'agent_blame', 'Not my problem'],
    ["Like I said, it's in the FAQ.", apologisedChat, 'agent_blame', 'Like I said'],
  ];
  for (const [draft, chat, kind, evidence] of risky) {
    it(`${kind}: "${draft}"`, () => {
      const findings = checkDraft(draft, draftChatContext(chat));
      const f = findings.find((x) => x.kind === kind);
      expect(f, JSON.stringify(findings)).toBeDefined();
      expect(f?.evidence).toBe(evidence);
      expect(draft.slice(f?.start, f?.end)).toBe(f?.evidence);
    });
  }

  it('points Replace at the flagged sentence only, keeping the rest of the draft', () => {
    const draft = 'Thanks for waiting, Dana. No, we cannot refund that. Have a good day!';
    const f = checkDraft(draft, draftChatContext(apologisedChat)).find((x) => x.kind === 'agent_bare_refusal');
    expect(draft.slice(f?.sentenceStart, f?.sentenceEnd)).toBe('No, we cannot refund that.');
  });

  it('missing_apology: the second unapologetic reply to an upset customer', () => {
    const f = checkDraft('Let me check the warehouse stock.', draftChatContext(upsetChat));
    expect(f.map((x) => x.kind)).toEqual(['missing_apology']);
    expect(f[0]?.reason).toContain('second time');
    // Replace keeps the agent's sentence and puts the apology in front of it.
    expect(f[0]?.replacement).toBe(
      "I'm sorry about this, Dana — that's not the experience you should have had. Let me check the warehouse stock.",
    );
  });

  it('missing_apology is not raised once the agent has apologised, nor in a calm chat', () => {
    expect(kinds('Let me check the warehouse stock.', apologisedChat)).toEqual([]);
    expect(kinds('Let me check the warehouse stock.', calmChat)).toEqual([]);
    expect(kinds("I'm sorry, let me check the warehouse stock.", upsetChat)).toEqual([]);
  });

  it('"sorry you feel that way" is not an apology', () => {
    expect(kinds("I'm sorry you feel that way. Let me check.", upsetChat)).toContain('missing_apology');
  });

  it('fills suggestions with the chat variables and never leaves a {variable}', () => {
    const deny = checkDraft('There is no manager here.', draftChatContext(managerChat)).find((x) => x.kind === 'agent_denies_escalation');
    expect(deny?.suggestion).toContain('Dana');
    expect(deny?.suggestion).toContain('supervisor');
    const hedge = checkDraft("I'm not sure when it ships.", draftChatContext(apologisedChat)).find((x) => x.kind === 'agent_hedging');
    expect(hedge?.suggestion).toContain('48213');
    const anon = checkDraft('There is no manager here.', draftChatContext(managerChat.map(({ author: _a, ...m }) => m)));
    expect(anon[0]?.suggestion).not.toMatch(/[{}]/);
  });

  it('denial of a manager depends on context only for soft put-offs', () => {
    expect(kinds('No need for a manager, I can handle this myself.', apologisedChat)).toEqual([]);
    expect(kinds('There is no manager here.', apologisedChat)).toEqual(['agent_denies_escalation']);
  });

  it('muted kinds are not flagged', () => {
    const f = checkDraft("No, we can't do that.", draftChatContext(apologisedChat), { muted: ['agent_bare_refusal'] });
    expect(f).toEqual([]);
  });

  it('handles curly apostrophes as typed on a Mac', () => {
    expect(kinds('No, we can’t do that.')).toEqual(['agent_bare_refusal']);
  });
});

describe('good replies that share the risky words are not flagged', () => {
  for (const { chat, draft } of GOOD_REPLIES) {
    it(draft, () => {
      expect(checkDraft(draft, draftChatContext(chat))).toEqual([]);
    });
  }

  it(`false flags on ${GOOD_REPLIES.length} good replies stay at or under 5 %`, () => {
    expect(GOOD_REPLIES.length).toBeGreaterThanOrEqual(40);
    const flagged = GOOD_REPLIES.filter(({ chat, draft }) => checkDraft(draft, draftChatContext(chat)).length > 0);
    expect(flagged.length / GOOD_REPLIES.length).toBeLessThanOrEqual(0.05);
  });
});

describe('with the detector', () => {
  it("accepts the detector's incremental chat context and flags what its agent rules flag", async () => {
    const { createDetector } = await import('../../../lib/detect');
    const detector = createDetector();
    for (const m of managerChat) detector.add(m);
    const f = checkDraft('There is no manager here, sorry.', detector.context());
    expect(f.map((x) => x.kind)).toEqual(['agent_denies_escalation']);
    // First names only in suggestions, even when the chat knows the full name.
    expect(f[0]?.suggestion).toContain('I understand, Dana.');
  });
});

describe('whole-draft judgement', () => {
  it('a no followed by an alternative in the next sentence is fine; one in the middle of a long draft is flagged', () => {
    expect(kinds("No, we can't do that. What I can do is send a prepaid label today.")).toEqual([]);
    const draft = 'Thanks for the photos, they help. We cannot refund opened items. Have a nice evening.';
    const [f] = checkDraft(draft, draftChatContext(apologisedChat));
    expect(f?.kind).toBe('agent_bare_refusal');
    expect(draft.slice(f?.sentenceStart, f?.sentenceEnd)).toBe('We cannot refund opened items.');
  });
  it('flags each risky sentence of a draft once, in order', () => {
    const f = checkDraft('As I said, it is your fault. I guess it ships Friday.', draftChatContext(apologisedChat));
    expect(f.map((x) => x.kind)).toEqual(['agent_blame', 'agent_hedging']);
  });
});
