import { defineConfig } from 'wxt';

/**
 * Loopback hosts the e2e build may read without a runtime prompt: headless Chromium cannot accept
 * a permission prompt (STACK.md), so `wxt build --mode e2e` grants them up front. Release builds
 * ask for every helpdesk origin at run time ("Enable Tact on this site").
 */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://demo.tact.test/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.TACT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion, mode }) => {
    const optionalHosts = ['https://*/*', 'http://*/*'];
    const permissions = ['storage', 'scripting', 'activeTab'];
    if (browser !== 'firefox') permissions.push('sidePanel');
    return {
      name: 'Tact',
      description: 'Spots escalation risk in live support chats on your device and suggests what to say next.',
      permissions,
      // Firefox MV2 silently drops optional_host_permissions: hosts go in optional_permissions.
      ...(manifestVersion === 2 ? { optional_permissions: optionalHosts } : { optional_host_permissions: optionalHosts }),
      ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
      action: { default_title: 'Open Tact' },
      // Team policy (chrome.storage.managed): what an admin may push, see README "Team policy".
      // Firefox reads policies from its own policies.json and rejects this key.
      ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
      commands: {
        'insert-next-step': {
          suggested_key: { default: 'Alt+Shift+1' },
          description: 'Insert the top next step into the reply box',
        },
        'open-handoff': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: 'Open the supervisor handoff card',
        },
        'dismiss-nudge': {
          suggested_key: { default: 'Alt+Shift+D' },
          description: 'Dismiss the on-page nudge',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'tact@tact.dev',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
