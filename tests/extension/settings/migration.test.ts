import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../../../lib/settings/schema';
import { loadUserSettings, resetSettingsItemForTests, settingsItem } from '../../../lib/settings/storage';

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('upgrades v1 settings to the current version, keeping what the agent chose', async () => {
    // What the first prototype stored (no version meta = v1).
    await fakeBrowser.storage.local.set({
      settings: {
        sites: ['https://acme.zendesk.com'],
        sensitivity: 'high',
        nudges: false,
        retentionDays: 30,
        theme: 'auto',
      },
    });
    const { settings, issues } = await loadUserSettings();
    expect(issues).toEqual([]);
    expect(settings.enabledSites).toEqual(['https://acme.zendesk.com']);
    expect(settings.sensitivity.threat_legal).toBe('high');
    expect(settings.sensitivity.agent_hedging).toBe('high');
    expect(settings.nudge).toEqual({ enabled: false, minLevel: 'high' });
    expect(settings.coaching.retentionDays).toBe(30);
    expect(settings.coaching.shareWithLead).toBe(false);
    expect(settings.theme).toBe('system');
    // Fields that v1 never had arrive with their defaults.
    expect(settings.draftCoach.waitingThresholdSec).toBe(120);
    const meta = await settingsItem().getMeta();
    expect(meta.v).toBe(SETTINGS_VERSION);
  });

  it('upgrades v2 custom rules so they keep working with roles, patterns and examples', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        enabledSites: [],
        customRules: [
          { id: 'gdpr', kind: 'custom:gdpr_request', phrases: ['delete my data'], severity: 'high' },
          { id: 'nope', kind: 'agent_bare_refusal', phrases: ['not possible'], severity: 'medium' },
        ],
        coaching: { retentionDays: 60, maxRecords: 200 },
      },
      settings$: { v: 2 },
    });
    const { settings, issues } = await loadUserSettings();
    expect(issues).toEqual([]);
    expect(settings.customRules.map((r) => [r.id, r.role, r.enabled])).toEqual([
      ['gdpr', 'customer', true],
      ['nope', 'agent', true],
    ]);
    expect(settings.coaching).toEqual({ retentionDays: 60, maxRecords: 200, shareWithLead: false });
  });

  it('reports a bad stored value and uses the default for that value only', async () => {
    await fakeBrowser.storage.local.set({
      settings: { theme: 'purple', coaching: { retentionDays: -4, maxRecords: 300, shareWithLead: true }, agentName: 'Sam' },
      settings$: { v: SETTINGS_VERSION },
    });
    const { settings, issues } = await loadUserSettings();
    expect(settings.theme).toBe('system');
    expect(settings.coaching).toEqual({ retentionDays: 90, maxRecords: 300, shareWithLead: true });
    expect(settings.agentName).toBe('Sam');
    expect(issues.map((i) => i.path).sort()).toEqual(['coaching.retentionDays', 'theme']);
  });
});
