import { sendMessage } from '../../messaging/protocol';
import type { BackgroundFeature } from '../context';

/**
 * Keeps the page's draft coach in step with the chat: after each analysed change, the detector's
 * chat context (open grievance, manager asked, threats, variables) goes to the tab. The draft
 * itself never leaves the page.
 */
export const draftContextFeature: BackgroundFeature = (ctx) => {
  ctx.onTranscriptChange((tabId, view, session) => {
    const context = session.detector.context();
    const vars = { ...context.vars, ...(ctx.settings().agentName ? { agentName: ctx.settings().agentName } : {}) };
    void sendMessage(
      'draftContext',
      { chatId: session.chatId, context: { ...context, vars }, enabled: ctx.settings().draftCoach.enabled && !view.unsupportedLanguage },
      tabId,
    ).catch(() => {});
  });
};
