// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAdapter } from '../../../lib/adapters/demo';
import { type CaptureDelta, type CaptureStatus, startCapture } from '../../../lib/capture/capture';

function messageHtml(id: string, role: string, text: string) {
  return `<div data-tact-demo="message" data-id="${id}" data-role="${role}"><div class="meta"><span data-tact-demo="author">${role === 'agent' ? 'Sam' : 'Dana'}</span><time datetime="2026-11-24T10:0${id.length}:00Z">10:00</time></div><div data-tact-demo="text">${text}</div></div>`;
}

function page(chatId: string, messages: Array<[string, string, string]>) {
  document.body.innerHTML = `<div data-tact-demo="workspace"><nav><span class="preview">I want a manager (preview)</span></nav>
    <section data-tact-demo="conversation" data-active="true" data-chat-id="${chatId}">${messages.map((m) => messageHtml(...m)).join('')}</section>
    <textarea data-tact-demo="composer"></textarea></div>`;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('capture pipeline on the demo markup', () => {
  let deltas: CaptureDelta[];
  let statuses: CaptureStatus[];
  let controller: AbortController;
  let resync = false;

  function start() {
    return startCapture({
      doc: document,
      adapter: demoAdapter,
      signal: controller.signal,
      onDelta: (d) => {
        deltas.push(d);
        const r = resync;
        resync = false;
        return r;
      },
      onStatus: (s) => statuses.push(s),
      // happy-dom is slow; the adaptive pause is exercised in the browser benchmark.
      readBudgetFactor: 0,
    });
  }

  beforeEach(() => {
    deltas = [];
    statuses = [];
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('sends the whole transcript first, then only new messages', async () => {
    page('c1', [
      ['m1', 'customer', 'Hi, my order is late'],
      ['m2', 'agent', 'Let me check'],
    ]);
    start();
    expect(deltas[0]).toMatchObject({ chatId: 'c1', full: true, seq: 1 });
    expect(deltas[0]?.upserts.map((m) => m.text)).toEqual(['Hi, my order is late', 'Let me check']);
    document.querySelector('section')?.insertAdjacentHTML('beforeend', messageHtml('m3', 'customer', 'Still waiting'));
    await tick();
    expect(deltas).toHaveLength(2);
    expect(deltas[1]).toMatchObject({ full: false, seq: 2, removed: [] });
    expect(deltas[1]?.upserts).toEqual([expect.objectContaining({ id: 'm3', role: 'customer', text: 'Still waiting', author: 'Dana' })]);
  });

  it('does not resend anything when the list is re-rendered with new elements', async () => {
    page('c1', [
      ['m1', 'customer', 'Hello'],
      ['m2', 'agent', 'Hi there'],
    ]);
    start();
    const section = document.querySelector('section') as HTMLElement;
    section.innerHTML = messageHtml('m1', 'customer', 'Hello') + messageHtml('m2', 'agent', 'Hi there');
    await tick();
    expect(deltas).toHaveLength(1);
  });

  it('resends the full transcript when the receiver asks for a resync', async () => {
    page('c1', [['m1', 'customer', 'Hello']]);
    start();
    resync = true;
    document.querySelector('section')?.insertAdjacentHTML('beforeend', messageHtml('m2', 'agent', 'Hi'));
    await tick();
    expect(deltas.at(-1)).toMatchObject({ full: true });
    expect(deltas.at(-1)?.upserts.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('keeps each chat separate when the agent switches chats and back', async () => {
    page('c1', [['m1', 'customer', 'First chat']]);
    start();
    page('c2', [['x1', 'customer', 'Second chat']]);
    await tick();
    page('c1', [
      ['m1', 'customer', 'First chat'],
      ['m2', 'agent', 'Back to you'],
    ]);
    await tick();
    const c1 = deltas.filter((d) => d.chatId === 'c1');
    expect(deltas.filter((d) => d.chatId === 'c2')[0]).toMatchObject({ full: true });
    expect(c1.at(-1)).toMatchObject({ full: false, upserts: [expect.objectContaining({ id: 'm2' })] });
  });

  it('follows edits, deletions and older history loaded above without re-reading everything', async () => {
    page('c1', [
      ['m2', 'customer', 'Where is my order?'],
      ['m3', 'agent', 'Checking now'],
      ['m4', 'customer', 'Thanks'],
    ]);
    start();
    const section = document.querySelector('section') as HTMLElement;
    (section.querySelector('[data-id="m3"] [data-tact-demo="text"]') as HTMLElement).textContent = 'Checking with the warehouse now';
    await tick();
    expect(deltas.at(-1)?.upserts).toEqual([expect.objectContaining({ id: 'm3', text: 'Checking with the warehouse now' })]);
    section.querySelector('[data-id="m4"]')?.remove();
    section.insertAdjacentHTML('beforeend', messageHtml('m5', 'agent', 'Found it'));
    await tick();
    // m4 was the newest before m5 arrived: it sat between visible messages, so it was deleted.
    expect(deltas.at(-1)).toMatchObject({ removed: ['m4'] });
    section.insertAdjacentHTML('afterbegin', messageHtml('m1', 'customer', 'Hello?'));
    await tick();
    expect(deltas.at(-1)?.order).toEqual(['m1', 'm2', 'm3', 'm5']);
  });

  it('reports "no chat found" when the page has no conversation, and stops after abort', async () => {
    document.body.innerHTML = '<div data-tact-demo="workspace"><p>Reports</p></div>';
    start();
    expect(statuses.at(-1)).toMatchObject({ found: false, reason: 'No conversation is open.' });
    controller.abort();
    page('c1', [['m1', 'customer', 'Hello']]);
    await tick();
    expect(deltas).toHaveLength(0);
  });
});
