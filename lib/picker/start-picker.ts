import type { SiteDefinition } from '../adapters/site-definition';
import { buildSiteDefinition } from './build-definition';

/**
 * "Teach Tact this page": an overlay in its own shadow root (the page's CSS cannot reach it, ours
 * cannot leak) that highlights what the pointer is over and asks for three clicks in turn —
 * a customer message, one of the agent's, then optionally the reply box. Esc cancels (null);
 * the abort signal tears everything down. Clicks are swallowed so the page does not react.
 */

export interface PickerOptions {
  signal?: AbortSignal;
  /** Host name the definition is saved for (default: the page's). */
  host?: string;
  /** Text per step, for i18n; English by default. */
  prompts?: Partial<Record<PickerStep, string>>;
}

export type PickerStep = 'customer' | 'agent' | 'composer';

const DEFAULT_PROMPTS: Record<PickerStep, string> = {
  customer: 'Click a customer message',
  agent: 'Click one of your messages',
  composer: 'Click the reply box (optional)',
};

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; border: 2px solid #2563eb; background: rgba(37,99,235,.12); border-radius: 4px; z-index: 2147483647; display: none; }
.bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647; font: 14px/1.4 system-ui, sans-serif;
  background: #111827; color: #fff; padding: 8px 12px; border-radius: 8px; display: flex; gap: 12px; align-items: center; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.bar button { font: inherit; background: #374151; color: #fff; border: 0; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
.error { color: #fca5a5; }
`;

export function startPicker(doc: Document, options: PickerOptions = {}): Promise<SiteDefinition | null> {
  const prompts = { ...DEFAULT_PROMPTS, ...options.prompts };
  const host = doc.createElement('tact-picker');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${STYLE}</style><div class="box" part="box"></div>
    <div class="bar" role="dialog" aria-live="polite" aria-label="Teach Tact this page"><span class="prompt"></span><span class="error"></span>
    <button type="button" class="skip" hidden>Skip</button><button type="button" class="cancel">Cancel (Esc)</button></div>`;
  (doc.body ?? doc.documentElement).appendChild(host);
  const box = shadow.querySelector('.box') as HTMLElement;
  const prompt = shadow.querySelector('.prompt') as HTMLElement;
  const error = shadow.querySelector('.error') as HTMLElement;
  const skip = shadow.querySelector('.skip') as HTMLButtonElement;
  const cancel = shadow.querySelector('.cancel') as HTMLButtonElement;

  let step: PickerStep = 'customer';
  let customerEl: Element | null = null;
  let agentEl: Element | null = null;
  const showStep = () => {
    prompt.textContent = prompts[step];
    skip.hidden = step !== 'composer';
  };
  showStep();

  return new Promise((resolve) => {
    const listeners = new AbortController();
    const on = listeners.signal;
    const finish = (result: SiteDefinition | null) => {
      listeners.abort();
      host.remove();
      resolve(result);
    };
    const complete = (composerEl: Element | null) => {
      if (!customerEl || !agentEl) return finish(null);
      const built = buildSiteDefinition({ host: options.host ?? doc.location?.hostname ?? '', customerEl, agentEl, composerEl });
      if (built.ok) return finish(built.definition);
      // Start over with the reason shown rather than saving a definition that cannot work.
      error.textContent = built.error;
      step = 'customer';
      customerEl = agentEl = null;
      showStep();
    };
    const isOurs = (target: EventTarget | null) => target === host || (target instanceof Node && host.contains(target));
    const targetOf = (event: Event): Element | null => {
      const path = event.composedPath();
      if (path.some((t) => t === host)) return null;
      return event.target instanceof Element ? event.target : null;
    };

    if (options.signal?.aborted) return finish(null);
    options.signal?.addEventListener('abort', () => finish(null), { signal: on });
    doc.addEventListener(
      'mousemove',
      (event) => {
        const el = targetOf(event);
        if (!el) return;
        const rect = el.getBoundingClientRect();
        Object.assign(box.style, {
          display: 'block',
          left: `${rect.left}px`,
          top: `${rect.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
        });
      },
      { capture: true, signal: on },
    );
    const swallow = (event: Event) => {
      if (isOurs(event.target) || targetOf(event) === null) return;
      event.preventDefault();
      event.stopPropagation();
    };
    doc.addEventListener('mousedown', swallow, { capture: true, signal: on });
    doc.addEventListener('mouseup', swallow, { capture: true, signal: on });
    doc.addEventListener(
      'click',
      (event) => {
        const el = targetOf(event);
        if (!el || isOurs(el)) return;
        event.preventDefault();
        event.stopPropagation();
        error.textContent = '';
        if (step === 'customer') {
          customerEl = el;
          step = 'agent';
          showStep();
        } else if (step === 'agent') {
          if (customerEl && (el === customerEl || el.contains(customerEl) || customerEl.contains(el))) {
            error.textContent = 'That is the same message. Click one of yours.';
            return;
          }
          agentEl = el;
          step = 'composer';
          showStep();
        } else {
          complete(el);
        }
      },
      { capture: true, signal: on },
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(null);
        }
      },
      { capture: true, signal: on },
    );
    skip.addEventListener('click', () => complete(null), { signal: on });
    cancel.addEventListener('click', () => finish(null), { signal: on });
  });
}
