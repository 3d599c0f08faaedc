// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChannelSettings, ChannelSettingsView, type ChannelSettingsViewProps } from '@/components/handoff/ChannelSettings';
import type { ChannelConfig } from '@/lib/handoff/channel-config';
import { loadChannels } from '@/lib/handoff/channel-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function mount(element: React.ReactElement) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = createRoot(host);
  await act(async () => root.render(element));
  return { host, root, unmount: () => act(async () => root.unmount()) };
}

const button = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === text || b.getAttribute('aria-label') === text) as HTMLButtonElement;
const byLabel = (host: HTMLElement, text: string) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
  return (label ? host.querySelector(`#${CSS.escape(label.htmlFor)}`) : null) as HTMLInputElement & HTMLSelectElement;
};
async function setValue(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function view(overrides: Partial<ChannelSettingsViewProps> = {}) {
  const props: ChannelSettingsViewProps = {
    channels: [],
    onSave: vi.fn(),
    onTestSend: vi.fn(async () => ({ ok: true, message: 'Delivered: the receiver answered HTTP 200.' })),
    newId: () => 'ch_new',
    ...overrides,
  };
  return props;
}

describe('ChannelSettingsView', () => {
  it('rejects a Slack URL without its token, next to the field, and saves nothing', async () => {
    const props = view();
    const { host, unmount } = await mount(<ChannelSettingsView {...props} />);
    await act(async () => button(host, 'Add channel').click());
    await setValue(byLabel(host, 'Name'), 'Leads');
    await setValue(byLabel(host, 'Webhook URL'), 'https://hooks.slack.com/services/T0001');
    await act(async () => button(host, 'Add channel').click());
    const url = byLabel(host, 'Webhook URL');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    const error = host.querySelector(`#${CSS.escape(url.getAttribute('aria-describedby') ?? '')}`);
    expect(error?.textContent).toMatch(/missing its token/);
    expect(props.onSave).not.toHaveBeenCalled();
    await unmount();
  });

  it('adds a valid channel and shows only the fields its type uses', async () => {
    const props = view();
    const { host, unmount } = await mount(<ChannelSettingsView {...props} />);
    await act(async () => button(host, 'Add channel').click());
    await setValue(byLabel(host, 'Type'), 'email');
    expect(byLabel(host, 'Webhook URL')).toBeNull();
    await setValue(byLabel(host, 'Name'), 'Duty lead');
    await setValue(byLabel(host, 'Send to'), 'duty@example.com');
    await act(async () => button(host, 'Add channel').click());
    expect(props.onSave).toHaveBeenCalledWith([{ id: 'ch_new', kind: 'email', name: 'Duty lead', to: 'duty@example.com' }], 'ch_new');
    await unmount();
  });

  it('"Send test" shows the real result, success or failure', async () => {
    const channels: ChannelConfig[] = [{ id: 'w', kind: 'webhook', name: 'Ops', url: 'https://ops.example.com/h' }];
    const onTestSend = vi.fn(async () => ({ ok: false, message: 'The receiver answered HTTP 500 (boom).' }));
    const { host, unmount } = await mount(<ChannelSettingsView {...view({ channels, onTestSend })} />);
    await act(async () => button(host, 'Send test to Ops').click());
    expect(onTestSend).toHaveBeenCalledWith(channels[0]);
    expect(host.querySelector('[data-testid="channel-row"] [role="status"]')?.textContent).toBe('✗ The receiver answered HTTP 500 (boom).');
    await unmount();
  });

  it('removes a channel and moves the default to the next one', async () => {
    const channels: ChannelConfig[] = [
      { id: 'a', kind: 'note', name: 'Note' },
      { id: 'b', kind: 'clipboard', name: 'Copy' },
    ];
    const props = view({ channels, defaultChannelId: 'a' });
    const { host, unmount } = await mount(<ChannelSettingsView {...props} />);
    await act(async () => button(host, 'Remove Note').click());
    expect(props.onSave).toHaveBeenCalledWith([channels[1]], 'b');
    await unmount();
  });
});

describe('ChannelSettings on the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores channels in local:handoff-channels and reads them back validated', async () => {
    const { host, unmount } = await mount(<ChannelSettings />);
    await act(async () => button(host, 'Add channel').click());
    await setValue(byLabel(host, 'Type'), 'teams');
    await setValue(byLabel(host, 'Name'), 'Teams leads');
    await setValue(byLabel(host, 'Webhook URL'), 'https://contoso.webhook.office.com/webhookb2/abc');
    await act(async () => button(host, 'Add channel').click());
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    const loaded = await loadChannels();
    expect(loaded.channels).toEqual([expect.objectContaining({ kind: 'teams', name: 'Teams leads' })]);
    expect(loaded.defaultChannelId).toBe(loaded.channels[0]?.id);
    expect(host.textContent).toContain('Teams leads');
    await unmount();
  });
});
