import { chooseAdapter } from '../adapters/select';
import { startCapture } from '../capture/capture';
import { onMessage, sendMessage } from '../messaging/protocol';
import { createNudgeFeature } from './features/nudge';
import { insertIntoComposer } from './insert';

/**
 * The helpdesk content script: wires the capture pipeline and the on-page features to the
 * background. Every listener hangs off `signal` so a disabled site or a re-injection tears down.
 */
export function startHelpdeskContent(signal: AbortSignal): void {
  const doc = document;
  const adapter = chooseAdapter(doc, location.href);
  if (!adapter) {
    void sendMessage('pageStatus', {
      url: location.href,
      adapter: null,
      confidence: null,
      chatId: null,
      found: false,
      reason: 'No chat found on this page: Tact does not recognise this helpdesk yet.',
    });
    return;
  }
  const capture = startCapture({
    doc,
    adapter,
    signal,
    onDelta: async (delta) => {
      const reply = await sendMessage('transcriptDelta', { ...delta, url: location.href });
      return reply?.resync ?? false;
    },
    onStatus: (status) => {
      void sendMessage('pageStatus', { ...status, url: location.href });
    },
  });
  const nudge = createNudgeFeature({
    doc,
    signal,
    getComposer: () => adapter.findComposer(doc),
    onInsert: (text) => void insertIntoComposer(adapter.findComposer(doc), text),
  });
  const stops = [
    onMessage('insertText', ({ data }) => insertIntoComposer(adapter.findComposer(doc), data.text)),
    onMessage('showNudge', ({ data }) => nudge.show(data)),
    onMessage('dismissNudge', () => nudge.dismiss()),
  ];
  signal.addEventListener('abort', () => {
    for (const stop of stops) stop();
  });
  void capture;
}
