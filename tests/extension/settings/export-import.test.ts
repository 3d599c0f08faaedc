import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportSettingsJson, importSettingsFile, parseSettingsImport } from '../../../lib/settings/export-import';
import { defaultSettings } from '../../../lib/settings/schema';
import { loadUserSettings, resetSettingsItemForTests, resetUserSettings, saveUserSettings } from '../../../lib/settings/storage';

async function seedCustomised() {
  const settings = defaultSettings();
  settings.agentName = 'Priya';
  settings.theme = 'dark';
  settings.enabledSites = ['https://acme.zendesk.com'];
  settings.sensitivity.frustration = 'high';
  await saveUserSettings(settings);
  return settings;
}

describe('export, import and reset', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('round-trips all settings through a file', async () => {
    const original = await seedCustomised();
    const file = exportSettingsJson(original);
    await resetUserSettings();
    expect((await loadUserSettings()).settings.agentName).toBe('');
    const result = await importSettingsFile(file);
    expect(result.ok).toBe(true);
    expect((await loadUserSettings()).settings).toEqual(original);
  });

  it.each([
    ['{"format": "tact-settings", "version": 3, "settings": {', /not valid JSON/],
    ['[1, 2, 3]', /expected an object/],
    ['{"hello": "world"}', /not a Tact settings file/],
    ['{"format": "tact-settings", "version": 99, "settings": {}}', /newer Tact/],
    ['{"format": "tact-settings", "version": 3, "settings": "oops"}', /no "settings" object/],
  ])('a malformed file gives a clear error and keeps the old settings: %s', async (text, error) => {
    const before = await seedCustomised();
    const result = await importSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(error);
      expect(result.error).toMatch(/not changed/);
    }
    expect((await loadUserSettings()).settings).toEqual(before);
  });

  it('imports a file from an older version (v1) through the migrations', () => {
    const result = parseSettingsImport(
      JSON.stringify({
        format: 'tact-settings',
        version: 1,
        settings: { sites: ['https://help.example.com'], sensitivity: 'low', theme: 'auto' },
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.enabledSites).toEqual(['https://help.example.com']);
      expect(result.settings.sensitivity.abuse).toBe('low');
      expect(result.settings.theme).toBe('system');
    }
  });

  it('imports the good values of a file with some bad ones and lists what was skipped', () => {
    const result = parseSettingsImport(
      JSON.stringify({
        format: 'tact-settings',
        version: 3,
        settings: { agentName: 'Jo', enabledSites: ['https://ok.example.com', 'not a url'] },
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.agentName).toBe('Jo');
      expect(result.settings.enabledSites).toEqual(['https://ok.example.com']);
      expect(result.issues.map((i) => i.path)).toEqual(['enabledSites[1]']);
    }
  });
});
