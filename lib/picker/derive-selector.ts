import { cssEscape, cssString, isStableClass, isStableId, isStableValue } from './stable-names';

/**
 * CSS selectors for elements an agent clicked, built only from what survives a redeploy:
 * test ids, data-* and aria attributes, roles, ids that are not generated, class names that are
 * not hashed, and tag structure. Pure DOM; runs in the content script and in happy-dom tests.
 */

/** Test hooks first: teams add them so that tests (and we) can find things. */
const TEST_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy', 'data-e2e'];
/** Attributes that say what a thing is (kind, role), in order of preference. */
const KIND_ATTRIBUTES = [
  'role',
  'data-role',
  'data-type',
  'data-kind',
  'data-message-type',
  'data-direction',
  'data-author-type',
  'data-sender-type',
  'data-side',
  'itemprop',
  'aria-roledescription',
];

export interface SelectorPart {
  /** A simple selector for this element alone: `[data-testid="message"]`, `li.chat-msg`. */
  text: string;
  /** How much it says about the element (higher: more specific and more stable). */
  weight: number;
}

/** Stable simple-selector pieces of one element, best first. */
export function stableParts(el: Element): SelectorPart[] {
  const parts: SelectorPart[] = [];
  for (const name of TEST_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && isStableValue(value)) parts.push({ text: `[${name}=${cssString(value)}]`, weight: 10 });
  }
  if (el.id && isStableId(el.id)) parts.push({ text: `#${cssEscape(el.id)}`, weight: 9 });
  for (const name of KIND_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && isStableValue(value)) parts.push({ text: `[${name}=${cssString(value)}]`, weight: 6 });
  }
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-') || TEST_ATTRIBUTES.includes(attr.name) || KIND_ATTRIBUTES.includes(attr.name)) continue;
    if (attr.value === '') parts.push({ text: `[${attr.name}]`, weight: 4 });
    else if (isStableValue(attr.value) && attr.value.length <= 30)
      parts.push({ text: `[${attr.name}=${cssString(attr.value)}]`, weight: 4 });
    else parts.push({ text: `[${attr.name}]`, weight: 3 });
  }
  const label = el.getAttribute('aria-label');
  if (label && isStableValue(label) && label.length <= 40) parts.push({ text: `[aria-label=${cssString(label)}]`, weight: 5 });
  for (const name of Array.from(el.classList)) {
    if (isStableClass(name)) parts.push({ text: `.${cssEscape(name)}`, weight: 5 });
  }
  return parts;
}

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

function countIn(root: ParentNode, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The simple selector for one step: tag plus its best stable parts (up to two). */
function stepSelector(el: Element, maxParts = 2): string {
  const parts = stableParts(el).slice(0, maxParts);
  return `${tagOf(el)}${parts.map((p) => p.text).join('')}`;
}

/**
 * A selector that finds `el` (and only it) inside `root`. Tries the element's own stable parts,
 * then prefixes stable ancestors, then falls back to `:nth-of-type` steps, never hashed names.
 */
export function deriveSelector(el: Element, root: ParentNode = el.ownerDocument): string {
  const own = stableParts(el);
  for (const part of own) {
    if (part.weight >= 9 && countIn(root, part.text) === 1) return part.text;
  }
  const single = stepSelector(el);
  if (countIn(root, single) === 1 && root.querySelector(single) === el) return single;
  // Walk up: "ancestor-with-stable-hook step > step".
  const steps: string[] = [];
  let current: Element | null = el;
  while (current && current !== root && (current as Node) !== el.ownerDocument) {
    let step = stepSelector(current);
    const parent: Element | null = current.parentElement;
    if (parent) {
      const sameStep = Array.from(parent.children).filter((c) => c.matches(step));
      if (sameStep.length > 1) {
        const sameTag = Array.from(parent.children).filter((c) => c.tagName === current?.tagName);
        step += `:nth-of-type(${sameTag.indexOf(current) + 1})`;
      }
    }
    steps.unshift(step);
    const candidate = steps.join(' > ');
    const found = (() => {
      try {
        return Array.from(root.querySelectorAll(candidate));
      } catch {
        return [];
      }
    })();
    if (found.length === 1 && found[0] === el && stableParts(current).length > 0) return candidate;
    if (!parent || parent === root) break;
    current = parent;
  }
  return steps.join(' > ');
}
