import { browser } from 'wxt/browser';
import { type ChannelConfig, HTTP_KINDS } from './channel-config';

/**
 * Webhook receivers (Slack, Teams, most others) send no CORS headers, so the extension can only
 * POST to them with host access to that origin. Options asks for it when a channel is saved or
 * tested: that click is the user gesture `permissions.request` needs.
 */
export function channelOriginPattern(channel: Pick<ChannelConfig, 'kind' | 'url'>): string | null {
  if (!(HTTP_KINDS as string[]).includes(channel.kind) || !channel.url) return null;
  try {
    const url = new URL(channel.url);
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** Must be called synchronously inside the click handler (before any await). */
export function requestChannelAccess(channel: Pick<ChannelConfig, 'kind' | 'url'>): Promise<{ granted: boolean; message?: string }> {
  const origin = channelOriginPattern(channel);
  if (!origin) return Promise.resolve({ granted: true });
  try {
    return browser.permissions.request({ origins: [origin] }).then(
      (granted) =>
        granted
          ? { granted: true }
          : {
              granted: false,
              message: `Tact was not allowed to reach ${origin.replace('/*', '')}; handoffs to this channel will fail until you allow it (save or test again).`,
            },
      (error: unknown) => ({
        granted: false,
        message: `Could not ask for access to ${origin}: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
  } catch (error) {
    return Promise.resolve({
      granted: false,
      message: `Could not ask for access to ${origin}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
