import { useEffect, useState } from 'react';
import type { TabView } from '@/lib/background/sessions';
import { waitingState } from '@/lib/draft/waiting';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';

/** A clock for notices that depend on elapsed time (waiting customer). */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function formatWait(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

/**
 * Notices above the findings: a chat Tact cannot read, a reading it is unsure of, and a customer
 * waiting for an answer (with a holding line to insert).
 */
export function ChatNotices({
  view,
  settings,
  onInsert,
  onConfirmConversation,
}: {
  view: TabView;
  settings: Settings;
  onInsert(text: string): void;
  onConfirmConversation(answer: 'yes' | 'no'): void;
}) {
  const now = useNow(5000);
  const triggerIds = new Set(view.detection?.triggers.map((trigger) => trigger.messageId));
  const waiting = settings.draftCoach.enabled
    ? waitingState(view.recent, now, settings.draftCoach.waitingThresholdSec * 1000, {
        triggerMessageIds: triggerIds,
        customerName: view.customerName,
      })
    : null;

  return (
    <>
      {view.unsupportedLanguage && (
        <p className="notice" role="status" data-testid="notice-language">
          {t('language_unsupported')}
        </p>
      )}
      {view.confidence === 'low' && !view.confirmed && (
        <section className="notice" aria-label="Check what Tact reads" data-testid="notice-confirm">
          <p>Is this the conversation? Tact is not sure it is reading the right part of this page.</p>
          <div className="row">
            <button type="button" onClick={() => onConfirmConversation('yes')}>
              Yes, this is it
            </button>
            <button type="button" onClick={() => onConfirmConversation('no')}>
              No
            </button>
          </div>
        </section>
      )}
      {waiting?.waiting && !view.closed && (
        <section className={`notice ${waiting.urgent ? 'urgent' : ''}`} aria-label="Customer waiting" data-testid="notice-waiting">
          <p>
            {view.customerName ?? 'The customer'} has waited {formatWait(waiting.sinceMs)} for your reply
            {waiting.urgent ? ' — and is upset: answer now.' : '.'}
          </p>
          {waiting.holdingLine && (
            <button type="button" onClick={() => onInsert(waiting.holdingLine as string)}>
              Insert holding line
            </button>
          )}
        </section>
      )}
    </>
  );
}
