import { chooseAdapter, usableSiteDefinitions } from '../adapters/select';
import { startCapture } from '../capture/capture';
import { sendMessage } from '../messaging/protocol';
import { loadEffectiveSettings } from '../settings/effective';
import { defaultSettings } from '../settings/schema';
import type { ContentContext } from './context';
import { contentFeatures } from './features';
import { insertIntoComposer } from './insert';

/**
 * The helpdesk content script: starts the capture pipeline for the page's adapter and every
 * on-page feature. Everything hangs off `signal`, so a disabled site or a re-injection tears down.
 */
export async function startHelpdeskContent(signal: AbortSignal): Promise<void> {
  const doc = document;
  const { settings } = await loadEffectiveSettings().catch(() => ({ settings: defaultSettings() }));
  const adapter = chooseAdapter(doc, location.href, usableSiteDefinitions(settings.siteDefinitions));
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
  const composer = () => adapter.findComposer(doc);
  const ctx: ContentContext = {
    doc,
    adapter,
    signal,
    capture,
    composer,
    insert: (text, into) => insertIntoComposer(into === undefined ? composer() : into, text),
  };
  for (const feature of contentFeatures) feature(ctx);
}
