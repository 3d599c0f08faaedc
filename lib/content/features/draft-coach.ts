import { storage } from '@wxt-dev/storage';
import type { DraftChatContext } from '../../draft/context';
import { mountDraftCoach } from '../../draft/hint';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { triggerLabel } from '../../ui/trigger-labels';
import type { ContentContext, ContentFeature } from '../context';

/** Finding kinds the agent chose "Don't flag this again" for (kept on the device). */
const mutedDraftKinds = storage.defineItem<string[]>('local:draft-muted', { fallback: [], version: 1 });

const EMPTY_CONTEXT: DraftChatContext = { grievanceOpen: false, agentTurnsSinceGrievance: 0, managerRequested: false, vars: {} };

/**
 * The draft coach on the page: checks the reply being typed against the chat so far (context
 * from the background's detector) and offers a better phrasing before it is sent. Drafts are
 * checked in memory only; nothing about them is stored or sent.
 */
export const draftCoachFeature: ContentFeature = (ctx: ContentContext) => {
  let context = EMPTY_CONTEXT;
  let enabled = true;
  let coach: ReturnType<typeof mountDraftCoach> | null = null;
  let muted: string[] = [];
  let lastSent = '[]';

  function mount() {
    if (coach || ctx.signal.aborted) return;
    coach = mountDraftCoach({
      doc: ctx.doc,
      getComposer: ctx.composer,
      getContext: () => (enabled ? context : EMPTY_CONTEXT),
      signal: ctx.signal,
      muted,
      onFindings: (findings) => {
        const summary = findings.map((f) => ({ kind: f.kind, label: triggerLabel(f.kind), reason: f.reason, suggestion: f.suggestion }));
        const key = JSON.stringify(summary);
        if (key === lastSent) return;
        lastSent = key;
        // Only an open side panel listens; with none open there is nobody to tell.
        void sendMessage('draftFindings', { findings: summary }).catch(() => {});
      },
      onMute: (kind) => {
        muted = [...new Set([...muted, kind])];
        void mutedDraftKinds.setValue(muted);
      },
    });
  }

  void mutedDraftKinds.getValue().then((value) => {
    muted = value;
    mount();
  });
  const stop = onMessage('draftContext', ({ data }) => {
    if (data.chatId !== ctx.capture.currentChatId()) return;
    context = data.context;
    enabled = data.enabled;
  });
  const stopApply = onMessage('applyDraftSuggestion', () => ({ ok: coach?.replaceShown() ?? false }));
  ctx.signal.addEventListener('abort', () => {
    stop();
    stopApply();
  });
};
