// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildSiteDefinition, previewSiteDefinition } from '../../../lib/picker/build-definition';
import { deriveSelector } from '../../../lib/picker/derive-selector';
import { isStableClass, isStableId } from '../../../lib/picker/stable-names';
import { startPicker } from '../../../lib/picker/start-picker';

/** A chat app built with CSS-in-JS: every class is hashed except a few semantic hooks. */
const HASHED_CHAT = `
<div class="css-1x2y3z"><header class="sc-AbCdE">Acme</header>
  <main class="_a1b2c3">
    <div class="css-9k8j7h" data-testid="message-list">
      <div class="css-4f5g6h" data-testid="message" data-author-type="user"><div class="Message_bubble__3xK9a"><span class="css-q1w2e3">My parcel never came.</span></div></div>
      <div class="css-4f5g6h" data-testid="message" data-author-type="admin"><div class="Message_bubble__3xK9a"><span class="css-q1w2e3">Sorry! Let me check that for you.</span></div></div>
      <div class="css-4f5g6h" data-testid="message" data-author-type="user"><div class="Message_bubble__3xK9a"><span class="css-q1w2e3">It has been a week.</span></div></div>
      <div class="css-4f5g6h" data-testid="message" data-author-type="admin"><div class="Message_bubble__3xK9a"><span class="css-q1w2e3">I've sent a replacement today.</span></div></div>
    </div>
    <div class="css-z9y8x7"><div contenteditable="true" class="css-m3n4b5" aria-label="Reply"></div></div>
  </main>
</div>`;

/** Only class words tell the sides apart, and the hook sits on the bubble, not the row. */
const CLASS_SIDES = `
<section id="chat-pane"><ol class="thread">
  <li class="row"><div class="bubble incoming">Where is my refund?</div></li>
  <li class="row"><div class="bubble outgoing">It was sent yesterday.</div></li>
  <li class="row"><div class="bubble incoming">I don't see it.</div></li>
</ol><textarea id="reply"></textarea></section>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('stable names', () => {
  it('rejects hashed class names and generated ids, keeps semantic ones', () => {
    for (const hashed of ['css-1x2y3z', 'sc-AbCdE', '_a1b2c3', 'Message_bubble__3xK9a', 'kFzRqT', 'x9f2a'])
      expect(isStableClass(hashed), hashed).toBe(false);
    for (const stable of ['bubble', 'chat-message', 'msg_outgoing', 'is-agent']) expect(isStableClass(stable), stable).toBe(true);
    expect(isStableId(':r4:')).toBe(false);
    expect(isStableId('ember1234')).toBe(false);
    expect(isStableId('msg-48213')).toBe(false);
    expect(isStableId('chat-pane')).toBe(true);
  });
});

describe('deriveSelector', () => {
  it('uses test ids and never hashed classes', () => {
    document.body.innerHTML = HASHED_CHAT;
    const list = document.querySelector('[data-testid="message-list"]') as Element;
    const selector = deriveSelector(list, document);
    expect(selector).toBe('[data-testid="message-list"]');
    const composer = document.querySelector('[contenteditable]') as Element;
    const composerSelector = deriveSelector(composer, document);
    expect(composerSelector).not.toMatch(/css-|sc-|_a1b2c3|__/);
    expect(document.querySelector(composerSelector)).toBe(composer);
  });

  it('falls back to structure under a stable ancestor when the element has no hooks', () => {
    document.body.innerHTML = CLASS_SIDES;
    const second = document.querySelectorAll('li')[1] as Element;
    const selector = deriveSelector(second, document);
    expect(document.querySelectorAll(selector)).toHaveLength(1);
    expect(document.querySelector(selector)).toBe(second);
  });
});

describe('buildSiteDefinition', () => {
  it('generalises two clicks on a hashed page into a role attribute and finds every message', () => {
    document.body.innerHTML = HASHED_CHAT;
    const spans = document.querySelectorAll('.css-q1w2e3');
    const built = buildSiteDefinition({
      host: 'chat.acme.test',
      customerEl: spans[0] as Element,
      agentEl: spans[1] as Element,
      composerEl: document.querySelector('[contenteditable]'),
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(JSON.stringify(built.definition)).not.toMatch(/css-|sc-AbCdE|_a1b2c3|__3xK9a/);
    expect(built.definition.roleAttribute).toEqual({ name: 'data-author-type', values: { user: 'customer', admin: 'agent' } });
    const reading = previewSiteDefinition(document, built.definition);
    expect(reading.adapter).toBe('site:chat.acme.test');
    expect(reading.messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'My parcel never came.'],
      ['agent', 'Sorry! Let me check that for you.'],
      ['customer', 'It has been a week.'],
      ['agent', "I've sent a replacement today."],
    ]);
  });

  it('uses a class on the bubble (via :has) when the rows are alike', () => {
    document.body.innerHTML = CLASS_SIDES;
    const bubbles = document.querySelectorAll('.bubble');
    const built = buildSiteDefinition({ host: 'desk.test', customerEl: bubbles[0] as Element, agentEl: bubbles[1] as Element });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.definition.agentMessage).toContain('.outgoing');
    const roles = previewSiteDefinition(document, built.definition).messages.map((m) => m.role);
    expect(roles).toEqual(['customer', 'agent', 'customer']);
  });

  it('refuses the same message clicked twice', () => {
    document.body.innerHTML = CLASS_SIDES;
    const bubble = document.querySelector('.bubble') as Element;
    const built = buildSiteDefinition({ host: 'desk.test', customerEl: bubble, agentEl: bubble });
    expect(built.ok).toBe(false);
  });
});

describe('startPicker', () => {
  it('walks customer → agent → composer and resolves a definition; the page never sees the clicks', async () => {
    document.body.innerHTML = CLASS_SIDES;
    let pageClicks = 0;
    document.body.addEventListener('click', () => pageClicks++);
    const picking = startPicker(document, { host: 'desk.test' });
    const overlay = document.querySelector('tact-picker');
    expect(overlay?.shadowRoot?.textContent).toContain('Click a customer message');
    (document.querySelectorAll('.bubble')[0] as HTMLElement).click();
    expect(overlay?.shadowRoot?.textContent).toContain('Click one of your messages');
    (document.querySelectorAll('.bubble')[1] as HTMLElement).click();
    (document.querySelector('#reply') as HTMLElement).click();
    const definition = await picking;
    expect(definition?.host).toBe('desk.test');
    expect(definition?.composer).toBe('#reply');
    expect(pageClicks).toBe(0);
    expect(document.querySelector('tact-picker')).toBeNull();
  });

  it('Esc cancels with null and removes the overlay', async () => {
    document.body.innerHTML = CLASS_SIDES;
    const picking = startPicker(document);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await picking).toBeNull();
    expect(document.querySelector('tact-picker')).toBeNull();
  });

  it('an aborted signal ends the picker', async () => {
    document.body.innerHTML = CLASS_SIDES;
    const controller = new AbortController();
    const picking = startPicker(document, { signal: controller.signal });
    controller.abort();
    expect(await picking).toBeNull();
  });
});
