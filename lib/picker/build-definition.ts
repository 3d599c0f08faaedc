import { readWithSiteDefinition, type SiteDefinition, validateSiteDefinition } from '../adapters/site-definition';
import type { PageReading } from '../adapters/types';
import { deriveSelector, stableParts } from './derive-selector';
import { cssString } from './stable-names';

/**
 * Turns two clicks (one customer message, one of the agent's) into selectors for every message of
 * each role: the clicked blocks' nearest common list, what all its items share, and what tells
 * the two sides apart (a class, a data attribute's value, or — when only layout does — the side).
 */

export interface PickedElements {
  host: string;
  customerEl: Element;
  agentEl: Element;
  composerEl?: Element | null;
  label?: string;
}

export type BuildResult = { ok: true; definition: SiteDefinition } | { ok: false; error: string };

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** The child of `list` that holds `el` (the message block the click landed in). */
function itemUnder(list: Element, el: Element): Element | null {
  let current: Element | null = el;
  while (current && current.parentElement !== list) current = current.parentElement;
  return current;
}

/** Parts of one element as plain strings (class, attribute with value, bare attribute). */
function partSet(el: Element): Set<string> {
  return new Set(stableParts(el).map((p) => p.text));
}

/** The elements from `item` down to the click, where side markers usually sit (row → bubble). */
function pathDown(item: Element, target: Element): Element[] {
  const path: Element[] = [];
  for (let el: Element | null = target; el && el !== item.parentElement; el = el.parentElement) path.unshift(el);
  return path.slice(0, 3);
}

/** A value-carrying attribute that differs between the two items: a role attribute. */
function roleAttributeBetween(customer: Element, agent: Element): SiteDefinition['roleAttribute'] | undefined {
  for (const attr of Array.from(agent.attributes)) {
    if (!attr.name.startsWith('data-') && attr.name !== 'aria-roledescription') continue;
    const other = customer.getAttribute(attr.name);
    if (other === null || other === attr.value || !attr.value || attr.value.length > 30 || other.length > 30) continue;
    if (/\d{2,}/.test(attr.value + other)) continue;
    return { name: attr.name, values: { [other]: 'customer', [attr.value]: 'agent' } };
  }
  return undefined;
}

/** What one side has that the other lacks, as a selector suffix for the item (or `:has(...)`). */
function distinguishing(own: Element[], other: Element[]): string | undefined {
  const [ownItem, ...ownInner] = own;
  const [otherItem, ...otherInner] = other;
  if (!ownItem || !otherItem) return undefined;
  const theirs = partSet(otherItem);
  const onItem = [...partSet(ownItem)].find((p) => !theirs.has(p) && !p.startsWith('[aria-label'));
  if (onItem) return onItem;
  const otherInnerParts = new Set(otherInner.flatMap((el) => [...partSet(el)]));
  for (const el of ownInner) {
    const part = [...partSet(el)].find((p) => !otherInnerParts.has(p) && !p.startsWith('[aria-label'));
    if (part) return `:has(${part})`;
  }
  return undefined;
}

/** Which side a block sits on in a laid-out page (real browser); undefined without layout. */
function sideByGeometry(item: Element, list: Element): 'left' | 'right' | undefined {
  const bubble = item.firstElementChild ?? item;
  const box = bubble.getBoundingClientRect();
  const outer = list.getBoundingClientRect();
  if (box.width === 0 || outer.width === 0) return undefined;
  const leftGap = box.left - outer.left;
  const rightGap = outer.right - box.right;
  if (Math.abs(leftGap - rightGap) < 16) return undefined;
  return leftGap > rightGap ? 'right' : 'left';
}

export function buildSiteDefinition(picked: PickedElements): BuildResult {
  const { customerEl, agentEl } = picked;
  if (customerEl === agentEl || customerEl.contains(agentEl) || agentEl.contains(customerEl)) {
    return { ok: false, error: 'The customer message and your message must be two different messages.' };
  }
  const list = commonAncestor(customerEl, agentEl);
  if (!list) return { ok: false, error: 'The two messages are not in the same page.' };
  const customerItem = itemUnder(list, customerEl);
  const agentItem = itemUnder(list, agentEl);
  if (!customerItem || !agentItem) return { ok: false, error: 'Could not find the two message blocks.' };

  const doc = list.ownerDocument;
  const listSelector = deriveSelector(list, doc);
  const shared = [...partSet(customerItem)].filter((p) => partSet(agentItem).has(p) && !p.startsWith('[aria-label'));
  const tag = customerItem.tagName === agentItem.tagName ? customerItem.tagName.toLowerCase() : '*';
  const message = `${listSelector} > ${tag}${shared.slice(0, 2).join('')}`;

  const definition: Record<string, unknown> = { version: 1, host: picked.host, message };
  if (picked.label) definition.label = picked.label;
  const roleAttribute = roleAttributeBetween(customerItem, agentItem);
  const customerPath = pathDown(customerItem, customerEl);
  const agentPath = pathDown(agentItem, agentEl);
  const agentMark = distinguishing(agentPath, customerPath);
  const customerMark = distinguishing(customerPath, agentPath);
  if (roleAttribute) {
    definition.roleAttribute = roleAttribute;
  } else if (agentMark || customerMark) {
    if (agentMark) definition.agentMessage = `${message}${agentMark}`;
    if (customerMark) definition.customerMessage = `${message}${customerMark}`;
  } else {
    const agentSide = sideByGeometry(agentItem, list);
    const customerSide = sideByGeometry(customerItem, list);
    if (agentSide && customerSide && agentSide !== customerSide) definition.agentSide = agentSide;
    else
      return {
        ok: false,
        error:
          'Nothing on the page tells these two messages apart (no class, attribute or side). Try clicking the message bubbles themselves.',
      };
  }
  if (picked.composerEl) definition.composer = deriveSelector(picked.composerEl, doc);
  const validated = validateSiteDefinition(definition);
  if (!validated.ok) return { ok: false, error: `The derived definition is not valid: ${validated.errors.join('; ')}` };
  return { ok: true, definition: validated.definition };
}

/** What Tact would read with `def` on this page, shown before the agent saves it. */
export function previewSiteDefinition(doc: Document, def: SiteDefinition): PageReading {
  return readWithSiteDefinition(doc, def);
}

export { cssString };
