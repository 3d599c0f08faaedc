import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type EffectiveSnapshot, watchEffectiveSettings } from '../../../lib/settings/effective';
import { defaultSettings } from '../../../lib/settings/schema';
import { resetSettingsItemForTests, saveUserSettings } from '../../../lib/settings/storage';

async function until(condition: () => boolean, timeoutMs = 1000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('watchEffectiveSettings (background, no React)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('reports the settings now, then after an agent change and a policy change, policy winning', async () => {
    const seen: EffectiveSnapshot[] = [];
    const stop = watchEffectiveSettings((s) => seen.push(s));
    await until(() => seen.length === 1);
    expect(seen[0]?.settings.sensitivity.threat_legal).toBe('normal');

    const mine = defaultSettings();
    mine.sensitivity.threat_legal = 'low';
    await saveUserSettings(mine);
    await until(() => seen.at(-1)?.settings.sensitivity.threat_legal === 'low');

    await fakeBrowser.storage.managed.set({ sensitivity: { threat_legal: 'high' } });
    await until(() => seen.at(-1)?.settings.sensitivity.threat_legal === 'high');
    expect(seen.at(-1)?.locked.has('sensitivity.threat_legal')).toBe(true);
    // The agent's own choice is kept underneath, for when the policy goes away.
    expect(seen.at(-1)?.user.sensitivity.threat_legal).toBe('low');

    stop();
    const count = seen.length;
    await saveUserSettings(defaultSettings());
    await new Promise((r) => setTimeout(r, 30));
    expect(seen.length).toBe(count);
  });
});
