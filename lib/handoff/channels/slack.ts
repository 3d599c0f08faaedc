import { PRIORITY_LABELS, REASON_LABELS } from '../reasons';
import type { HandoffRequest } from '../types';
import { type HttpDelivery, jsonDelivery } from './http';
import { customerLabel, handoffPlainText, handoffTitle, riskLine, triggerLabel } from './text';

/** Slack incoming webhook: a Block Kit message (https://api.slack.com/block-kit), with `text` as the notification fallback. */

/** Slack's mrkdwn treats &, < and > as control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function slackPayload(request: HandoffRequest): Record<string, unknown> {
  const s = request.summary;
  const field = (label: string, value: string) => ({ type: 'mrkdwn', text: clip(`*${label}*\n${escapeSlack(value)}`, 2000) });
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(handoffTitle(request), 150), emoji: false } },
    {
      type: 'section',
      fields: [
        field('Customer', customerLabel(request)),
        field('Reason', REASON_LABELS[request.reason]),
        field('Priority', PRIORITY_LABELS[request.priority]),
        field('Risk', riskLine(request)),
        field('In chat for', s.timeInChat.text),
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*Issue*\n${escapeSlack(s.issue || '(not stated)')}`, 3000) } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*Wants*\n${escapeSlack(s.wants || '(not stated)')}`, 3000) } },
  ];
  if (s.tried.length > 0) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*Tried*\n${s.tried.map((t) => `• ${escapeSlack(t)}`).join('\n')}`, 3000) },
    });
  }
  if (s.triggers.length > 0) {
    const quotes = s.triggers.map((t) => `• ${triggerLabel(t.kind)}: _“${escapeSlack(t.quote)}”_`).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*Triggers*\n${quotes}`, 3000) } });
  }
  if (request.note.trim()) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: clip(`*Note from ${escapeSlack(s.agentName ?? 'the agent')}*\n${escapeSlack(request.note.trim())}`, 3000),
      },
    });
  }
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open the chat' }, url: s.link, action_id: 'open_chat' }],
  });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Handoff ${escapeSlack(s.id)} · sent by Tact` }] });
  return { text: clip(handoffPlainText(request), 3000), blocks };
}

export function slackDelivery(url: string, request: HandoffRequest): HttpDelivery {
  return jsonDelivery(url, request, slackPayload(request));
}
