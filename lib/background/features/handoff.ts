import { browser } from 'wxt/browser';
import { loadChannels } from '../../handoff/channel-store';
import { customerHandoffLine } from '../../handoff/customer-line';
import { suggestReason } from '../../handoff/reasons';
import { redactOptions } from '../../handoff/redact';
import { createHandoffService } from '../../handoff/service';
import { buildHandoffSummary } from '../../handoff/summary';
import { onMessage } from '../../messaging/protocol';
import { transcriptMessages } from '../../transcript/transcript';
import type { BackgroundFeature } from '../context';

/**
 * One-click supervisor handoff: a summary built from the chat on screen, sent through the
 * channel the team uses via the durable outbox (queued in storage before the network is
 * touched, retried, resumed after the worker is killed). The chat is marked as escalated.
 * Personal data is masked by the agent's (or team's) `handoffMasking` setting, the same one for
 * the card's preview and for what is sent, so the card shows what the supervisor will get.
 */
export const handoffFeature: BackgroundFeature = (ctx) => {
  const service = createHandoffService();
  // Starting is the resume: anything queued or cut off mid-send by a kill goes out again.
  void service.start().catch((error) => console.warn('[Tact] the handoff outbox could not start', error));
  browser.tabs.onActivated.addListener(() => service.poke());

  onMessage('prepareHandoff', ({ data }) => {
    service.poke();
    const session = ctx.sessions.current(data.tabId);
    if (!session?.transcript.order.length) return { error: 'There is no chat open in this tab to hand over.' };
    const detection = session.detector.result();
    const masking = redactOptions(ctx.settings().handoffMasking);
    const summary = buildHandoffSummary({
      chatId: session.chatId,
      url: session.url,
      messages: transcriptMessages(session.transcript),
      detection,
      riskHistory: session.detector.riskHistory(),
      customerName: session.customerName,
      agentName: ctx.settings().agentName || undefined,
      startedAt: session.startedAt,
      now: Date.now(),
      redact: masking,
    });
    return { summary, suggestion: suggestReason(detection.triggers, detection.level), customerLine: customerHandoffLine(), masking };
  });

  onMessage('sendHandoff', async ({ data }) => {
    // The setting as it is now: the agent's edits are masked the same way as the preview was.
    const result = await service.send(data.request, ctx.settings().handoffMasking);
    if (result.ok) {
      const session = ctx.sessions.session(data.tabId, data.request.summary.chatId);
      if (session && !session.escalation) {
        const { channels } = await loadChannels();
        const channel = channels.find((c) => c.id === data.request.channelId);
        session.escalation = { at: Date.now(), reason: data.request.reason, to: channel?.name };
      }
      await ctx.publish(data.tabId);
    }
    return result;
  });

  onMessage('retryHandoff', ({ data }) => service.retry(data.id));

  ctx.decorateView((view, session) => (session?.escalation ? { ...view, escalation: session.escalation } : view));
};
