import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSettings, isLocked, readManagedPolicy, stripManagedValues } from '../../../lib/settings/managed';
import { loadUserSettings, resetSettingsItemForTests, saveUserSettings } from '../../../lib/settings/storage';

const teamRule = {
  id: 'team-gdpr',
  kind: 'custom:gdpr_request',
  role: 'customer',
  severity: 'high',
  enabled: true,
  phrases: ['delete my data', 'right to be forgotten'],
  patterns: [],
  nextSteps: [{ id: 'gdpr-route', text: 'I can start a data deletion request for you right now.' }],
  examples: { shouldMatch: ['Please delete my data today'], shouldNotMatch: ['delete my old address'] },
};

describe('managed policy overlay', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('overrides a user setting and reports it as locked', async () => {
    const { settings: user } = await loadUserSettings();
    user.coaching.shareWithLead = false;
    user.coaching.retentionDays = 45;
    user.theme = 'dark';
    await saveUserSettings(user);
    await fakeBrowser.storage.managed.set({ coaching: { shareWithLead: true }, nudge: { minLevel: 'elevated' } });

    const policy = await readManagedPolicy();
    const { settings: stored } = await loadUserSettings();
    const { settings, locked, issues } = effectiveSettings(stored, policy);

    expect(issues).toEqual([]);
    expect(settings.coaching.shareWithLead).toBe(true);
    // Sub-fields the policy did not set keep the agent's value and stay editable.
    expect(settings.coaching.retentionDays).toBe(45);
    expect(settings.theme).toBe('dark');
    expect(settings.nudge.minLevel).toBe('elevated');
    expect(isLocked(locked, 'coaching.shareWithLead')).toBe(true);
    expect(isLocked(locked, 'coaching.retentionDays')).toBe(false);
    expect(isLocked(locked, 'theme')).toBe(false);
  });

  it('adds team rules (locked) beside the agent own rules, and a team rule wins on the same id', async () => {
    const { settings: user } = await loadUserSettings();
    user.customRules = [
      { ...teamRule, id: 'mine', kind: 'custom:mine', phrases: ['my words'] },
      { ...teamRule, severity: 'low' } as (typeof user.customRules)[number],
    ] as typeof user.customRules;
    await fakeBrowser.storage.managed.set({ customRules: [teamRule], enabledSites: ['https://acme.zendesk.com'] });

    const { settings, locked } = effectiveSettings(user, await readManagedPolicy());
    expect(settings.customRules.map((r) => [r.id, r.severity])).toEqual([
      ['team-gdpr', 'high'],
      ['mine', 'high'],
    ]);
    expect(locked.has('customRules.team-gdpr')).toBe(true);
    expect(locked.has('customRules.mine')).toBe(false);
    expect(settings.enabledSites).toEqual(['https://acme.zendesk.com']);

    // Saving from the options page never copies team values into the agent's own settings.
    const saved = stripManagedValues(settings, user, locked);
    expect(saved.customRules.map((r) => r.id)).toEqual(['mine']);
    expect(saved.enabledSites).toEqual([]);
  });

  it('ignores an invalid policy value, reports it, and keeps the user value', async () => {
    const { settings: user } = await loadUserSettings();
    await fakeBrowser.storage.managed.set({ theme: 'neon', draftCoach: { waitingThresholdSec: 'soon', enabled: false } });
    const { settings, locked, issues } = effectiveSettings(user, await readManagedPolicy());
    expect(settings.theme).toBe('system');
    expect(settings.draftCoach.waitingThresholdSec).toBe(120);
    expect(settings.draftCoach.enabled).toBe(false);
    expect(issues.map((i) => i.path).sort()).toEqual(['draftCoach.waitingThresholdSec', 'theme']);
    expect([...locked]).toEqual(['draftCoach.enabled']);
  });

  it('treats a browser without a policy (Firefox: managed storage throws) as no overlay', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toBeNull();
    const { settings: user } = await loadUserSettings();
    const result = effectiveSettings(user, null);
    expect(result.settings).toEqual(user);
    expect(result.locked.size).toBe(0);
  });
});
