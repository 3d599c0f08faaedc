import { describe, expect, it } from 'vitest';
import { redact, redactWithCounts } from '@/lib/handoff/redact';
import { maskEditedRequest } from '@/lib/handoff/submit';
import { buildHandoffSummary } from '@/lib/handoff/summary';
import { defaultSettings } from '@/lib/settings/schema';
import { CHAT_NOW, ESCALATING_CHAT, ESCALATING_DETECTION } from './fixtures';
import { sampleRequest } from './helpers';

/** One value of every kind, each with the mask redact.ts gives it. */
const TEXT = 'Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, mail dana.w@example.com, call +44 20 7946 0958.';
const MASKED = {
  cards: '[card ••••1111]',
  ibans: '[IBAN GB••]',
  emails: '[email hidden]',
  phones: '[phone hidden]',
} as const;
const RAW = {
  cards: '4111 1111 1111 1111',
  ibans: 'GB82 WEST 1234 5698 7654 32',
  emails: 'dana.w@example.com',
  phones: '+44 20 7946 0958',
} as const;

describe('redact with the handoffMasking setting', () => {
  it('masks every kind with the default setting', () => {
    const { text, counts } = redactWithCounts(TEXT, defaultSettings().handoffMasking);
    expect(text).toBe('Card [card ••••1111], IBAN [IBAN GB••], mail [email hidden], call [phone hidden].');
    expect(counts).toEqual({ cards: 1, ibans: 1, emails: 1, phones: 1 });
  });

  for (const kind of ['cards', 'ibans', 'emails', 'phones'] as const) {
    it(`leaves ${kind} as typed when that kind is off, and masks the rest`, () => {
      const setting = { ...defaultSettings().handoffMasking, [kind]: false };
      const out = redact(TEXT, setting);
      expect(out).toContain(RAW[kind]);
      expect(out).not.toContain(MASKED[kind]);
      for (const other of Object.keys(MASKED) as Array<keyof typeof MASKED>) {
        if (other !== kind) expect(out).toContain(MASKED[other]);
      }
    });
  }

  it('never half-masks an unmasked IBAN or card as a phone number', () => {
    const phonesOnly = { cards: false, ibans: false, emails: false, phones: true };
    expect(redact('IBAN GB82 WEST 1234 5698 7654 32, Amex 3782 822463 10005, call 020 7946 0958', phonesOnly)).toBe(
      'IBAN GB82 WEST 1234 5698 7654 32, Amex 3782 822463 10005, call [phone hidden]',
    );
  });

  it('masks nothing when every kind is off', () => {
    expect(redact(TEXT, { cards: false, ibans: false, emails: false, phones: false })).toBe(TEXT);
  });

  it('masks what the agent typed in the card by the same setting', () => {
    const request = sampleRequest('ho_mask_1', { note: 'Her e-mail: dana.w@example.com, phone +44 20 7946 0958' });
    const masked = maskEditedRequest(request, { ...defaultSettings().handoffMasking, phones: false });
    expect(masked.note).toBe('Her e-mail: [email hidden], phone +44 20 7946 0958');
  });

  it('builds the summary with the setting: an unmasked card stays in the issue', () => {
    const base = {
      chatId: 'chat-1',
      url: 'https://help.example.test/chats/chat-1',
      messages: ESCALATING_CHAT,
      detection: ESCALATING_DETECTION,
      now: CHAT_NOW,
      id: 'ho_mask_2',
    };
    const masking = defaultSettings().handoffMasking;
    expect(buildHandoffSummary({ ...base, redact: masking }).issue).toContain('[card ••••1111]');
    expect(buildHandoffSummary({ ...base, redact: { ...masking, cards: false } }).issue).toContain('4111 1111 1111 1111');
  });
});
