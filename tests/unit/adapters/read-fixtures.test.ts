import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl, namedAdapter } from '../../../lib/adapters/registry';
import { closeFixtures, fixturePages, loadFixture, readExpected } from './load-fixture';

/** Each fixture page, read by its product's adapter, must give exactly the expected transcript. */
afterAll(closeFixtures);

const pages = fixturePages();

describe.each([...pages.entries()])('%s fixtures', (product, productPages) => {
  const adapter = namedAdapter(product);

  it('has an adapter and at least two fixture pages', () => {
    expect(adapter, `no named adapter called ${product}`).not.toBeNull();
    expect(productPages.length).toBeGreaterThanOrEqual(2);
  });

  it.each(productPages)('reads %s as expected', (page) => {
    if (!adapter) throw new Error(`no adapter ${product}`);
    const expected = readExpected(page);
    const doc = loadFixture(page);
    expect(adapterForUrl(expected.url)?.name, `${expected.url} should pick ${product}`).toBe(product);
    const reading = adapter.read(doc);
    expect(reading.adapter).toBe(product);
    expect(reading.chatId).toBe(expected.chatId);
    expect(reading.messages.map((m) => ({ role: m.role, author: m.author, text: m.text }))).toEqual(
      expected.messages.map((m) => ({ role: m.role, author: m.author, text: m.text })),
    );
    const ids = reading.messages.map((m) => m.id);
    expect(new Set(ids).size, 'message ids must be unique').toBe(ids.length);
    expect(reading.closed ?? false).toBe(expected.closed ?? false);
    if (expected.customerName !== undefined) expect(reading.customerName).toBe(expected.customerName);
  });

  it.each(productPages)('finds the composer of the active conversation on %s', (page) => {
    if (!adapter) throw new Error(`no adapter ${product}`);
    const doc = loadFixture(page);
    const composer = adapter.findComposer(doc);
    expect(composer, `${product}: no composer on ${page}`).not.toBeNull();
    const editable =
      composer?.isContentEditable ||
      composer?.getAttribute('contenteditable') === 'true' ||
      ['TEXTAREA', 'INPUT'].includes(composer?.tagName ?? '');
    expect(editable, `${product}: composer on ${page} is not editable`).toBe(true);
    // A composer inside a hidden pane would put text into the wrong ticket.
    expect(composer?.closest('[hidden], [aria-hidden="true"], [data-fixture-inactive]')).toBeNull();
    expect(adapter.observeRoot(doc), `${product}: no observer root on ${page}`).not.toBeNull();
  });
});
