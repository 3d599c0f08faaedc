// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { HandoffCard, type HandoffCardProps } from '@/components/handoff/HandoffCard';
import { suggestReason } from '@/lib/handoff/reasons';
import { ESCALATING_DETECTION, escalatingSummary } from '../../unit/handoff/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The card tells the agent what the supervisor will see masked, from the setting it was prepared with. */

const ALL = { cards: true, ibans: true, emails: true, phones: true };

async function renderCard(overrides: Partial<HandoffCardProps>) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = createRoot(host);
  const masking = overrides.masking;
  const props: HandoffCardProps = {
    summary: escalatingSummary('ho_card_masking', masking),
    suggestion: suggestReason(ESCALATING_DETECTION.triggers, ESCALATING_DETECTION.level),
    channels: [{ id: 'hook', kind: 'webhook', name: 'Leads webhook', url: 'http://127.0.0.1:1/unused' }],
    outboxEntries: [],
    onSend: vi.fn(async () => ({ ok: true, message: 'Queued' })),
    onRetry: vi.fn(async () => undefined),
    onInsertCustomerLine: vi.fn(async () => undefined),
    ...overrides,
  };
  await act(async () => root.render(<HandoffCard {...props} />));
  return { host, unmount: () => act(async () => root.unmount()) };
}

const notice = (host: HTMLElement) => host.querySelector('[data-testid="handoff-masking"]')?.textContent;
const issueField = (host: HTMLElement) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Issue');
  return host.querySelector<HTMLInputElement>(`#${CSS.escape(label?.htmlFor ?? '')}`);
};

describe('handoff card: masking notice', () => {
  it('says everything is masked with the default setting, and the preview shows the masked card', async () => {
    const { host, unmount } = await renderCard({ masking: ALL });
    expect(notice(host)).toBe('Card numbers, IBANs, e-mail addresses and phone numbers are masked when sent, also in what you type.');
    expect(issueField(host)?.value).toContain('[card ••••1111]');
    await unmount();
  });

  it('names what is sent as typed when the agent turned kinds off, and the preview shows the raw card', async () => {
    const { host, unmount } = await renderCard({ masking: { ...ALL, cards: false, emails: false } });
    expect(notice(host)).toBe('Masked when sent: IBANs, phone numbers. Sent as typed: card numbers, e-mail addresses.');
    expect(issueField(host)?.value).toContain('4111 1111 1111 1111');
    await unmount();
  });

  it('warns when nothing is masked', async () => {
    const { host, unmount } = await renderCard({ masking: { cards: false, ibans: false, emails: false, phones: false } });
    expect(notice(host)).toBe('Personal data is not masked: it is sent to the channel as typed.');
    await unmount();
  });

  it('shows the card in English strings from the catalogue (labels the e2e test reads)', async () => {
    const { host, unmount } = await renderCard({});
    expect(notice(host)).toBeUndefined();
    expect(host.querySelector('h2')?.textContent).toBe('Hand off to a supervisor');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toContain('Send handoff');
    expect(host.textContent).toContain('Risk 82 (High, rising)');
    expect(host.querySelector('select option[value="threat"]')?.textContent).toBe('Threat');
    expect(host.textContent).toContain('Leads webhook (JSON webhook)');
    await unmount();
  });
});
