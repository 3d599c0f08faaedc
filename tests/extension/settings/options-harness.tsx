import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { defaultSettings } from '../../../lib/settings/schema';
import { resetSettingsItemForTests } from '../../../lib/settings/storage';
import { useSettingsStore } from '../../../lib/settings/store';

/** The options page rendered in happy-dom over WXT's fake browser: shared setup for the options tests. */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement | undefined;

export async function settle(ms = 30) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** Fresh storage and settings store; `commands` is what the browser reports for keyboard shortcuts. */
export function resetOptionsState(commands: Array<{ name: string; description?: string; shortcut?: string }> = []) {
  fakeBrowser.reset();
  resetSettingsItemForTests();
  useSettingsStore.setState({
    loaded: false,
    settings: defaultSettings(),
    user: defaultSettings(),
    managed: null,
    locked: new Set(),
    issues: [],
    policyIssues: [],
  });
  // Overloaded callback/promise signatures confuse mockResolvedValue's types; the value is what Chrome returns.
  vi.spyOn(browser.commands, 'getAll').mockImplementation((() => Promise.resolve(commands)) as never);
  vi.spyOn(browser.permissions, 'contains').mockImplementation((() => Promise.resolve(true)) as never);
}

export async function renderOptions(): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  const r = createRoot(container);
  root = r;
  await act(async () => r.render(<OptionsApp />));
  await settle();
  return container;
}

export async function unmountOptions() {
  const r = root;
  if (r) await act(async () => r.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
  vi.restoreAllMocks();
}
