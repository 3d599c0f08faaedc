import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/schema';
import { loadUserSettings, resetSettingsItemForTests, saveUserSettings } from '../../../lib/settings/storage';
import { followSettings, useSettingsStore } from '../../../lib/settings/store';

async function until(condition: () => boolean, timeoutMs = 1000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('settings store', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    useSettingsStore.setState({ loaded: false, settings: defaultSettings(), user: defaultSettings(), managed: null, locked: new Set() });
  });
  afterEach(() => stop());

  it('follows a change saved by another page (options → side panel) without reloading', async () => {
    stop = followSettings();
    await until(() => useSettingsStore.getState().loaded);
    expect(useSettingsStore.getState().settings.nudge.minLevel).toBe('high');

    const changed = defaultSettings();
    changed.nudge.minLevel = 'elevated';
    await saveUserSettings(changed); // what the options page does
    await until(() => useSettingsStore.getState().settings.nudge.minLevel === 'elevated');
  });

  it('follows a team policy pushed while running, and locks it', async () => {
    stop = followSettings();
    await until(() => useSettingsStore.getState().loaded);
    await fakeBrowser.storage.managed.set({ theme: 'dark' });
    await until(() => useSettingsStore.getState().settings.theme === 'dark');
    expect(useSettingsStore.getState().locked.has('theme')).toBe(true);
  });

  it('update() saves the agent edit but never writes team values into the agent settings', async () => {
    await fakeBrowser.storage.managed.set({ coaching: { shareWithLead: true } });
    stop = followSettings();
    await until(() => useSettingsStore.getState().loaded);
    await useSettingsStore.getState().update((draft) => {
      draft.coaching.retentionDays = 14;
    });
    const { settings: stored } = await loadUserSettings();
    expect(stored.coaching.retentionDays).toBe(14);
    expect(stored.coaching.shareWithLead).toBe(false);
    expect(useSettingsStore.getState().settings.coaching).toMatchObject({ retentionDays: 14, shareWithLead: true });
  });
});
