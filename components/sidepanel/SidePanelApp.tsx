import { useEffect, useLayoutEffect } from 'react';
import { useSettings } from '@/lib/settings/store';
import { followActiveTab, useActiveTab } from '@/lib/ui/active-tab-store';
import { markViewRendered } from '@/lib/ui/render-timing';
import { applyTheme } from '@/lib/ui/theme';
import { LiveChatView } from './LiveChatView';
import { SiteGate } from './SiteGate';

/** The side panel: follows the active tab and shows what Tact reads there. */
export function SidePanelApp() {
  useEffect(() => followActiveTab(), []);
  const { tabId, url, access, view } = useActiveTab();
  const { theme } = useSettings();
  useEffect(() => applyTheme(theme), [theme]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new view on purpose (render timing)
  useLayoutEffect(() => markViewRendered(), [view]);

  return (
    <main className="panel" aria-label="Tact">
      <header className="panel-header">
        <h1>Tact</h1>
      </header>
      {view?.status === 'live' && tabId !== null ? (
        <LiveChatView view={view} tabId={tabId} />
      ) : (
        <SiteGate tabId={tabId} url={url} access={access} view={view} />
      )}
    </main>
  );
}
