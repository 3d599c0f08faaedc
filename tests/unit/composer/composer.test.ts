// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectEditorKind, insertAtCursor, readComposerText, replaceRange } from '../../../lib/composer';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/composers');

/** Load a fixture page's markup (its scripts do not run here; the e2e test runs them in Chromium). */
function loadFixture(name: string): HTMLElement {
  const html = readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
  document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')).replace(/<script[\s\S]*?<\/script>/g, '');
  return document.getElementById('composer') as HTMLElement;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('detectEditorKind', () => {
  for (const kind of ['prosemirror', 'ckeditor5', 'draftjs', 'slate', 'froala', 'contenteditable', 'textarea'] as const) {
    it(`recognises the ${kind} fixture composer`, () => {
      expect(detectEditorKind(loadFixture(kind))).toBe(kind);
    });
  }
  it('finds the editable inside a wrapper the adapter returned', () => {
    loadFixture('draftjs');
    expect(detectEditorKind(document.querySelector('.DraftEditor-root') as HTMLElement)).toBe('draftjs');
  });
  it('a plain div is not editable', () => {
    document.body.innerHTML = '<div id="x">hi</div>';
    expect(detectEditorKind(document.getElementById('x') as HTMLElement)).toBe('unknown');
  });
});

describe('readComposerText', () => {
  it('separates paragraphs with one newline and keeps empty lines (ProseMirror markup)', () => {
    const c = loadFixture('prosemirror');
    c.innerHTML = '<p>Hi Dana,</p><p><br class="ProseMirror-trailingBreak"></p><p>Your order ships today.</p>';
    expect(readComposerText(c)).toBe('Hi Dana,\n\nYour order ships today.');
  });
  it('reads Draft.js blocks and Slate zero-width placeholders without stray characters', () => {
    const d = loadFixture('draftjs');
    d.innerHTML =
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">One.</span></span></div></div>' +
      '<div data-block="true"><div><span><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div><span><span data-text="true">Two.</span></span></div></div></div>';
    expect(readComposerText(d)).toBe('One.\n\nTwo.');
    const s = loadFixture('slate');
    s.innerHTML =
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hello</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n">\uFEFF<br></span></span></span></div>';
    expect(readComposerText(s)).toBe('Hello\n');
  });
  it('reads a hard line break inside a paragraph', () => {
    const c = loadFixture('contenteditable');
    c.innerHTML = 'Line one<br>Line two';
    expect(readComposerText(c)).toBe('Line one\nLine two');
  });
});

describe('replaceRange / insertAtCursor on a React-controlled textarea', () => {
  function reactTextarea() {
    const el = loadFixture('textarea') as HTMLTextAreaElement;
    // React's value tracking, reduced: it ignores input events whose value it wrote itself.
    let state = '';
    let tracked = '';
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value') as PropertyDescriptor;
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() {
        return proto.get?.call(el);
      },
      set(v: string) {
        tracked = v;
        proto.set?.call(el, v);
      },
    });
    el.addEventListener('input', () => {
      const now = proto.get?.call(el) as string;
      if (now !== tracked) state = now;
    });
    return {
      el,
      state: () => state,
      setDraft: (v: string) => {
        proto.set?.call(el, v);
        el.dispatchEvent(new Event('input'));
      },
    };
  }

  it('replaces just the flagged sentence, the page state registers it, the caret lands after it', () => {
    const { el, state, setDraft } = reactTextarea();
    setDraft("Thanks Dana. No, we can't do that. Anything else?");
    const start = el.value.indexOf('No,');
    const res = replaceRange(el, start, start + "No, we can't do that.".length, "I can't ship today, but I can send it tomorrow at 8 am.");
    expect(res.ok).toBe(true);
    expect(state()).toBe("Thanks Dana. I can't ship today, but I can send it tomorrow at 8 am. Anything else?");
    expect(el.selectionStart).toBe(start + "I can't ship today, but I can send it tomorrow at 8 am.".length);
  });

  it('inserts at the caret', () => {
    const { el, state, setDraft } = reactTextarea();
    setDraft('Hello . Bye');
    el.focus();
    el.setSelectionRange(6, 6);
    expect(insertAtCursor(el, 'Dana').ok).toBe(true);
    expect(state()).toBe('Hello Dana. Bye');
  });

  it('rejects a range outside the text with a readable error', () => {
    const { el } = reactTextarea();
    const res = replaceRange(el, 5, 99, 'x');
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/outside the reply box/);
  });
});

describe('rich editors', () => {
  it('a model editor that applies beforeinput itself gets the text through that path', () => {
    const c = loadFixture('prosemirror');
    let model = 'Hi. No. Bye.';
    const render = () => {
      c.innerHTML = `<p>${model}</p>`;
    };
    render();
    c.addEventListener('beforeinput', (e) => {
      const ev = e as InputEvent;
      const sel = document.getSelection();
      const r = sel?.getRangeAt(0);
      if (!r) return;
      const a = r.startOffset;
      const b = r.endOffset;
      model = model.slice(0, a) + (ev.data ?? '') + model.slice(b);
      ev.preventDefault();
      render();
    });
    const res = replaceRange(c, 4, 7, 'I can help with that.');
    expect(res.ok).toBe(true);
    expect(model).toBe('Hi. I can help with that. Bye.');
  });

  it('a model editor that ignores every input path is reported as a failure, not faked', () => {
    const c = loadFixture('draftjs');
    c.innerHTML = '<div data-contents="true"><div data-block="true"><span data-text="true">No.</span></div></div>';
    const res = replaceRange(c, 0, 3, 'Yes.');
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/draftjs editor ignored/);
    expect(readComposerText(c)).toBe('No.');
  });

  it('a plain contenteditable is edited even where execCommand is missing, keeping the other paragraphs', () => {
    const c = loadFixture('contenteditable');
    c.innerHTML = '<p>First line.</p><p>No, we cannot.</p><p>Last line.</p>';
    const t = readComposerText(c);
    const start = t.indexOf('No,');
    const res = replaceRange(c, start, start + 'No, we cannot.'.length, 'Here is what I can do.');
    expect(res.ok).toBe(true);
    expect(readComposerText(c)).toBe('First line.\nHere is what I can do.\nLast line.');
  });
});
