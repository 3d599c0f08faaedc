// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assignDerivedIds, blockText, deepQueryAll, messageText, parseTime } from '../../../lib/adapters/dom-utils';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

describe('messageText', () => {
  it('keeps only the new text of an e-mail reply: no quoted history, attribution or signature', () => {
    const body = html(`<p>Refund it today please.</p><div class="gmail_signature">Dana · Orchard Bakery</div>
      <div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23 Sam wrote:</div><blockquote>Earlier text</blockquote></div>`);
    expect(messageText(body)).toBe('Refund it today please.');
  });

  it('cuts at a plain-text attribution line, an Outlook separator or a horizontal rule', () => {
    expect(messageText(html('<p>New</p><p>On Tue, 3 Nov 2026, Ana Lopez wrote:</p><p>Old</p>'))).toBe('New');
    expect(messageText(html('<div>New</div><div style="border:none;border-top:solid #E1E1E1 1.0pt">From: x</div><p>Old</p>'))).toBe('New');
    expect(messageText(html('<div>New<hr><div>Old</div></div>'))).toBe('New');
    expect(messageText(html('<p>Thanks</p><p>Sent from my iPhone</p>'))).toBe('Thanks');
  });

  it('drops buttons, icons, hidden text and caller-named chrome, and never edits the page', () => {
    const body = html(
      '<p>Hello <strong>there</strong></p><button>Translate</button><svg><title>read</title></svg><span aria-hidden="true">x</span><a class="chip">file.pdf</a>',
    );
    const before = body.innerHTML;
    expect(messageText(body, { exclude: ['.chip'] })).toBe('Hello there');
    expect(body.innerHTML).toBe(before);
  });

  it('separates block elements with spaces and collapses whitespace', () => {
    expect(blockText(html('<p>one</p><p>two\n\n  three</p><div>four<br>five</div>'))).toBe('one two three four five');
  });

  it('keeps quoted text when asked to', () => {
    expect(messageText(html('<p>a</p><blockquote>b</blockquote>'), { stripQuotes: false })).toBe('a b');
  });
});

describe('parseTime', () => {
  const now = new Date(2026, 10, 24, 18, 0);
  it('reads ISO datetimes exactly', () => {
    expect(parseTime('2026-11-24T14:02:11Z')).toBe(Date.UTC(2026, 10, 24, 14, 2, 11));
  });
  it('reads clock times as today, with am/pm', () => {
    expect(parseTime('14:02', now)).toBe(new Date(2026, 10, 24, 14, 2).getTime());
    expect(parseTime('4:47 PM', now)).toBe(new Date(2026, 10, 24, 16, 47).getTime());
    expect(parseTime('12:05 am', now)).toBe(new Date(2026, 10, 24, 0, 5).getTime());
  });
  it('reads the dated forms helpdesks show', () => {
    expect(parseTime('Feb 13, 4:47 PM', now)).toBe(new Date(2026, 1, 13, 16, 47).getTime());
    expect(parseTime('(Mon, 12 Jan 2026 at 3:00 PM)', now)).toBe(new Date(2026, 0, 12, 15, 0).getTime());
  });
  it('gives nothing for relative or unreadable times rather than a wrong one', () => {
    expect(parseTime('5 minutes ago', now)).toBeUndefined();
    expect(parseTime('', now)).toBeUndefined();
    expect(parseTime(null, now)).toBeUndefined();
  });
});

describe('deepQueryAll', () => {
  it('finds elements inside open shadow roots (nested) after light-DOM matches', () => {
    const root = html('<p class="m">light</p><x-host></x-host>');
    document.body.append(root);
    const host = root.querySelector('x-host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p class="m">shadow</p><y-host></y-host>';
    const inner = (shadow.querySelector('y-host') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p class="m">deeper</p>';
    expect(deepQueryAll(root, '.m').map((e) => e.textContent)).toEqual(['light', 'shadow', 'deeper']);
    expect(deepQueryAll(host, '.m').map((e) => e.textContent)).toEqual(['shadow', 'deeper']);
    root.remove();
  });

  it('looks into same-origin iframes', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p class="m">framed</p>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    expect(deepQueryAll(document, '.m').map((e) => e.textContent)).toContain('framed');
    frame.remove();
  });
});

describe('assignDerivedIds', () => {
  it('gives identical messages distinct ids that survive a re-read', () => {
    const read = () =>
      assignDerivedIds(
        [
          { role: 'customer', text: 'ok' },
          { role: 'agent', text: 'ok' },
          { role: 'customer', text: 'ok' },
          { id: 'x1', role: 'agent', text: 'hi' },
        ],
        'p',
      );
    const first = read();
    expect(new Set(first.map((m) => m.id)).size).toBe(4);
    expect(first[3]?.id).toBe('x1');
    expect(read().map((m) => m.id)).toEqual(first.map((m) => m.id));
  });
});
