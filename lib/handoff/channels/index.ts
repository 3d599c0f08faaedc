import type { ChannelConfig } from '../channel-config';
import type { HandoffRequest } from '../types';
import { clipboardText } from './clipboard';
import { mailtoUrl } from './email';
import type { HttpDelivery } from './http';
import { internalNoteText } from './note';
import { slackDelivery } from './slack';
import { teamsDelivery } from './teams';
import { webhookDelivery } from './webhook';

export type { HttpDelivery } from './http';

/**
 * What sending a handoff to a channel means: an HTTP POST for the outbox, or something the
 * agent's page does right away (open a mailto: link, insert a note, copy text).
 */
export type Delivery =
  | { kind: 'http'; http: HttpDelivery }
  | { kind: 'mailto'; url: string }
  | { kind: 'note'; text: string }
  | { kind: 'clipboard'; text: string };

export type PrepareResult = { ok: true; delivery: Delivery } | { ok: false; error: string };

export async function prepareDelivery(request: HandoffRequest, channel: ChannelConfig): Promise<PrepareResult> {
  const url = channel.url?.trim();
  switch (channel.kind) {
    case 'slack':
    case 'teams':
    case 'webhook': {
      if (!url) return { ok: false, error: `The channel "${channel.name}" has no URL; add it in Options → Channels.` };
      const http =
        channel.kind === 'slack'
          ? slackDelivery(url, request)
          : channel.kind === 'teams'
            ? teamsDelivery(url, request)
            : await webhookDelivery(url, request, channel.secret || undefined);
      return { ok: true, delivery: { kind: 'http', http } };
    }
    case 'email':
      if (!channel.to?.trim())
        return { ok: false, error: `The channel "${channel.name}" has no e-mail address; add it in Options → Channels.` };
      return { ok: true, delivery: { kind: 'mailto', url: mailtoUrl(channel.to, request) } };
    case 'note':
      return { ok: true, delivery: { kind: 'note', text: internalNoteText(request) } };
    case 'clipboard':
      return { ok: true, delivery: { kind: 'clipboard', text: clipboardText(request) } };
  }
}
