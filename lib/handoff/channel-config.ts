import * as v from 'valibot';

/**
 * Where handoffs go. One config per destination, edited in options, stored with the agent's
 * settings. `validateChannel` turns anything (a form, an import, a managed policy) into either a
 * config or messages that say exactly what to fix.
 */
export const CHANNEL_KINDS = ['slack', 'teams', 'webhook', 'email', 'note', 'clipboard'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  slack: 'Slack (incoming webhook)',
  teams: 'Microsoft Teams (incoming webhook)',
  webhook: 'JSON webhook',
  email: 'E-mail',
  note: 'Internal note in the helpdesk',
  clipboard: 'Copy to clipboard',
};

/** Kinds delivered over HTTP through the outbox; the others are done on the spot by the agent's page. */
export const HTTP_KINDS: readonly ChannelKind[] = ['slack', 'teams', 'webhook'];

export const ChannelConfigSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'The channel needs an id.')),
  kind: v.picklist(CHANNEL_KINDS, 'Pick a channel type.'),
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'Give the channel a name the agent will recognise.'),
    v.maxLength(80, 'Keep the name under 80 characters.'),
  ),
  url: v.optional(v.string()),
  secret: v.optional(v.string()),
  to: v.optional(v.string()),
});
export type ChannelConfig = v.InferOutput<typeof ChannelConfigSchema>;

export interface ChannelIssue {
  field: 'id' | 'kind' | 'name' | 'url' | 'secret' | 'to';
  message: string;
}

export type ChannelValidation = { ok: true; channel: ChannelConfig; warnings: ChannelIssue[] } | { ok: false; issues: ChannelIssue[] };

const EMAIL_ADDRESS = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]{2,}$/;
export const MIN_SECRET_LENGTH = 16;

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

function checkUrl(kind: ChannelKind, raw: string | undefined, issues: ChannelIssue[], warnings: ChannelIssue[]): void {
  const label = CHANNEL_KIND_LABELS[kind];
  if (!raw?.trim()) {
    issues.push({ field: 'url', message: `${label} needs the webhook URL.` });
    return;
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    issues.push({ field: 'url', message: `"${raw}" is not a URL. Paste the whole webhook address, starting with https://.` });
    return;
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    if (kind === 'webhook' && url.protocol === 'http:') {
      warnings.push({
        field: 'url',
        message: 'This webhook uses plain http: handoffs will travel unencrypted. Use https if the receiver supports it.',
      });
    } else {
      issues.push({ field: 'url', message: `${label} URLs must start with https:// (plain http is only allowed for localhost tests).` });
      return;
    }
  }
  if (url.username || url.password) {
    issues.push({ field: 'url', message: 'Remove the user name and password from the URL; use the signing secret instead.' });
  }
  if (kind === 'slack' && !loopback) {
    const segments = url.pathname.split('/').filter(Boolean);
    if (url.hostname !== 'hooks.slack.com') {
      issues.push({ field: 'url', message: 'Slack incoming webhooks live on hooks.slack.com (https://hooks.slack.com/services/…).' });
    } else if (segments[0] !== 'services' || segments.length < 4 || segments.some((s) => s.length < 4)) {
      issues.push({
        field: 'url',
        message: 'The Slack URL is missing its token: it should look like https://hooks.slack.com/services/T…/B…/xxxxxxxx.',
      });
    }
  }
  if (kind === 'teams' && !loopback && url.pathname.length <= 1) {
    issues.push({ field: 'url', message: 'The Teams URL has no path: copy the full workflow or connector webhook URL from Teams.' });
  }
}

export function validateChannel(input: unknown): ChannelValidation {
  const parsed = v.safeParse(ChannelConfigSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        field: (issue.path?.[0]?.key as ChannelIssue['field'] | undefined) ?? 'kind',
        message: issue.message,
      })),
    };
  }
  const channel = parsed.output;
  const issues: ChannelIssue[] = [];
  const warnings: ChannelIssue[] = [];
  if ((HTTP_KINDS as string[]).includes(channel.kind)) checkUrl(channel.kind, channel.url, issues, warnings);
  if (channel.kind === 'webhook' && channel.secret !== undefined && channel.secret !== '' && channel.secret.length < MIN_SECRET_LENGTH) {
    issues.push({
      field: 'secret',
      message: `The signing secret is too short: use at least ${MIN_SECRET_LENGTH} characters (or leave it empty for no signature).`,
    });
  }
  if (channel.kind === 'email') {
    const addresses = (channel.to ?? '')
      .split(/[,;]/)
      .map((a) => a.trim())
      .filter(Boolean);
    if (addresses.length === 0) issues.push({ field: 'to', message: 'E-mail needs at least one address to send the handoff to.' });
    const bad = addresses.filter((a) => !EMAIL_ADDRESS.test(a));
    if (bad.length > 0) issues.push({ field: 'to', message: `Not an e-mail address: ${bad.join(', ')}.` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, channel, warnings };
}
