import { onMessage, sendMessage } from '../../messaging/protocol';
import { previewSiteDefinition } from '../../picker/build-definition';
import { startPicker } from '../../picker/start-picker';
import type { ContentFeature } from '../context';

/**
 * "Teach Tact this page": the agent clicks one customer message and one of their own; Tact
 * derives selectors for every message, previews what it would read, and saves the definition
 * for this host (used from the next page load on, before any named or generic adapter).
 */
export const teachPageFeature: ContentFeature = (ctx) => {
  const stop = onMessage('startTeach', async () => {
    const definition = await startPicker(ctx.doc, { signal: ctx.signal, host: location.hostname });
    if (!definition) return { ok: false, error: 'Teaching was cancelled.' };
    const preview = previewSiteDefinition(ctx.doc, definition);
    if (!preview.messages.length) return { ok: false, error: 'Those clicks do not lead to any messages on this page. Try other messages.' };
    const scheme = location.protocol === 'http:' ? 'http' : 'https';
    const saved = await sendMessage('saveSiteDefinition', { definition, scheme });
    return saved.ok ? { ok: true, messages: preview.messages.length } : { ok: false, error: saved.error };
  });
  ctx.signal.addEventListener('abort', stop);
};
