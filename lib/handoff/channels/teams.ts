import { PRIORITY_LABELS, REASON_LABELS } from '../reasons';
import type { HandoffRequest } from '../types';
import { type HttpDelivery, jsonDelivery } from './http';
import { customerLabel, handoffTitle, riskLine, triggerLabel } from './text';

/**
 * Microsoft Teams incoming webhook (connector or Workflows "post to a channel when a webhook
 * request is received"): an Adaptive Card 1.4 inside the `message` + `attachments` envelope.
 */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function teamsPayload(request: HandoffRequest): Record<string, unknown> {
  const s = request.summary;
  const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
  const body: Record<string, unknown>[] = [
    text(handoffTitle(request), { size: 'Large', weight: 'Bolder', color: request.priority === 'normal' ? 'Default' : 'Attention' }),
    {
      type: 'FactSet',
      facts: [
        { title: 'Customer', value: customerLabel(request) },
        { title: 'Reason', value: REASON_LABELS[request.reason] },
        { title: 'Priority', value: PRIORITY_LABELS[request.priority] },
        { title: 'Risk', value: riskLine(request) },
        { title: 'In chat for', value: s.timeInChat.text },
      ],
    },
    text('Issue', { weight: 'Bolder', spacing: 'Medium' }),
    text(s.issue || '(not stated)'),
    text('Wants', { weight: 'Bolder', spacing: 'Medium' }),
    text(s.wants || '(not stated)'),
  ];
  if (s.tried.length > 0) body.push(text('Tried', { weight: 'Bolder', spacing: 'Medium' }), text(s.tried.map((t) => `- ${t}`).join('\n')));
  if (s.triggers.length > 0) {
    body.push(
      text('Triggers', { weight: 'Bolder', spacing: 'Medium' }),
      text(s.triggers.map((t) => `- ${triggerLabel(t.kind)}: "${t.quote}"`).join('\n')),
    );
  }
  if (request.note.trim())
    body.push(text(`Note from ${s.agentName ?? 'the agent'}`, { weight: 'Bolder', spacing: 'Medium' }), text(request.note.trim()));
  body.push(text(`Handoff ${s.id}`, { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return {
    type: 'message',
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: [{ type: 'Action.OpenUrl', title: 'Open the chat', url: s.link }],
        },
      },
    ],
  };
}

export function teamsDelivery(url: string, request: HandoffRequest): HttpDelivery {
  return jsonDelivery(url, request, teamsPayload(request));
}
