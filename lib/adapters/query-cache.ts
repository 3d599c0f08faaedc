/**
 * `querySelector` for elements that rarely change (a profile panel, the conversation root, a
 * pane's header): remembers the last match per scope and reuses it while it is still inside the
 * scope and still matches. A query walks every node before the match — thousands in a long chat —
 * so the capture fast path must not repeat it on every mutation batch.
 */
const cache = new WeakMap<Document | Element, Map<string, Element>>();

export function cachedQuery(scope: Document | Element, selector: string): Element | null {
  let bySelector = cache.get(scope);
  if (!bySelector) {
    bySelector = new Map();
    cache.set(scope, bySelector);
  }
  const hit = bySelector.get(selector);
  if (hit?.isConnected && hit.matches(selector) && scope.contains(hit)) return hit;
  const found = scope.querySelector(selector);
  if (found) bySelector.set(selector, found);
  else bySelector.delete(selector);
  return found;
}
