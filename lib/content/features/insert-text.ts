import { onMessage } from '../../messaging/protocol';
import type { ContentFeature } from '../context';

/**
 * One-click insert from the side panel (or the Alt+Shift+1 command) into the reply box, or into
 * the internal-note composer for a handoff note where the helpdesk has one.
 */
export const insertTextFeature: ContentFeature = (ctx) => {
  const stop = onMessage('insertText', ({ data }) => {
    if (data.target === 'note') return ctx.insert(data.text, ctx.adapter.findNoteComposer?.(ctx.doc) ?? null);
    return ctx.insert(data.text);
  });
  ctx.signal.addEventListener('abort', stop);
};
