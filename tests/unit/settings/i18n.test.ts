import { describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../../lib/i18n';

describe('t()', () => {
  it('fills placeholders by name', () => {
    expect(t('options_sites_denied', { origin: 'https://acme.zendesk.com' })).toBe(
      'Access to https://acme.zendesk.com was not granted, so it was not added.',
    );
  });

  it('falls back to English for a language without a catalogue', () => {
    expect(setLanguage('xx-YY')).toBe('en');
    expect(t('options_locked')).toBe('Set by your team');
    setLanguage('en');
  });
});
