import { storage } from '@wxt-dev/storage';
import { useEffect, useRef, useState } from 'react';
import type { TabView } from '@/lib/background/sessions';
import type { NextStep, Trigger } from '@/lib/detect/types';
import { sendMessage, type TriggerFeedback } from '@/lib/messaging/protocol';
import { sortByUrgency } from '@/lib/playbooks';
import { useSettings } from '@/lib/settings/store';
import type { Message } from '@/lib/transcript/message';
import { distinctCards, isAgentSide, triggerLabel } from '@/lib/ui/trigger-labels';
import { ChatEndedCard } from './ChatEndedCard';
import { ChatNotices } from './ChatNotices';
import { DraftFindings } from './DraftFindings';
import { HandoffPanel } from './HandoffPanel';
import { Sparkline } from './Sparkline';
import { TeachPage } from './TeachPage';

const LEVEL_LABEL = { low: 'Low', elevated: 'Elevated', high: 'High', critical: 'Critical' } as const;

/** The live chat: risk, triggers with evidence and next steps, and the newest messages. */
export function LiveChatView({ view, tabId }: { view: TabView; tabId: number }) {
  const [announcement, setAnnouncement] = useState('');
  const [handoffOpen, setHandoffOpen] = useState(false);
  useOpenHandoffRequests(tabId, setHandoffOpen);
  const detection = view.detection;
  const byId = new Map(view.recent.map((m) => [m.id, m]));
  // Most urgent first (threats and repeated manager requests before frustration), newest first within a kind.
  const triggers = sortByUrgency(distinctCards([...(detection?.triggers ?? [])].reverse()));
  const customerSide = triggers.filter((t) => !isAgentSide(t.kind));
  const agentSide = triggers.filter((t) => isAgentSide(t.kind));
  const firstStep = detection?.nextSteps.find((s) => s.action !== 'handoff');
  useAnnounceNewTriggers(triggers, setAnnouncement);

  const settings = useSettings();

  async function insert(step: Pick<NextStep, 'text'>) {
    try {
      const result = await sendMessage('insertText', { text: step.text }, tabId);
      setAnnouncement(
        result.via === 'composer' ? 'Inserted into the reply box. Review it, then send.' : (result.error ?? 'Could not insert the text.'),
      );
    } catch {
      setAnnouncement('The helpdesk page is not responding. Reload it and try again.');
    }
  }

  async function feedback(trigger: Trigger, action: TriggerFeedback['action']) {
    if (!view.chatId) return;
    await sendMessage('triggerFeedback', {
      tabId,
      chatId: view.chatId,
      kind: trigger.kind,
      messageId: trigger.messageId,
      evidence: trigger.evidence,
      action,
    });
    const said = {
      helpful: 'Thanks, noted as helpful.',
      not_right: 'Noted. A phrase marked not right twice is no longer flagged.',
      dismiss: `${triggerLabel(trigger.kind)} dismissed.`,
      snooze: `${triggerLabel(trigger.kind)} snoozed for this chat.`,
    }[action];
    setAnnouncement(said);
  }

  // Alt+1 inserts the top next step (the browser-wide shortcut works from the helpdesk page too).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key === '1' && firstStep) {
        e.preventDefault();
        void insert(firstStep);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const renderList = (list: Trigger[], label: string, testId: string) =>
    list.length > 0 && (
      <section aria-label={label} className="triggers">
        <h2>{label}</h2>
        <ol data-testid={testId}>
          {list.map((t) => (
            <TriggerItem
              key={`${t.kind}-${t.messageId}`}
              trigger={t}
              message={byId.get(t.messageId)}
              steps={detection?.nextSteps.filter((s) => s.trigger === t.kind) ?? []}
              onInsert={insert}
              onOpenHandoff={() => setHandoffOpen(true)}
              onFeedback={feedback}
            />
          ))}
        </ol>
      </section>
    );

  async function endChat() {
    if (!view.chatId) return;
    const result = await sendMessage('endChat', { tabId, chatId: view.chatId });
    setAnnouncement(result.ok ? 'Chat ended. Your coaching is ready below.' : (result.error ?? 'Could not end the chat.'));
  }

  async function confirmConversation(answer: 'yes' | 'no') {
    await sendMessage('confirmConversation', { tabId, answer });
    setAnnouncement(
      answer === 'yes' ? 'Thanks. Tact will read this page as it does now.' : 'Tact will not score this page until you teach it.',
    );
  }

  return (
    <div className="live" data-testid="live-view">
      <ChatNotices view={view} settings={settings} onInsert={(text) => void insert({ text })} onConfirmConversation={confirmConversation} />
      {view.rejected && (
        <p className="notice" data-testid="notice-rejected">
          Tact is not scoring this page because it may be reading the wrong part. Teach it which messages to read.
        </p>
      )}
      {(view.rejected || view.confidence === 'low') && <TeachPage tabId={tabId} />}
      {detection && (
        <section className={`risk risk-${detection.level}`} aria-label="Escalation risk" data-testid="risk">
          <div>
            <span className="risk-level" data-testid="risk-level">
              {LEVEL_LABEL[detection.level]}
            </span>{' '}
            <span className="risk-score">{detection.risk}/100</span>
          </div>
          <Sparkline values={view.riskHistory} />
        </section>
      )}
      {view.escalation && (
        <p className="notice escalated" data-testid="escalated">
          Handed to {view.escalation.to ?? 'your supervisor'} at{' '}
          {new Date(view.escalation.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}. Stay with the customer until they
          join; Tact keeps helping here.
        </p>
      )}
      {handoffOpen && view.chatId ? (
        <HandoffPanel tabId={tabId} chatId={view.chatId} onClose={() => setHandoffOpen(false)} />
      ) : (
        !view.closed && (
          <p>
            <button type="button" className="primary" onClick={() => setHandoffOpen(true)} data-testid="open-handoff">
              Hand to supervisor
            </button>
          </p>
        )
      )}
      {detection && triggers.length === 0 && <p className="calm">No escalation signs in this chat.</p>}
      {renderList(customerSide, "What's happening", 'triggers')}
      <DraftFindings tabId={tabId} announce={setAnnouncement} />
      {renderList(agentSide, 'Your replies', 'agent-triggers')}
      <section aria-label="Transcript" className="transcript">
        <h2>
          Transcript · <span data-testid="message-count">{view.messageCount}</span> {view.messageCount === 1 ? 'message' : 'messages'}
        </h2>
        <ol data-testid="recent-messages">
          {view.recent.slice(-8).map((m) => (
            <li key={m.id} data-role={m.role} data-message-id={m.id}>
              <span className="role">{m.author ?? m.role}</span> <span className="text">{m.text}</span>
            </li>
          ))}
        </ol>
      </section>
      {view.coaching ? (
        <ChatEndedCard card={view.coaching} />
      ) : (
        <p>
          <button type="button" onClick={endChat}>
            End chat and see my coaching
          </button>
        </p>
      )}
      <p className="shortcut-hint">Alt+1 inserts the top suggestion.</p>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
    </div>
  );
}

/** The "open handoff" shortcut (Alt+Shift+H) reaches the panel through session storage. */
function useOpenHandoffRequests(tabId: number, setOpen: (open: boolean) => void) {
  useEffect(() => {
    const key = 'session:ui-request' as const;
    return storage.watch<{ tabId: number; action: string; at: number }>(key, (request) => {
      if (request?.tabId === tabId && request.action === 'open-handoff' && Date.now() - request.at < 5000) setOpen(true);
    });
  }, [tabId, setOpen]);
}

/** Screen readers hear each new trigger once, not every re-render. */
function useAnnounceNewTriggers(triggers: Trigger[], announce: (text: string) => void) {
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const keys = triggers.map((t) => `${t.kind}|${t.messageId}`);
    if (seen.current === null) {
      seen.current = new Set(keys);
      return;
    }
    const fresh = triggers.filter((t) => !seen.current?.has(`${t.kind}|${t.messageId}`));
    for (const k of keys) seen.current.add(k);
    if (fresh.length) announce(`New: ${fresh.map((t) => triggerLabel(t.kind)).join(', ')}`);
  }, [triggers, announce]);
}

function formatTime(at?: number): string | null {
  return at ? new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : null;
}

function TriggerItem({
  trigger,
  message,
  steps,
  onInsert,
  onOpenHandoff,
  onFeedback,
}: {
  trigger: Trigger;
  message?: Message;
  steps: NextStep[];
  onInsert(step: NextStep): void;
  onOpenHandoff(): void;
  onFeedback(trigger: Trigger, action: TriggerFeedback['action']): void;
}) {
  const label = triggerLabel(trigger.kind);
  const time = formatTime(message?.at);
  return (
    <li className="trigger" data-kind={trigger.kind}>
      <h3>
        {label}
        {trigger.count ? ` ×${trigger.count}` : ''}
        {time && <span className="when"> · {time}</span>}
      </h3>
      <blockquote>
        <Evidence text={message?.text} evidence={trigger.evidence} />
      </blockquote>
      {steps.length > 0 && (
        <ul className="steps" aria-label={`Next steps for ${label}`}>
          {steps.map((s) => (
            <li key={s.id} data-step-id={s.id}>
              <p>{s.text}</p>
              {s.action === 'handoff' ? (
                <button type="button" onClick={onOpenHandoff}>
                  Open handoff
                </button>
              ) : (
                <button type="button" onClick={() => onInsert(s)} aria-label={`Insert: ${s.text}`}>
                  Insert
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="feedback" aria-label={`Feedback on ${label}`}>
        <button type="button" onClick={() => onFeedback(trigger, 'helpful')}>
          Helpful
        </button>
        <button type="button" onClick={() => onFeedback(trigger, 'not_right')}>
          Not right
        </button>
        <button type="button" onClick={() => onFeedback(trigger, 'dismiss')}>
          Dismiss
        </button>
        <button type="button" onClick={() => onFeedback(trigger, 'snooze')}>
          Snooze for this chat
        </button>
      </fieldset>
    </li>
  );
}

/** The message with the words that caused the finding highlighted. */
function Evidence({ text, evidence }: { text?: string; evidence: string }) {
  const at = text ? text.indexOf(evidence) : -1;
  if (!text || at < 0) return <mark>{evidence}</mark>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{evidence}</mark>
      {text.slice(at + evidence.length)}
    </>
  );
}
