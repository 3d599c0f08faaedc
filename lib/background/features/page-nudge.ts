import { sendMessage } from '../../messaging/protocol';
import { triggerLabel } from '../../ui/trigger-labels';
import type { BackgroundFeature } from '../context';
import { chatHiddenKey } from '../feedback-store';
import { decideNudge, type NudgeMemory, type NudgeSettings } from '../nudge-policy';

/** Sends the page nudge when a chat's risk jumps (nudge-policy.ts decides; settings.nudge says when). */
export const pageNudgeFeature: BackgroundFeature = (ctx) => {
  const settings = (): NudgeSettings => ctx.settings().nudge;
  {
    const memory = new Map<string, NudgeMemory>();
    ctx.onTranscriptChange((tabId, view, _session, change) => {
      if (change.full || !view.detection || !view.chatId) return;
      const key = chatHiddenKey(tabId, view.chatId);
      const chatMemory = memory.get(key) ?? { level: 'low', nudged: new Set<string>() };
      memory.set(key, chatMemory);
      const nudge = decideNudge(view.detection, chatMemory, settings(), triggerLabel);
      if (nudge) void sendMessage('showNudge', nudge, tabId).catch(() => {});
    });
  }
};
