import { useState } from 'react';
import type { TabView } from '@/lib/background/sessions';
import type { NextStep, Trigger } from '@/lib/detect/types';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Message } from '@/lib/transcript/message';
import { Sparkline } from './Sparkline';

const LEVEL_LABEL = { low: 'Low', elevated: 'Elevated', high: 'High', critical: 'Critical' } as const;

export function triggerLabel(kind: string): string {
  const text = kind.replace(/^custom:/, '').replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The live chat: risk, triggers with evidence and next steps, and the newest messages. */
export function LiveChatView({ view, tabId }: { view: TabView; tabId: number }) {
  const [announcement, setAnnouncement] = useState('');
  const detection = view.detection;
  const byId = new Map(view.recent.map((m) => [m.id, m]));

  async function insert(step: NextStep) {
    try {
      const result = await sendMessage('insertText', { text: step.text }, tabId);
      setAnnouncement(
        result.via === 'composer' ? 'Inserted into the reply box. Review it, then send.' : (result.error ?? 'Could not insert the text.'),
      );
    } catch {
      setAnnouncement('The helpdesk page is not responding. Reload it and try again.');
    }
  }

  return (
    <div className="live" data-testid="live-view">
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
      {detection && detection.triggers.length > 0 && (
        <section aria-label="Triggers" className="triggers">
          <h2>What's happening</h2>
          <ol data-testid="triggers">
            {detection.triggers.map((t) => (
              <TriggerItem
                key={`${t.kind}-${t.messageId}`}
                trigger={t}
                message={byId.get(t.messageId)}
                steps={detection.nextSteps.filter((s) => s.trigger === t.kind)}
                onInsert={insert}
              />
            ))}
          </ol>
        </section>
      )}
      <section aria-label="Transcript" className="transcript">
        <h2>
          Transcript <span data-testid="message-count">{view.messageCount}</span> messages
        </h2>
        <ol data-testid="recent-messages">
          {view.recent.slice(-8).map((m) => (
            <li key={m.id} data-role={m.role} data-message-id={m.id}>
              <span className="role">{m.role}</span> <span className="text">{m.text}</span>
            </li>
          ))}
        </ol>
      </section>
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
    </div>
  );
}

function TriggerItem({
  trigger,
  message,
  steps,
  onInsert,
}: {
  trigger: Trigger;
  message?: Message;
  steps: NextStep[];
  onInsert(step: NextStep): void;
}) {
  return (
    <li className="trigger" data-kind={trigger.kind}>
      <h3>
        {triggerLabel(trigger.kind)}
        {trigger.count ? ` ×${trigger.count}` : ''}
      </h3>
      <blockquote>
        <Evidence text={message?.text} evidence={trigger.evidence} />
      </blockquote>
      {steps.length > 0 && (
        <ul className="steps">
          {steps.map((s) => (
            <li key={s.id}>
              <p>{s.text}</p>
              {s.action !== 'handoff' && (
                <button type="button" onClick={() => onInsert(s)} aria-label={`Insert: ${s.text}`}>
                  Insert
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
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
