import { insertAtCursor } from '../composer';
import type { InsertResult } from '../messaging/protocol';

/**
 * Puts a suggested line into the helpdesk's reply box at the cursor through the editor-safe path
 * (lib/composer), never sending it. Falls back to the clipboard with a message the agent can act on.
 */
export async function insertIntoComposer(composer: HTMLElement | null, text: string): Promise<InsertResult> {
  if (composer) {
    const outcome = insertAtCursor(composer, text);
    if (outcome.ok) return { ok: true, via: 'composer' };
  }
  try {
    await navigator.clipboard.writeText(text);
    return {
      ok: true,
      via: 'clipboard',
      error: composer
        ? 'The reply box did not accept the text, so it is on your clipboard: paste it with Ctrl+V.'
        : 'No reply box found on this page, so the text is on your clipboard: paste it with Ctrl+V.',
    };
  } catch {
    return {
      ok: false,
      via: 'none',
      error: 'No reply box found on this page and the clipboard is not available. Copy the text from the panel.',
    };
  }
}
