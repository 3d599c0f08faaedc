import { readComposerText, replaceRange } from '../composer/insert';
import { type CheckDraftOptions, checkDraft, type DraftFinding } from './check-draft';
import type { DraftChatContext } from './context';

/**
 * The draft coach on the page: watches the helpdesk's composer, checks the draft after ~150 ms of
 * idle typing, and shows one small hint anchored to the composer (inside a shadow root, so page
 * styles cannot break it) with the reason, a better phrasing and "Replace". It never blocks,
 * delays or sends anything, and never stores the draft.
 */
export interface DraftCoachOptions {
  doc: Document;
  /** The current composer; helpdesks re-render theirs, so it is looked up on every check. */
  getComposer: () => HTMLElement | null;
  /** The chat context, kept incrementally by the caller (not rebuilt per keystroke). */
  getContext: () => DraftChatContext;
  signal: AbortSignal;
  onFindings?: (findings: DraftFinding[]) => void;
  /** "Don't flag this again": the caller persists the muted kind. */
  onMute?: (kind: DraftFinding['kind']) => void;
  /** Called after Replace with how it went (clipboard fallback when the editor refused). */
  onReplace?: (result: { ok: boolean; via: 'composer' | 'clipboard' | 'none'; error?: string }) => void;
  muted?: readonly string[];
  debounceMs?: number;
  checkOptions?: Omit<CheckDraftOptions, 'muted'>;
}

export interface DraftCoach {
  /** Run the check now (tests, or after the context changed). */
  checkNow(): DraftFinding[];
  /** The finding the hint shows, if any. */
  shown(): DraftFinding | null;
  /** Replace the shown finding's sentence (what the button and Alt+Enter do). */
  replaceShown(): boolean;
}

/** Most harmful first: the hint shows one finding at a time. */
const PRIORITY: Record<DraftFinding['kind'], number> = {
  agent_denies_escalation: 0,
  agent_blame: 1,
  agent_bare_refusal: 2,
  missing_apology: 3,
  agent_hedging: 4,
};

const LABEL: Record<DraftFinding['kind'], string> = {
  agent_denies_escalation: 'Denies a supervisor',
  agent_blame: 'Sounds like blame',
  agent_bare_refusal: 'A bare “no”',
  missing_apology: 'No apology yet',
  agent_hedging: 'Sounds unsure',
};

const HINT_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; max-width: 360px; }
.hint { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; background: #fffdf5;
  border: 1px solid #e0b84c; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 10px 12px; }
.kind { font-weight: 600; margin: 0 0 2px; }
.reason { margin: 0 0 6px; color: #4a4f5c; }
.suggestion { margin: 0 0 8px; padding: 6px 8px; background: #fff; border-left: 3px solid #e0b84c; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border-radius: 5px; border: 1px solid #b9bfcc; background: #fff; padding: 3px 9px; color: #1d2330; }
button.primary { background: #1f5fd1; border-color: #1f5fd1; color: #fff; }
button:focus-visible { outline: 2px solid #1f5fd1; outline-offset: 1px; }
.keys { color: #6b7280; font-size: 11px; margin-left: auto; }
.close { border: 0; background: transparent; padding: 0 4px; float: right; font-size: 15px; line-height: 1; }
.status { margin: 6px 0 0; color: #6b4e00; }
`;

export function mountDraftCoach(opts: DraftCoachOptions): DraftCoach {
  const { doc, signal } = opts;
  const debounceMs = opts.debounceMs ?? 150;
  const muted = new Set(opts.muted ?? []);
  /** kind + evidence the agent dismissed with Esc; forgotten once that wording is gone. */
  const dismissed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: DraftFinding | null = null;

  const host = doc.createElement('tact-draft-hint');
  host.setAttribute('data-tact', 'draft-hint');
  // Inline !important beats any page rule aimed at our element; the shadow root does the rest.
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('z-index', '2147483646', 'important');
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HINT_CSS;
  const box = doc.createElement('div');
  box.className = 'hint';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  shadow.append(style, box);

  const key = (f: DraftFinding) => `${f.kind}\u0000${f.evidence}`;

  function hide() {
    current = null;
    host.remove();
  }

  function place(composer: HTMLElement) {
    const r = composer.getBoundingClientRect();
    const view = doc.defaultView;
    const vh = view?.innerHeight ?? 800;
    // Above the composer when there is room (composers sit at the bottom), else below it.
    host.style.left = `${Math.max(8, r.left)}px`;
    if (r.top > 140) {
      host.style.top = '';
      host.style.bottom = `${Math.max(8, vh - r.top + 6)}px`;
    } else {
      host.style.bottom = '';
      host.style.top = `${r.bottom + 6}px`;
    }
  }

  function render(f: DraftFinding, composer: HTMLElement, status?: string) {
    current = f;
    box.replaceChildren();
    const close = el('button', 'close', '×');
    close.setAttribute('aria-label', 'Dismiss (Esc)');
    close.addEventListener('click', dismiss);
    const kind = el('p', 'kind', LABEL[f.kind]);
    const reason = el('p', 'reason', f.reason);
    const suggestion = el('p', 'suggestion', f.suggestion);
    const replace = el('button', 'primary', 'Replace');
    replace.setAttribute('data-action', 'replace');
    replace.title = 'Replace the flagged sentence (Alt+Enter)';
    replace.addEventListener('click', () => void replaceShown());
    const mute = el('button', '', 'Don’t flag this again');
    mute.setAttribute('data-action', 'mute');
    mute.addEventListener('click', () => {
      muted.add(f.kind);
      opts.onMute?.(f.kind);
      hide();
    });
    const keys = el('span', 'keys', 'Alt+Enter · Esc');
    const row = el('div', 'row');
    row.append(replace, mute, keys);
    box.append(close, kind, reason, suggestion, row);
    if (status) box.append(el('p', 'status', status));
    // Buttons must not take focus from the composer: the agent keeps typing.
    for (const b of box.querySelectorAll('button')) b.addEventListener('mousedown', (e) => e.preventDefault());
    if (!host.isConnected) doc.body.append(host);
    place(composer);
  }

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function dismiss() {
    if (current) dismissed.add(key(current));
    hide();
  }

  function checkNow(): DraftFinding[] {
    const composer = opts.getComposer();
    if (!composer) {
      hide();
      return [];
    }
    const draft = readComposerText(composer);
    const findings = draft.trim() ? checkDraft(draft, opts.getContext(), { ...opts.checkOptions, muted: [...muted] }) : [];
    const keys = new Set(findings.map(key));
    for (const k of dismissed) if (!keys.has(k)) dismissed.delete(k);
    opts.onFindings?.(findings);
    const top = findings.filter((f) => !dismissed.has(key(f))).sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start)[0];
    if (top) render(top, composer);
    else hide();
    return findings;
  }

  function replaceShown(): boolean {
    const shownFinding = current;
    const composer = opts.getComposer();
    if (!shownFinding || !composer) return false;
    // The agent may have typed on since the last check (the debounce had not fired yet): re-check
    // the current draft so Replace swaps the whole current sentence, not a stale prefix of it.
    const draft = readComposerText(composer);
    const fresh = checkDraft(draft, opts.getContext(), { ...opts.checkOptions, muted: [...muted] });
    const f =
      fresh.find((x) => x.kind === shownFinding.kind && x.evidence === shownFinding.evidence) ??
      fresh.find((x) => x.kind === shownFinding.kind && x.evidence.startsWith(shownFinding.evidence));
    if (!f) {
      checkNow();
      return false;
    }
    const result = replaceRange(composer, f.sentenceStart, f.sentenceEnd, f.replacement);
    if (result.ok) {
      opts.onReplace?.({ ok: true, via: 'composer' });
      hide();
      schedule();
      return true;
    }
    // The editor refused: copy the phrasing so the agent can paste it themselves.
    const clip = doc.defaultView?.navigator.clipboard;
    if (clip) {
      clip.writeText(f.replacement).then(
        () => opts.onReplace?.({ ok: true, via: 'clipboard', error: result.error }),
        () => opts.onReplace?.({ ok: false, via: 'none', error: result.error }),
      );
    } else {
      opts.onReplace?.({ ok: false, via: 'none', error: result.error });
    }
    render(f, composer, 'This reply box did not take the change. The phrasing is copied: paste it over the sentence.');
    return false;
  }

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) checkNow();
    }, debounceMs);
  }

  const inComposer = (target: EventTarget | null) => {
    const composer = opts.getComposer();
    return !!composer && target instanceof Node && (composer === target || composer.contains(target));
  };

  // Editors that own their model (Draft.js, Slate, CKEditor 5) cancel beforeinput and fire no
  // input event, so every edit signal just (re)starts the idle timer; each costs a timer reset.
  for (const type of ['beforeinput', 'input', 'paste', 'cut', 'drop', 'compositionend', 'keyup']) {
    doc.addEventListener(type, (e) => inComposer(e.target) && schedule(), { capture: true, signal });
  }
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!current || !inComposer(e.target)) return;
      if (e.key === 'Escape') dismiss();
      else if (e.key === 'Enter' && e.altKey) {
        // Only swallow Alt+Enter while a hint is open; otherwise the helpdesk keeps its shortcut.
        e.preventDefault();
        e.stopPropagation();
        replaceShown();
      }
    },
    { capture: true, signal },
  );
  doc.defaultView?.addEventListener(
    'resize',
    () => {
      const composer = opts.getComposer();
      if (current && composer) place(composer);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
    hide();
  });

  return { checkNow, shown: () => current, replaceShown };
}
