/**
 * `querySelector` for elements that rarely change (a profile panel, the conversation root):
 * remembers the last match and reuses it while it is still in the page and still matches. A
 * document-wide query walks every node before the match — thousands in a long chat — so the
 * capture fast path must not repeat it on every mutation batch.
 */
const cache = new WeakMap<Document, Map<string, Element>>();

export function cachedQuery(doc: Document, selector: string): Element | null {
  let bySelector = cache.get(doc);
  if (!bySelector) {
    bySelector = new Map();
    cache.set(doc, bySelector);
  }
  const hit = bySelector.get(selector);
  if (hit?.isConnected && hit.matches(selector)) return hit;
  const found = doc.querySelector(selector);
  if (found) bySelector.set(selector, found);
  else bySelector.delete(selector);
  return found;
}
