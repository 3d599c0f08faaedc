// @vitest-environment happy-dom

import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadUserSettings } from '../../../lib/settings/storage';
import { renderOptions, resetOptionsState, settle, unmountOptions } from './options-harness';

let container: HTMLElement;

function checkbox(label: string): HTMLInputElement {
  const row = [...container.querySelectorAll('#handoff-masking label')].find((l) => l.textContent?.startsWith(label));
  const input = row?.querySelector('input[type="checkbox"]');
  if (!input) throw new Error(`no checkbox "${label}"`);
  return input as HTMLInputElement;
}

describe('options: personal data in handoffs', () => {
  beforeEach(() => resetOptionsState());
  afterEach(unmountOptions);

  it('shows every kind masked by default, says what unmasking does, and saves a kind switched off', async () => {
    container = await renderOptions();
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
    container = await renderOptions();
    const cards = checkbox('Mask card numbers');
    expect(cards.disabled).toBe(true);
    expect(cards.closest('label')?.textContent).toContain('Set by your team');
    expect(checkbox('Mask phone numbers').disabled).toBe(false);
  });
});
