// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { defaultSettings } from '../../../lib/settings/schema';
import { loadUserSettings, resetSettingsItemForTests } from '../../../lib/settings/storage';
import { useSettingsStore } from '../../../lib/settings/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

async function settle(ms = 30) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function renderOptions() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<OptionsApp />));
  await settle();
}

function checkbox(label: string): HTMLInputElement {
  const row = [...container.querySelectorAll('#handoff-masking label')].find((l) => l.textContent?.startsWith(label));
  const input = row?.querySelector('input[type="checkbox"]');
  if (!input) throw new Error(`no checkbox "${label}"`);
  return input as HTMLInputElement;
}

describe('options: personal data in handoffs', () => {
  beforeEach(() => {
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
    vi.spyOn(browser.commands, 'getAll').mockImplementation((() => Promise.resolve([])) as never);
    vi.spyOn(browser.permissions, 'contains').mockImplementation((() => Promise.resolve(true)) as never);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
    vi.restoreAllMocks();
  });

  it('shows every kind masked by default, says what unmasking does, and saves a kind switched off', async () => {
    await renderOptions();
    const section = container.querySelector('#handoff-masking');
    expect(section?.querySelector('h2')?.textContent).toBe('Personal data in handoffs');
    expect(section?.textContent).toContain('sends the value to the handoff channel as it was typed');
    expect(container.querySelector('nav a[href="#handoff-masking"]')).not.toBeNull();
    const boxes = ['Mask card numbers', 'Mask IBANs', 'Mask e-mail addresses', 'Mask phone numbers'].map(checkbox);
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true, true]);

    await act(async () => checkbox('Mask e-mail addresses').click());
    await settle();
    expect((await loadUserSettings()).settings.handoffMasking).toEqual({ cards: true, ibans: true, emails: false, phones: true });
    expect(checkbox('Mask e-mail addresses').checked).toBe(false);
  });

  it('shows a kind the team set as locked and leaves the others editable', async () => {
    await fakeBrowser.storage.managed.set({ handoffMasking: { cards: true } });
    await renderOptions();
    const cards = checkbox('Mask card numbers');
    expect(cards.disabled).toBe(true);
    expect(cards.closest('label')?.textContent).toContain('Set by your team');
    expect(checkbox('Mask phone numbers').disabled).toBe(false);
  });
});
