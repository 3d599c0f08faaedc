import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabView } from '@/lib/background/sessions';
import { originPattern } from '@/lib/background/site-access';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SiteAccess } from '@/lib/ui/active-tab-store';
import { TeachPage } from './TeachPage';

interface Props {
  tabId: number | null;
  url: string | null;
  access: SiteAccess;
  view: TabView | null;
}

/** Every state before a live chat: not enabled, enabling, no chat found, unsupported page. */
export function SiteGate({ tabId, url, access, view }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function enable() {
    const pattern = url ? originPattern(url) : null;
    if (!pattern || tabId === null) return;
    setBusy(true);
    setError(null);
    try {
      // Must run in the click handler: the browser only shows the prompt for a user gesture.
      const granted = await browser.permissions.request({ origins: [pattern] });
      if (!granted) {
        setError('Permission was not granted, so Tact stays off on this site.');
        return;
      }
      const result = await sendMessage('enableSite', { tabId, origin: pattern });
      if (!result.ok) setError(result.error ?? 'Tact could not start on this page. Reload the page and try again.');
    } catch (e) {
      setError(`Could not enable Tact here: ${String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  if (view?.status === 'no-chat') {
    return (
      <section className="gate" data-testid="state-no-chat" aria-live="polite">
        <h2>No chat found on this page</h2>
        <p>{view.reason ?? 'Open a conversation in your helpdesk and Tact will follow it here.'}</p>
        <p className="hint">Tact reads the open conversation of supported helpdesks and pages you teach it.</p>
        {tabId !== null && <TeachPage tabId={tabId} />}
      </section>
    );
  }
  if (access === 'not-enabled') {
    const host = url ? new URL(url).host : 'this site';
    return (
      <section className="gate" data-testid="state-not-enabled">
        <h2>Tact is off on {host}</h2>
        <p>Tact reads the chat on this page only after you allow it. Nothing leaves your device.</p>
        <button type="button" className="primary" onClick={enable} disabled={busy}>
          Enable Tact on this site
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </section>
    );
  }
  if (access === 'unsupported') {
    return (
      <section className="gate" data-testid="state-unsupported">
        <h2>Nothing to read here</h2>
        <p>Open your helpdesk in this tab to see the live chat.</p>
      </section>
    );
  }
  if (access === 'unknown-url') {
    return (
      <section className="gate" data-testid="state-unknown">
        <h2>Open Tact on your helpdesk</h2>
        <p>Click the Tact button in the toolbar while your helpdesk tab is active to enable it there.</p>
      </section>
    );
  }
  return (
    <section className="gate" data-testid="state-waiting" aria-live="polite">
      <h2>Looking for the chat…</h2>
      <p>If this takes more than a moment, reload the helpdesk page.</p>
    </section>
  );
}
