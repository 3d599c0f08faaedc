import { type ChannelConfig, validateChannel } from './channel-config';
import { prepareDelivery } from './channels';
import { customerLabel } from './channels/text';
import type { Outbox, OutboxEntry } from './outbox';
import { REASON_LABELS } from './reasons';
import { type RedactSetting, redact } from './redact';
import type { HandoffRequest } from './types';

/**
 * From "Send" to a result: validates the channel, masks what the agent typed, and either queues
 * an HTTP delivery in the outbox or returns what the page must do (open mailto, insert a note,
 * copy text).
 */
export type SubmitResult =
  | { ok: true; via: 'outbox'; entry: OutboxEntry; duplicate: boolean }
  | { ok: true; via: 'mailto'; url: string }
  | { ok: true; via: 'note' | 'clipboard'; text: string }
  | { ok: false; error: string };

/** Masks personal data the agent typed or pasted while editing the card. */
export function maskEditedRequest(request: HandoffRequest, setting?: RedactSetting): HandoffRequest {
  const mask = (text: string) => redact(text, setting);
  const s = request.summary;
  return {
    ...request,
    note: mask(request.note),
    summary: {
      ...s,
      issue: mask(s.issue),
      wants: mask(s.wants),
      tried: s.tried.map(mask).filter((t) => t.trim().length > 0),
      triggers: s.triggers.map((t) => ({ ...t, quote: mask(t.quote) })),
    },
  };
}

export async function submitHandoff(
  request: HandoffRequest,
  channel: ChannelConfig,
  outbox: Pick<Outbox, 'enqueue'>,
  redactSetting?: RedactSetting,
): Promise<SubmitResult> {
  const checked = validateChannel(channel);
  if (!checked.ok)
    return { ok: false, error: `The channel "${channel.name}" is not set up correctly: ${checked.issues.map((i) => i.message).join(' ')}` };
  const masked = maskEditedRequest({ ...request, channelId: channel.id }, redactSetting);
  const prepared = await prepareDelivery(masked, checked.channel);
  if (!prepared.ok) return prepared;
  const delivery = prepared.delivery;
  switch (delivery.kind) {
    case 'http': {
      const { entry, duplicate } = await outbox.enqueue({
        id: masked.summary.id,
        chatId: masked.summary.chatId,
        channelId: channel.id,
        channelName: channel.name,
        kind: channel.kind,
        title: `${customerLabel(masked)} — ${REASON_LABELS[masked.reason]}`,
        http: delivery.http,
      });
      return { ok: true, via: 'outbox', entry, duplicate };
    }
    case 'mailto':
      return { ok: true, via: 'mailto', url: delivery.url };
    case 'note':
    case 'clipboard':
      return { ok: true, via: delivery.kind, text: delivery.text };
  }
}
