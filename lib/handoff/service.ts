import { loadChannels } from './channel-store';
import { createOutbox, type FetchLike, type Outbox, type OutboxOptions } from './outbox';
import { wxtOutboxStorage } from './outbox-storage';
import type { RedactSetting } from './redact';
import { type SubmitResult, submitHandoff } from './submit';
import type { HandoffRequest } from './types';

/**
 * What the background needs from the handoff module, in one place: one outbox per service-worker
 * life, started on wake-up (that is the resume after a kill), and the two actions the side panel
 * asks for. Thin enough that background.ts only forwards messages.
 */
export interface HandoffService {
  /** Call on every service-worker start; resumes anything queued or interrupted. */
  start(): Promise<void>;
  send(request: HandoffRequest, redact?: RedactSetting): Promise<SubmitResult>;
  retry(id: string): Promise<{ ok: boolean; error?: string }>;
  /** Call on any incoming event (message, tab change) to send what is due after a long sleep. */
  poke(): void;
  outbox: Outbox;
}

export function createHandoffService(options: { fetch?: FetchLike; outbox?: Partial<OutboxOptions> } = {}): HandoffService {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const outbox = createOutbox({ storage: wxtOutboxStorage(), fetch: fetchImpl, ...options.outbox });
  return {
    outbox,
    start: () => outbox.start(),
    async send(request, redact) {
      const { channels } = await loadChannels();
      const channel = channels.find((c) => c.id === request.channelId);
      if (!channel)
        return { ok: false, error: 'That channel no longer exists or is not valid; pick another or fix it in Options → Channels.' };
      return submitHandoff(request, channel, outbox, redact);
    },
    async retry(id) {
      const entry = await outbox.retry(id);
      return entry ? { ok: true } : { ok: false, error: 'That handoff is no longer in the outbox.' };
    },
    poke() {
      void outbox.drain();
    },
  };
}
