import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid, redact, redactWithCounts } from '@/lib/handoff/redact';

describe('redact', () => {
  it('masks Luhn-valid card numbers written with spaces or dashes, keeping the last four digits', () => {
    expect(redact('card 4111 1111 1111 1111 please')).toBe('card [card ••••1111] please');
    expect(redact('5500-0000-0000-0004')).toBe('[card ••••0004]');
    expect(redact('378282246310005')).toBe('[card ••••0005]');
  });

  it('leaves long numbers that fail the Luhn check alone (order numbers, tracking codes)', () => {
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(redact('tracking 4111 1111 1111 1112')).toBe('tracking 4111 1111 1111 1112');
  });

  it('masks e-mail addresses and phone numbers', () => {
    const { text, counts } = redactWithCounts('Mail dana.w@example.co.uk or call +44 20 7946 0958 / (555) 123-4567.');
    expect(text).toBe('Mail [email hidden] or call [phone hidden] / [phone hidden].');
    expect(counts).toEqual({ cards: 0, emails: 1, phones: 2, ibans: 0 });
  });

  it('does not mistake order numbers, dates, prices or short numbers for phones', () => {
    const text = 'Order #48213, ticket 7781234, order number 12345678 on 2026-11-24 cost 129.99 for 3 items.';
    expect(redact(text)).toBe(text);
  });

  it('masks IBANs that pass the mod-97 check only', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(redact('IBAN GB82 WEST 1234 5698 7654 32 thanks')).toBe('IBAN [IBAN GB••] thanks');
    expect(redact('code GB00WEST12345698765432')).toBe('code GB00WEST12345698765432');
  });

  it('can be switched off entirely or per kind', () => {
    const text = 'me@example.com 4111 1111 1111 1111';
    expect(redact(text, false)).toBe(text);
    expect(redact(text, { emails: false })).toBe('me@example.com [card ••••1111]');
  });
});
