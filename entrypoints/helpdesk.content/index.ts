import { startHelpdeskContent } from '@/lib/content/helpdesk';

/**
 * Registered at run time only for the origins the agent enabled (lib/background/site-access.ts),
 * so it is not in the manifest's content_scripts.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main(ctx) {
    // executeScript after enabling may run us a second time in the same page: start once.
    const flag = '__tactHelpdeskStarted';
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return;
    w[flag] = true;
    void startHelpdeskContent(ctx.signal);
  },
});
