import { onMessage } from '../../messaging/protocol';
import type { ContentFeature } from '../context';

/** One-click insert from the side panel (or the Alt+Shift+1 command) into the reply box. */
export const insertTextFeature: ContentFeature = (ctx) => {
  const stop = onMessage('insertText', ({ data }) => ctx.insert(data.text));
  ctx.signal.addEventListener('abort', stop);
};
