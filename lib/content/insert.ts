import type { InsertResult } from '../messaging/protocol';

/**
 * Puts a suggested line into the helpdesk's reply box at the cursor, never sending it. Falls
 * back to the clipboard with a clear message when there is no composer.
 */
export async function insertIntoComposer(composer: HTMLElement | null, text: string): Promise<InsertResult> {
  if (composer && insertText(composer, text)) return { ok: true, via: 'composer' };
  try {
    await navigator.clipboard.writeText(text);
    return {
      ok: true,
      via: 'clipboard',
      error: composer ? 'The reply box did not accept the text; it is on your clipboard.' : 'No reply box found on this page; the text is on your clipboard.',
    };
  } catch {
    return { ok: false, via: 'none', error: 'No reply box found on this page and the clipboard is not available.' };
  }
}

function insertText(composer: HTMLElement, text: string): boolean {
  composer.focus();
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? composer.value.length;
    const next = composer.value.slice(0, start) + text + composer.value.slice(end);
    // Framework-controlled inputs track the native value; set it through the prototype setter.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(composer), 'value')?.set;
    setter?.call(composer, next);
    composer.setSelectionRange(start + text.length, start + text.length);
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return composer.value === next;
  }
  const before = composer.textContent ?? '';
  document.execCommand('insertText', false, text);
  return (composer.textContent ?? '') !== before;
}
