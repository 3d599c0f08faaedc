import { describe, expect, it } from 'vitest';
import { effectiveSettings, isLocked, stripManagedValues } from '../../../lib/settings/managed';
import { migrateV1toV2, migrateV2toV3 } from '../../../lib/settings/migrations';
import { defaultSettings } from '../../../lib/settings/schema';
import { parsePartialSettings, parseSettings } from '../../../lib/settings/validate';

const ALL_MASKED = { cards: true, ibans: true, emails: true, phones: true };

describe('handoffMasking setting', () => {
  it('masks every kind by default', () => {
    expect(defaultSettings().handoffMasking).toEqual(ALL_MASKED);
    expect(parseSettings(undefined).settings.handoffMasking).toEqual(ALL_MASKED);
  });

  it('reads settings stored before the field existed as everything masked, without an issue', () => {
    const stored = { ...defaultSettings(), agentName: 'Priya' } as Record<string, unknown>;
    delete stored.handoffMasking;
    const { settings, issues } = parseSettings(stored);
    expect(settings.handoffMasking).toEqual(ALL_MASKED);
    expect(settings.agentName).toBe('Priya');
    expect(issues).toEqual([]);
  });

  it('reads settings migrated from v1 and v2 as everything masked', () => {
    const v1 = { sites: ['https://acme.zendesk.com'], sensitivity: 'high', nudges: true, retentionDays: 30, theme: 'auto' };
    const { settings, issues } = parseSettings(migrateV2toV3(migrateV1toV2(v1)));
    expect(settings.handoffMasking).toEqual(ALL_MASKED);
    expect(issues).toEqual([]);
  });

  it('keeps a kind the agent switched off and fills a missing kind as masked', () => {
    const { settings, issues } = parseSettings({ handoffMasking: { emails: false } });
    expect(settings.handoffMasking).toEqual({ ...ALL_MASKED, emails: false });
    expect(issues).toEqual([]);
  });

  it('reports a bad kind and masks it, leaving the good kinds as stored', () => {
    const { settings, issues } = parseSettings({ handoffMasking: { cards: 'no', phones: false } });
    expect(settings.handoffMasking).toEqual({ ...ALL_MASKED, phones: false });
    expect(issues.map((i) => i.path)).toEqual(['handoffMasking.cards']);
  });

  it('reports a value that is not an object and masks everything', () => {
    const { settings, issues } = parseSettings({ handoffMasking: false });
    expect(settings.handoffMasking).toEqual(ALL_MASKED);
    expect(issues).toEqual([{ path: 'handoffMasking', message: 'expected an object (got false)' }]);
  });

  it('lets a team policy lock one kind while the agent keeps the others', () => {
    const user = defaultSettings();
    user.handoffMasking.cards = false;
    user.handoffMasking.emails = false;
    const { settings, locked, issues } = effectiveSettings(user, { handoffMasking: { cards: true } });
    expect(issues).toEqual([]);
    expect(settings.handoffMasking).toEqual({ ...ALL_MASKED, emails: false });
    expect(isLocked(locked, 'handoffMasking.cards')).toBe(true);
    expect(isLocked(locked, 'handoffMasking.emails')).toBe(false);
    // Saving keeps the agent's own stored value under the lock, not the team's.
    const saved = stripManagedValues(settings, user, locked);
    expect(saved.handoffMasking).toEqual({ ...ALL_MASKED, cards: false, emails: false });
  });

  it('ignores an invalid policy value and says so', () => {
    const parsed = parsePartialSettings({ handoffMasking: { phones: 'sometimes' } });
    expect(parsed.issues.map((i) => i.path)).toEqual(['handoffMasking.phones']);
    const { settings, locked } = effectiveSettings(defaultSettings(), { handoffMasking: { phones: 'sometimes' } });
    expect(settings.handoffMasking.phones).toBe(true);
    expect(isLocked(locked, 'handoffMasking.phones')).toBe(false);
  });
});
