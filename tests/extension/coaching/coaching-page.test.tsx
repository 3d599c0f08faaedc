// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachingPage, type CoachingPageProps } from '../../../components/coaching/CoachingPage';
import { type CoachingHistory, openHistory } from '../../../lib/coaching/history';
import { toRecord } from '../../../lib/coaching/record';
import { buildScorecard } from '../../../lib/coaching/scorecard';
import type { CoachingRecord } from '../../../lib/coaching/types';
import { loadChat } from '../../unit/coaching/fixtures';
import { parseCsv } from '../../unit/coaching/parse-csv';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);
let n = 0;
const histories: CoachingHistory[] = [];

function record(name: 'recovers' | 'escalates-well' | 'bare-no', chatId: string, daysAgo: number): CoachingRecord {
  return toRecord(buildScorecard({ ...loadChat(name), chatId, endedAt: NOW - daysAgo * DAY }), [
    { kind: 'frustration', verdict: 'helpful' },
    { kind: 'agent_hedging', verdict: 'not_right' },
  ]);
}

/** A real history (fake IndexedDB) with five chats: two bare-no, then a recovery, then an escalation. */
async function seededHistory() {
  const dbName = `coaching-page-${++n}`;
  const history = await openHistory({ dbName, now: () => NOW });
  histories.push(history);
  await history.add(record('bare-no', 'T-101', 5));
  await history.add(record('bare-no', 'T-102', 4));
  await history.add(record('recovers', 'T-103', 3));
  await history.add(record('recovers', 'T-104', 2));
  await history.add(record('escalates-well', 'T-105', 1));
  return { history, dbName };
}

async function render(props: CoachingPageProps) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = createRoot(host);
  await act(async () => root.render(<CoachingPage now={() => NOW} {...props} />));
  await until(() => host.querySelector('main[aria-busy="false"]') !== null);
  return { host, unmount: () => act(async () => root.unmount()) };
}

/** Lets IndexedDB work (timers in fake-indexeddb) and React updates finish. */
const settle = () => act(async () => new Promise((r) => setTimeout(r, 30)));

/** Waits (in small settles, up to 5 s) until `ready` holds: a busy 2-core machine can be slow. */
async function until(ready: () => boolean) {
  for (let i = 0; i < 160 && !ready(); i++) await settle();
  if (!ready()) throw new Error('timed out waiting for the page');
}

const button = (host: HTMLElement, name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

afterEach(() => {
  for (const h of histories.splice(0)) h.close();
});

describe('coaching page', () => {
  it('opens on the chat that just ended, with tips, better phrasings, reasons and quotes', async () => {
    const { history } = await seededHistory();
    const { host, unmount } = await render({ source: history, initialChatId: 'T-102' });
    const card = host.querySelector('[data-testid="scorecard"]');
    expect(card?.querySelector('h2')?.textContent).toBe('Chat T-102');
    expect(card?.querySelector('h3')?.textContent).toBe('Tips for next time');
    const firstTip = card?.querySelector('[data-tip="manager-denied"]');
    expect(firstTip?.querySelector('blockquote')?.textContent).toBe('There is no manager');
    expect(firstTip?.querySelector('.better q')?.textContent).toContain("I'll bring in my supervisor now");
    const apology = card?.querySelector('[data-category="apology"]');
    expect(apology?.querySelector('.verdict')?.textContent).toBe('To work on');
    expect(apology?.textContent).toContain('The customer complained and no apology followed.');
    expect(apology?.querySelector('.quotes')?.textContent).toContain("Customer: I've emailed twice already");
    // The selected chat is marked in the list for assistive tech too.
    const pressed = host.querySelector('.recent button[aria-pressed="true"]');
    expect(pressed?.textContent).toContain('Chat T-102');
    await unmount();
  });

  it('lists the last chats newest first as buttons, and choosing one shows that chat', async () => {
    const { history } = await seededHistory();
    const { host, unmount } = await render({ source: history });
    const items = [...host.querySelectorAll('.recent button')].map((b) => b.querySelector('.recent-chat')?.textContent);
    expect(items).toEqual(['Chat T-105', 'Chat T-104', 'Chat T-103', 'Chat T-102', 'Chat T-101']);
    expect(host.querySelector('[data-testid="scorecard"] h2')?.textContent).toBe('Chat T-105');
    // The escalation is praised at the top of its review.
    expect(host.querySelector('[data-testid="scorecard"] h3')?.textContent).toBe('What went well');
    expect(host.querySelector('[data-tip="escalation-done-well"] h4')?.textContent).toContain('Escalation done well');
    const older = [...host.querySelectorAll<HTMLButtonElement>('.recent button')][2];
    await act(async () => older?.click());
    expect(host.querySelector('[data-testid="scorecard"] h2')?.textContent).toBe('Chat T-103');
    expect(host.querySelector('[data-tip="recovery-won"]')).not.toBeNull();
    await unmount();
  });

  it('draws a trend per category as an SVG with a text alternative, and lists triggers and feedback', async () => {
    const { history } = await seededHistory();
    const { host, unmount } = await render({ source: history });
    const refusals = host.querySelector('.trend[data-category="no_bare_refusals"]');
    const svg = refusals?.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(refusals?.querySelectorAll('circle')).toHaveLength(5);
    expect(refusals?.querySelector('desc')?.textContent).toContain('oldest first: 50, 50, 100, 100, 100.');
    expect(refusals?.querySelector('figcaption')?.textContent).toContain('improving');
    const triggers = [...host.querySelectorAll('.triggers li')].map((li) => li.textContent);
    expect(triggers[0]).toBe('Frustrated customer — in 4 chats');
    const rows = [...host.querySelectorAll('.feedback tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Hedging', '0', '5'],
      ['Frustrated customer', '5', '0'],
    ]);
    await unmount();
  });

  it('exports CSV and JSON that parse, named by date', async () => {
    const { history } = await seededHistory();
    const download = vi.fn();
    const { host, unmount } = await render({ source: history, download });
    await act(async () => button(host, 'Export CSV').click());
    await until(() => download.mock.calls.length === 1);
    await act(async () => button(host, 'Export JSON').click());
    await until(() => download.mock.calls.length === 2);
    expect(download.mock.calls.map((c) => [c[0], c[2]])).toEqual([
      ['tact-coaching-2026-11-24.csv', 'text/csv'],
      ['tact-coaching-2026-11-24.json', 'application/json'],
    ]);
    const csv = parseCsv(download.mock.calls[0]?.[1]);
    expect(csv).toHaveLength(6);
    expect(JSON.parse(download.mock.calls[1]?.[1]).records).toHaveLength(5);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Exported 5 chats as JSON.');
    await unmount();
  });

  it('clear all asks first (focus on Cancel, Escape backs out), then deletes everything', async () => {
    const { history, dbName } = await seededHistory();
    const { host, unmount } = await render({ source: history });
    await act(async () => button(host, 'Clear all…').click());
    const dialog = host.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('This removes 5 chats from this device for good.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(host.querySelector('[role="alertdialog"]')).toBeNull();
    expect((await history.list()).records).toHaveLength(5);

    await act(async () => button(host, 'Clear all…').click());
    await act(async () => button(host, 'Delete everything').click());
    await until(() => host.querySelector('#empty-title') !== null);
    expect(host.querySelector('#empty-title')?.textContent).toBe('No chats yet');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Your coaching history was deleted from this device.');
    const raw = await openDB(dbName);
    expect(await raw.count('records')).toBe(0);
    raw.close();
    await unmount();
  });

  it('a corrupt record is reported on the page and the other chats still show', async () => {
    const { history, dbName } = await seededHistory();
    const raw = await openDB(dbName);
    await raw.put('records', { id: 'T-999@1', chatId: 'T-999', endedAt: NOW, categories: null });
    raw.close();
    const { host, unmount } = await render({ source: history });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('A saved coaching record (T-999@1) is damaged and was skipped');
    expect(host.querySelectorAll('.recent button')).toHaveLength(5);
    expect(host.querySelector('[data-testid="scorecard"]')).not.toBeNull();
    await unmount();
  });

  it('a history that cannot be opened is explained, not a blank page', async () => {
    const { host, unmount } = await render({ source: null, openError: 'Your coaching history could not be opened (blocked).' });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('could not be opened (blocked)');
    expect(button(host, 'Export CSV').disabled).toBe(true);
    await unmount();
  });

  it('offers the team-lead export only when sharing is on, with escalations only', async () => {
    const { history } = await seededHistory();
    const off = await render({ source: history, teamSharing: { agentOptedIn: false } });
    expect([...off.host.querySelectorAll('button')].some((b) => b.textContent === 'Export escalations for team lead')).toBe(false);
    await off.unmount();
    const download = vi.fn();
    const on = await render({ source: history, teamSharing: { agentOptedIn: true }, download });
    await act(async () => button(on.host, 'Export escalations for team lead').click());
    await until(() => download.mock.calls.length === 1);
    const rows = parseCsv(download.mock.calls[0]?.[1]);
    expect(rows.map((r) => r[0])).toEqual(['chat_id', 'T-105']);
    expect(download.mock.calls[0]?.[0]).toBe('tact-escalations-2026-11-24.csv');
    await on.unmount();
  });
});
