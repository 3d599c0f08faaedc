import type { Nudge } from '../../background/nudge-policy';

/**
 * The page nudge: a small, dismissible, non-modal badge near the composer when risk jumps. It
 * lives in a shadow root, so the helpdesk's styles cannot break it and it cannot break
 * the page; it never takes focus by itself.
 */
export interface NudgeFeature {
  show(nudge: Nudge): void;
  dismiss(): void;
  /** The shown nudge's root, for tests. */
  host(): HTMLElement | null;
}

const STYLE = `
:host { all: initial; }
.nudge { position: fixed; z-index: 2147483646; max-width: 320px; font: 13px/1.4 system-ui, sans-serif;
  background: #fff; color: #1d2330; border: 1px solid #d0d5e0; border-left: 4px solid var(--c); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px; }
@media (prefers-color-scheme: dark) { .nudge { background: #1d212a; color: #e8eaf0; border-color: #3a4150; } }
.title { font-weight: 600; margin: 0 24px 4px 0; }
.step { margin: 0 0 6px; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 2px 8px; border: 1px solid #b8bfcc; background: transparent; color: inherit; }
button.close { position: absolute; top: 4px; right: 4px; border: none; font-size: 16px; line-height: 1; padding: 2px 6px; }
button:focus-visible { outline: 2px solid #2f5bd3; outline-offset: 1px; }`;

const COLOR = { low: '#2e7d32', elevated: '#b26a00', high: '#c62828', critical: '#8e0000' } as const;

export function createNudgeFeature(options: {
  doc: Document;
  signal: AbortSignal;
  getComposer(): HTMLElement | null;
  onInsert(text: string): void;
  onDismiss?(nudge: Nudge): void;
}): NudgeFeature {
  const { doc, signal } = options;
  let hostEl: HTMLElement | null = null;
  let current: Nudge | null = null;

  function dismiss() {
    hostEl?.remove();
    hostEl = null;
    if (current) options.onDismiss?.(current);
    current = null;
  }

  function place(box: HTMLElement) {
    const composer = options.getComposer();
    const rect = composer?.getBoundingClientRect();
    const viewportH = doc.defaultView?.innerHeight ?? 800;
    if (rect && rect.width > 0) {
      box.style.left = `${Math.max(8, rect.right - 320)}px`;
      box.style.bottom = `${Math.max(8, viewportH - rect.top + 8)}px`;
    } else {
      box.style.right = '16px';
      box.style.bottom = '16px';
    }
  }

  function show(nudge: Nudge) {
    hostEl?.remove();
    current = nudge;
    hostEl = doc.createElement('tact-nudge');
    const shadow = hostEl.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const box = doc.createElement('div');
    box.className = 'nudge';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.setAttribute('aria-label', 'Tact suggestion');
    box.style.setProperty('--c', COLOR[nudge.level]);
    const title = doc.createElement('p');
    title.className = 'title';
    title.textContent = `${nudge.title} · risk ${nudge.level}`;
    box.append(title);
    if (nudge.stepText) {
      const step = doc.createElement('p');
      step.className = 'step';
      step.textContent = nudge.stepText;
      const insert = doc.createElement('button');
      insert.type = 'button';
      insert.textContent = 'Insert reply';
      const text = nudge.stepText;
      insert.addEventListener('click', () => {
        options.onInsert(text);
        dismiss();
      });
      box.append(step, insert);
    }
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Dismiss Tact suggestion');
    close.textContent = '×';
    close.addEventListener('click', dismiss);
    box.append(close);
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') dismiss();
    });
    shadow.append(style, box);
    place(box);
    doc.documentElement.append(hostEl);
  }

  signal.addEventListener('abort', () => {
    hostEl?.remove();
    hostEl = null;
  });
  return { show, dismiss, host: () => hostEl };
}
