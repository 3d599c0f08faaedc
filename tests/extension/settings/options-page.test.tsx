// @vitest-environment happy-dom

import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/schema';
import { loadUserSettings, saveUserSettings } from '../../../lib/settings/storage';
import { renderOptions, resetOptionsState, settle, unmountOptions } from './options-harness';

let container: HTMLElement;

function byLabel(text: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? container.querySelector(`#${CSS.escape(label.htmlFor)}`) : label.querySelector('input,select,textarea');
  if (!control) throw new Error(`no control for "${text}"`);
  return control as HTMLInputElement;
}

function setValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('options page', () => {
  beforeEach(() => resetOptionsState([{ name: 'open-handoff', description: 'Open the supervisor handoff card', shortcut: 'Alt+Shift+H' }]));
  afterEach(unmountOptions);

  it('shows a team-set value disabled with "Set by your team" and leaves the rest editable', async () => {
    await fakeBrowser.storage.managed.set({ coaching: { shareWithLead: true } });
    container = await renderOptions();
    const share = byLabel('Share my scorecards') as HTMLInputElement;
    expect(share.checked).toBe(true);
    expect(share.disabled).toBe(true);
    expect(share.closest('label')?.textContent).toContain('Set by your team');
    const retention = byLabel('Keep history for') as HTMLInputElement;
    expect(retention.disabled).toBe(false);
  });

  it('saves a change made in the page to storage, and lists the browser shortcuts', async () => {
    container = await renderOptions();
    expect(container.querySelector('#shortcuts')?.textContent).toContain('Alt+Shift+H');
    const level = byLabel('Show it from this risk level') as HTMLSelectElement;
    await act(async () => setValue(level, 'critical'));
    await settle();
    expect((await loadUserSettings()).settings.nudge.minLevel).toBe('critical');
  });

  it('refuses to save a custom rule with a pathological pattern and says why', async () => {
    container = await renderOptions();
    const add = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add a rule');
    await act(async () => add?.click());
    await act(async () => setValue(byLabel('Patterns'), '(a+)+$'));
    await settle();
    const editor = container.querySelector('.rule-editor');
    expect(editor?.textContent).toMatch(/nested repeat/);
    const save = [...(editor?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Save');
    expect(save?.disabled).toBe(true);

    await act(async () => setValue(byLabel('Patterns'), ''));
    await act(async () => setValue(byLabel('Phrases'), 'delete my data'));
    await act(async () => setValue(byLabel('Must match'), 'please delete my data'));
    await settle();
    expect(editor?.textContent).toMatch(/all its examples pass/);
    await act(async () => save?.click());
    await settle();
    expect((await loadUserSettings()).settings.customRules.map((r) => r.phrases)).toEqual([['delete my data']]);
    // The preview now runs the saved rule.
    expect(container.querySelector('.preview')?.textContent).toMatch(/delete my data → custom:new_rule/);
  });

  it('keeps the old settings and shows the error when an imported file is malformed', async () => {
    const before = defaultSettings();
    before.agentName = 'Priya';
    await saveUserSettings(before);
    container = await renderOptions();
    const input = container.querySelector<HTMLInputElement>('#backup input[type="file"]');
    const file = new File(['{"format":"tact-settings", "version": 3, "settings": {'], 'broken.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input?.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(container.querySelector('#backup [role="alert"]')?.textContent).toMatch(/not valid JSON.*not changed/);
    expect((await loadUserSettings()).settings.agentName).toBe('Priya');
  });
});
