import { describe, expect, it } from 'vitest';
import { validateChannel } from '@/lib/handoff/channel-config';

const messages = (input: unknown) => {
  const result = validateChannel(input);
  return result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`);
};

describe('validateChannel', () => {
  it('accepts well-formed channels of every kind', () => {
    for (const channel of [
      { id: '1', kind: 'slack', name: 'Leads', url: 'https://hooks.slack.com/services/T0001/B0001/abcdefgh1234' },
      { id: '2', kind: 'teams', name: 'Leads', url: 'https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def' },
      { id: '3', kind: 'webhook', name: 'Ops', url: 'https://ops.example.com/tact', secret: '0123456789abcdef' },
      { id: '4', kind: 'email', name: 'Mail', to: 'a@example.com; b@example.org' },
      { id: '5', kind: 'note', name: 'Note' },
      { id: '6', kind: 'clipboard', name: 'Copy' },
      { id: '7', kind: 'slack', name: 'Local test', url: 'http://127.0.0.1:8080/hook' },
    ]) {
      expect(validateChannel(channel), JSON.stringify(channel)).toMatchObject({ ok: true });
    }
  });

  it('rejects a bad URL with a message that says what to paste', () => {
    expect(messages({ id: '1', kind: 'webhook', name: 'Ops', url: 'ops.example.com/hook' })).toEqual([
      'url: "ops.example.com/hook" is not a URL. Paste the whole webhook address, starting with https://.',
    ]);
    expect(messages({ id: '1', kind: 'teams', name: 'Ops', url: '' })).toEqual([
      'url: Microsoft Teams (incoming webhook) needs the webhook URL.',
    ]);
  });

  it('rejects plain http for Slack and Teams except on loopback', () => {
    expect(messages({ id: '1', kind: 'teams', name: 'T', url: 'http://contoso.webhook.office.com/x' })[0]).toMatch(
      /must start with https:\/\//,
    );
    expect(validateChannel({ id: '1', kind: 'teams', name: 'T', url: 'http://localhost:3000/x' }).ok).toBe(true);
  });

  it('rejects a Slack URL missing its token', () => {
    expect(messages({ id: '1', kind: 'slack', name: 'S', url: 'https://hooks.slack.com/services/T0001' })[0]).toMatch(/missing its token/);
    expect(messages({ id: '1', kind: 'slack', name: 'S', url: 'https://slack.example.com/services/T1/B1/x' })[0]).toMatch(
      /hooks\.slack\.com/,
    );
  });

  it('rejects a missing e-mail address, a short secret and a missing name', () => {
    expect(messages({ id: '1', kind: 'email', name: 'M' })).toEqual(['to: E-mail needs at least one address to send the handoff to.']);
    expect(messages({ id: '1', kind: 'webhook', name: 'W', url: 'https://x.example.com/h', secret: 'short' })[0]).toMatch(
      /secret is too short/,
    );
    expect(messages({ id: '1', kind: 'note', name: '  ' })).toEqual(['name: Give the channel a name the agent will recognise.']);
  });

  it('warns (but allows) plain http for a generic webhook', () => {
    const result = validateChannel({ id: '1', kind: 'webhook', name: 'W', url: 'http://intranet.example.com/h' });
    expect(result.ok && result.warnings[0]?.message).toMatch(/unencrypted/);
  });
});
