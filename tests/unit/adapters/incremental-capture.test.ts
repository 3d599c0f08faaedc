// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { namedAdapter } from '../../../lib/adapters/registry';
import { startCapture } from '../../../lib/capture/capture';
import { closeFixtures, loadFixture } from './load-fixture';

/**
 * The capture fast path end to end on each adapter's live-chat fixture: a message that arrives
 * after the first read is picked up through the mutation records alone and lands at the newest
 * end of the transcript, with the text the agent sees.
 */
afterAll(closeFixtures);

const CASES: Array<[adapter: string, page: string, message: string]> = [
  ['zendesk', 'zendesk/messaging-chat.html', 'article[data-test-id="omni-log-comment-item"]'],
  ['intercom', 'intercom/messenger-chat-fin.html', '[data-intercom-target="conversation-stream-content-part"]'],
  ['freshdesk', 'freshdesk/chat-converted-ticket.html', 'div[data-test-id="conversation-wrapper"]'],
  ['freshchat', 'freshchat/live-chat.html', 'li.user-messages'],
  ['front', 'front/front-chat.html', '[class*="messageViewer__StyledMessage"]'],
  ['livechat', 'livechat/live-chat.html', '[data-testid="agent-message"], [data-testid="customer-message"]'],
  ['gorgias', 'gorgias/virtualised-chat.html', '[data-item-index]'],
  ['helpscout', 'helpscout/beacon-chat.html', 'li.ThreadListItem.is-customer, li.ThreadListItem:not(.is-note)'],
  ['zoho', 'zoho/chat-ticket-two-tabs.html', '[data-id="subTab_192837000004419007"] [data-id="threadContent"]'],
];

/** Replaces the longest text node of `el` (the body, not the name or the time). */
function setBodyText(el: Element, text: string): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let longest: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!longest || (node.nodeValue ?? '').length > (longest.nodeValue ?? '').length) longest = node;
  }
  if (longest) longest.nodeValue = text;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('capture fast path on the named adapters', () => {
  it.each(CASES)('%s: a new message is read from the mutation records alone', async (name, page, selector) => {
    const adapter = namedAdapter(name);
    if (!adapter?.incremental) throw new Error(`${name} has no incremental reader`);
    const doc = loadFixture(page, undefined, true);
    const controller = new AbortController();
    const capture = startCapture({
      doc,
      adapter,
      signal: controller.signal,
      onDelta: () => false,
      onStatus: () => {},
      readBudgetFactor: 0,
    });
    const before = capture.currentMessages().length;
    expect(before).toBeGreaterThan(0);

    const template = Array.from(doc.querySelectorAll(selector)).at(-1) as Element;
    const clone = template.cloneNode(true) as Element;
    for (const el of [clone, ...Array.from(clone.querySelectorAll('[id], [data-part-id]'))]) {
      if (el.id) el.id = `${el.id}-new`;
      if (el.getAttribute('data-part-id')) el.setAttribute('data-part-id', 'new-part');
    }
    setBodyText(clone, 'Still nothing, I want to speak to a manager.');
    template.after(clone);
    await tick();
    capture.flush();

    const messages = capture.currentMessages();
    expect(messages).toHaveLength(before + 1);
    expect(messages.at(-1)?.text).toBe('Still nothing, I want to speak to a manager.');
    controller.abort();
  });
});
