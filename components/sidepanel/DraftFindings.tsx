import { useEffect, useState } from 'react';
import { type DraftFindingSummary, onMessage, sendMessage } from '@/lib/messaging/protocol';

/**
 * The draft coach's hint, repeated in the panel for keyboard and screen-reader users. Findings
 * arrive as runtime messages from the page (never stored) and only for this panel's tab.
 */
export function DraftFindings({ tabId, announce }: { tabId: number; announce(text: string): void }) {
  const [findings, setFindings] = useState<DraftFindingSummary[]>([]);
  useEffect(() => {
    setFindings([]);
    return onMessage('draftFindings', ({ data, sender }) => {
      if (sender.tab?.id === tabId) setFindings(data.findings);
    });
  }, [tabId]);

  if (!findings.length) return null;
  const [top] = findings;
  return (
    <section aria-label="Your draft" className="draft" data-testid="draft-findings">
      <h2>Your draft</h2>
      <ul>
        {findings.map((f) => (
          <li key={f.kind + f.reason}>
            <h3>{f.label}</h3>
            <p>{f.reason}</p>
            <p className="suggestion">Try: {f.suggestion}</p>
          </li>
        ))}
      </ul>
      {top && (
        <button
          type="button"
          onClick={async () => {
            const result = await sendMessage('applyDraftSuggestion', undefined, tabId).catch(() => ({ ok: false }));
            announce(result.ok ? 'Replaced in your draft. Review it, then send.' : 'Could not change the draft; edit it by hand.');
          }}
        >
          Use the suggestion in my draft
        </button>
      )}
    </section>
  );
}
