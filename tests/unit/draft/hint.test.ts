// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readComposerText } from '../../../lib/composer';
import { draftChatContext } from '../../../lib/draft/context';
import { mountDraftCoach } from '../../../lib/draft/hint';
import { apologisedChat, upsetChat } from './chats';

let ac: AbortController;
let composer: HTMLTextAreaElement;

function type(text: string) {
  composer.value = text;
  composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.slice(-1) }));
}
const hint = () => document.querySelector('tact-draft-hint')?.shadowRoot ?? null;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<form><textarea id="reply"></textarea><button id="send">Send</button></form>';
  composer = document.getElementById('reply') as HTMLTextAreaElement;
  ac = new AbortController();
});
afterEach(() => {
  ac.abort();
  vi.useRealTimers();
});

function mount(extra: Partial<Parameters<typeof mountDraftCoach>[0]> = {}) {
  const ctx = draftChatContext(apologisedChat);
  return mountDraftCoach({ doc: document, getComposer: () => composer, getContext: () => ctx, signal: ac.signal, ...extra });
}

describe('mountDraftCoach', () => {
  it('shows a hint only after ~150 ms of idle typing, with reason and suggestion', () => {
    const onFindings = vi.fn();
    mount({ onFindings });
    type("Thanks Dana. No, we can't do that.");
    vi.advanceTimersByTime(100);
    expect(hint()).toBeNull();
    type("Thanks Dana. No, we can't do that. Bye");
    vi.advanceTimersByTime(149);
    expect(onFindings).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(onFindings).toHaveBeenCalledTimes(1);
    const text = hint()?.textContent ?? '';
    expect(text).toContain('A bare “no”');
    expect(text).toContain('what I can do is');
  });

  it('Replace swaps just the flagged sentence and keeps the rest of the draft', () => {
    mount();
    type("Thanks Dana. No, we can't do that. Have a good day!");
    vi.advanceTimersByTime(200);
    (hint()?.querySelector('[data-action="replace"]') as HTMLButtonElement | null)?.click();
    expect(readComposerText(composer)).toBe(
      "Thanks Dana. I can't do that one, because [reason] — but what I can do is [alternative]. Have a good day!",
    );
    expect(document.querySelector('tact-draft-hint')).toBeNull();
  });

  it('Alt+Enter replaces, Esc dismisses until the wording changes', () => {
    mount();
    type('I guess it ships Friday.');
    vi.advanceTimersByTime(200);
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('tact-draft-hint')).toBeNull();
    type('I guess it ships Friday. Thanks!');
    vi.advanceTimersByTime(200);
    expect(document.querySelector('tact-draft-hint')).toBeNull(); // same finding stays dismissed
    type('No, we cannot refund it.');
    vi.advanceTimersByTime(200);
    const alt = new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true });
    composer.dispatchEvent(alt);
    expect(alt.defaultPrevented).toBe(true);
    expect(readComposerText(composer)).toContain('what I can do is');
  });

  it('plain Enter and other keys are never intercepted (the coach never blocks sending)', () => {
    mount();
    type("No, we can't do that.");
    vi.advanceTimersByTime(200);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    composer.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
  });

  it('"Don\'t flag this again" mutes the kind and reports it for persisting', () => {
    const onMute = vi.fn();
    mount({ onMute });
    type("No, we can't do that.");
    vi.advanceTimersByTime(200);
    (hint()?.querySelector('[data-action="mute"]') as HTMLButtonElement | null)?.click();
    expect(onMute).toHaveBeenCalledWith('agent_bare_refusal');
    type("No, we can't do that either.");
    vi.advanceTimersByTime(200);
    expect(document.querySelector('tact-draft-hint')).toBeNull();
  });

  it('puts the apology in front when an upset customer has had none', () => {
    const ctx = draftChatContext(upsetChat);
    mountDraftCoach({ doc: document, getComposer: () => composer, getContext: () => ctx, signal: ac.signal });
    type('Let me check the stock.');
    vi.advanceTimersByTime(200);
    (hint()?.querySelector('[data-action="replace"]') as HTMLButtonElement | null)?.click();
    expect(readComposerText(composer)).toMatch(/^I'm sorry about this, Dana — .* Let me check the stock\.$/);
  });

  it('abort removes the hint and stops listening', () => {
    const onFindings = vi.fn();
    mount({ onFindings });
    type("No, we can't do that.");
    vi.advanceTimersByTime(200);
    ac.abort();
    expect(document.querySelector('tact-draft-hint')).toBeNull();
    type("No, we can't do that again.");
    vi.advanceTimersByTime(200);
    expect(onFindings).toHaveBeenCalledTimes(1);
  });

  it('input outside the composer is ignored', () => {
    const onFindings = vi.fn();
    mount({ onFindings });
    const other = document.createElement('input');
    document.body.append(other);
    other.value = "No, we can't do that.";
    other.dispatchEvent(new InputEvent('input', { bubbles: true }));
    vi.advanceTimersByTime(200);
    expect(onFindings).not.toHaveBeenCalled();
  });
});

describe('Replace after the agent typed on past the last check', () => {
  it('replaces the whole current sentence, not the prefix that was checked', () => {
    const ctx = draftChatContext(upsetChat);
    const coach = mountDraftCoach({ doc: document, getComposer: () => composer, getContext: () => ctx, signal: ac.signal });
    type('Thanks for wa');
    vi.advanceTimersByTime(200);
    expect(coach.shown()?.kind).toBe('missing_apology');
    type('Thanks for waiting. It ships today.'); // no idle yet: the hint still shows the old check
    expect(coach.replaceShown()).toBe(true);
    expect(readComposerText(composer)).toBe(
      "I'm sorry about this, Dana — that's not the experience you should have had. Thanks for waiting. It ships today.",
    );
    expect(composer.selectionStart).toBe(readComposerText(composer).indexOf(' It ships'));
  });
});

describe('page styles', () => {
  it('a page rule aimed at every element cannot hide or move the hint', () => {
    const style = document.createElement('style');
    style.textContent = '* { display: none; position: static; } tact-draft-hint { display: none; }';
    document.head.append(style);
    mount();
    type("No, we can't do that.");
    vi.advanceTimersByTime(200);
    const host = document.querySelector('tact-draft-hint') as HTMLElement;
    expect(getComputedStyle(host).display).toBe('block');
    expect(getComputedStyle(host).position).toBe('fixed');
    style.remove();
  });
});
