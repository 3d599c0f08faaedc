import { createRoot } from 'react-dom/client';
import { CoachingPage } from '@/components/coaching/CoachingPage';
import { loadCoachingSettings } from '@/lib/coaching/coaching-settings';
import { openHistory } from '@/lib/coaching/history';
import '@/components/coaching/coaching.css';

// Wiring only: settings → history → page. coaching.html?chat=<id> opens that chat's scorecard.
async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const initialChatId = new URLSearchParams(location.search).get('chat');
  const settings = await loadCoachingSettings();
  try {
    const history = await openHistory({ retention: settings.retention });
    root.render(<CoachingPage source={history} initialChatId={initialChatId} teamSharing={settings.sharing} />);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    root.render(
      <CoachingPage
        source={null}
        openError={`Your coaching history could not be opened (${reason}). Private browsing or blocked site data can cause this.`}
      />,
    );
  }
}

void start();
