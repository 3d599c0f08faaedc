import { useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';

/** "Teach Tact this page": starts the picker on the page and says what happened. */
export function TeachPage({ tabId }: { tabId: number }) {
  const [state, setState] = useState<{ busy: boolean; message?: string; ok?: boolean }>({ busy: false });

  async function teach() {
    setState({
      busy: true,
      message: 'On the page: click a customer message, then one of yours, then the reply box (or Skip). Esc cancels.',
    });
    try {
      const result = await sendMessage('startTeach', undefined, tabId);
      setState(
        result.ok
          ? {
              busy: false,
              ok: true,
              message: `Saved: Tact found ${result.messages} messages this way. Reload the page to read it with what you taught.`,
            }
          : { busy: false, ok: false, message: result.error ?? 'Teaching did not finish.' },
      );
    } catch {
      setState({ busy: false, ok: false, message: 'Tact is not running on this page. Enable it for this site first, then reload.' });
    }
  }

  return (
    <div className="teach" data-testid="teach">
      <button type="button" onClick={teach} disabled={state.busy}>
        Teach Tact this page
      </button>
      {state.message && (
        <p role="status" data-testid="teach-status" className={state.ok === false ? 'error' : undefined}>
          {state.message}
        </p>
      )}
    </div>
  );
}
