import { onMessage } from '../../messaging/protocol';
import type { ContentFeature } from '../context';
import { createNudgeFeature } from './nudge';

/** Shows the background's nudges near the composer; the dismiss shortcut hides them. */
export const pageNudgeFeature: ContentFeature = (ctx) => {
  const nudge = createNudgeFeature({
    doc: ctx.doc,
    signal: ctx.signal,
    getComposer: ctx.composer,
    onInsert: (text) => void ctx.insert(text),
  });
  const stops = [onMessage('showNudge', ({ data }) => nudge.show(data)), onMessage('dismissNudge', () => nudge.dismiss())];
  ctx.signal.addEventListener('abort', () => {
    for (const stop of stops) stop();
  });
};
