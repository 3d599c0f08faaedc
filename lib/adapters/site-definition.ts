import * as v from 'valibot';
import type { Role } from '../transcript/message';
import { assignDerivedIds, collapseWhitespace, isHiddenPane, messageText, parseTime } from './dom-utils';
import { readGenericItem } from './generic-item';
import type { CapturedMessage, HelpdeskAdapter, PageReading } from './types';

/**
 * A site definition: what "Teach Tact this page" saves, what a team shares as JSON, and what a
 * managed policy will push. Plain CSS selectors, nothing executable.
 *
 * {
 *   "version": 1,
 *   "host": "support.acme.test",          // hostname; "*.acme.test" for the domain and subdomains
 *   "label": "Acme support",              // optional, shown in the options page
 *   "conversation": "main [role=log]",    // optional: the active conversation's root (default: page)
 *   "message": "[data-testid=msg]",       // every message element, oldest first in the page
 *   "customerMessage": ".incoming",       // optional: message elements matching this are the customer's
 *   "agentMessage": ".outgoing",          // optional: … the agent's (if only one of the two is set,
 *                                         //   the other messages are the other role)
 *   "noteMessage": ".note", "botMessage": "…", "systemMessage": "…",   // optional
 *   "roleAttribute": { "name": "data-author-type", "values": { "user": "customer", "admin": "agent" } },
 *   "text": ".body", "author": ".name", "time": "time",   // optional, inside one message
 *   "composer": "[contenteditable=true]",  // optional: the reply box
 *   "newestFirst": false,                  // optional: the page lists newest messages first
 *   "agentSide": "right"                   // optional: only layout tells the sides apart; messages
 *                                          //   no selector decides are the agent's on this side
 * }
 */

const ROLE_VALUES = ['customer', 'agent', 'bot', 'system', 'note'] as const;

/** Catches what a typo makes of a selector; the browser has the final word (see readWith). */
export function selectorProblem(selector: string): string | null {
  if (!selector.trim()) return 'is empty';
  if (/[{}]/.test(selector)) return 'contains { or }, which CSS selectors never do';
  const pairs: Array<[string, string]> = [
    ['[', ']'],
    ['(', ')'],
  ];
  for (const [open, close] of pairs) {
    if (selector.split(open).length !== selector.split(close).length) return `has unbalanced ${open}${close}`;
  }
  if ((selector.match(/"/g) ?? []).length % 2 !== 0 || (selector.match(/'/g) ?? []).length % 2 !== 0) return 'has an unclosed quote';
  if (/^[>+~,]|[>+~,]\s*$/.test(selector.trim())) return 'starts or ends with a combinator';
  return null;
}

const Selector = (field: string) =>
  v.pipe(
    v.string(`${field} must be a CSS selector (a string)`),
    v.maxLength(500, `${field} is longer than 500 characters`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = selectorProblem(dataset.value);
      if (problem) addIssue({ message: `${field} "${dataset.value}" ${problem}` });
    }),
  );

export const SiteDefinitionSchema = v.strictObject(
  {
    version: v.literal(1, 'version must be 1'),
    host: v.pipe(
      v.string('host must be a string like support.acme.test'),
      v.regex(
        /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i,
        'host must be a host name like support.acme.test or *.acme.test (no scheme, no path)',
      ),
    ),
    label: v.optional(v.pipe(v.string('label must be a string'), v.maxLength(120, 'label is longer than 120 characters'))),
    conversation: v.optional(Selector('conversation')),
    message: Selector('message'),
    customerMessage: v.optional(Selector('customerMessage')),
    agentMessage: v.optional(Selector('agentMessage')),
    noteMessage: v.optional(Selector('noteMessage')),
    botMessage: v.optional(Selector('botMessage')),
    systemMessage: v.optional(Selector('systemMessage')),
    roleAttribute: v.optional(
      v.strictObject(
        {
          name: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_:.-]*$/i, 'roleAttribute.name must be an attribute name like data-author-type')),
          values: v.record(v.string(), v.picklist(ROLE_VALUES, `each value must be one of ${ROLE_VALUES.join(', ')}`)),
        },
        (issue) => `roleAttribute has an unknown key ${String(issue.input ?? '')}: only name and values are allowed`,
      ),
    ),
    text: v.optional(Selector('text')),
    author: v.optional(Selector('author')),
    time: v.optional(Selector('time')),
    composer: v.optional(Selector('composer')),
    newestFirst: v.optional(v.boolean('newestFirst must be true or false')),
    agentSide: v.optional(v.picklist(['left', 'right'], 'agentSide must be "left" or "right"')),
  },
  (issue) => `unknown field ${issue.expected ?? ''}`.trim(),
);

export type SiteDefinition = v.InferOutput<typeof SiteDefinitionSchema>;

export type SiteDefinitionResult = { ok: true; definition: SiteDefinition } | { ok: false; errors: string[] };

/** Validates one definition; each error names its field. */
export function validateSiteDefinition(value: unknown): SiteDefinitionResult {
  const result = v.safeParse(SiteDefinitionSchema, value);
  if (result.success) return { ok: true, definition: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      if (path && issue.input === undefined) return `${path} is missing`;
      if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.path) {
        const key = issue.path[issue.path.length - 1]?.key;
        return `unknown field "${String(key)}" (allowed: ${Object.keys(SiteDefinitionSchema.entries).join(', ')})`;
      }
      if (issue.type === 'strict_object' && !path) return 'a site definition must be a JSON object';
      return issue.message.includes(path ?? '\u0000') || !path ? issue.message : `${path}: ${issue.message}`;
    }),
  };
}

export type SiteDefinitionsResult = { ok: true; definitions: SiteDefinition[] } | { ok: false; errors: string[] };

/**
 * Parses shared JSON: one definition, an array, or `{ "siteDefinitions": [...] }` (what the
 * options page exports). Errors say which entry and which field: "sites[1].message is missing".
 */
export function parseSiteDefinitions(json: string): SiteDefinitionsResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const list: unknown[] | null = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { siteDefinitions?: unknown }).siteDefinitions)
      ? (data as { siteDefinitions: unknown[] }).siteDefinitions
      : data && typeof data === 'object' && 'message' in data
        ? [data]
        : null;
  if (!list) return { ok: false, errors: ['expected a site definition object, an array of them, or {"siteDefinitions": [...]}'] };
  const definitions: SiteDefinition[] = [];
  const errors: string[] = [];
  list.forEach((entry, i) => {
    const result = validateSiteDefinition(entry);
    if (result.ok) definitions.push(result.definition);
    else errors.push(...result.errors.map((e) => (list.length > 1 || Array.isArray(data) ? `sites[${i}]: ${e}` : e)));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definitions };
}

/** Pretty JSON for sharing; `parseSiteDefinitions` reads it back. */
export function exportSiteDefinitions(definitions: readonly SiteDefinition[]): string {
  return `${JSON.stringify({ format: 'tact-site-definitions', siteDefinitions: definitions }, null, 2)}\n`;
}

/**
 * The settings store keeps taught pages as `{id, origin, label?, selectors}` (lib/settings/schema.ts)
 * and keeps extra keys; these two convert without losing anything.
 */
export function toSettingsEntry(
  def: SiteDefinition,
  scheme: 'https' | 'http' = 'https',
): {
  id: string;
  origin: string;
  label?: string;
  selectors: Record<string, string>;
  definition: SiteDefinition;
} {
  const selectors: Record<string, string> = {};
  for (const key of [
    'conversation',
    'message',
    'customerMessage',
    'agentMessage',
    'noteMessage',
    'botMessage',
    'systemMessage',
    'text',
    'author',
    'time',
    'composer',
  ] as const) {
    const value = def[key];
    if (value) selectors[key] = value;
  }
  return {
    id: `site:${def.host}`,
    origin: `${scheme}://${def.host.replace(/^\*\./, '')}`,
    ...(def.label ? { label: def.label } : {}),
    selectors,
    definition: def,
  };
}

export function fromSettingsEntry(entry: {
  origin: string;
  label?: string;
  selectors: Record<string, string>;
  definition?: unknown;
}): SiteDefinitionResult {
  if (entry.definition) return validateSiteDefinition(entry.definition);
  const host = entry.origin.replace(/^https?:\/\//, '');
  return validateSiteDefinition({ version: 1, host, ...(entry.label ? { label: entry.label } : {}), ...entry.selectors });
}

/** Does the definition's host cover this hostname ("*.acme.test" covers "eu.acme.test")? */
export function hostMatches(defHost: string, hostname: string): boolean {
  const want = defHost.toLowerCase().replace(/:\d+$/, '');
  const have = hostname.toLowerCase();
  if (want.startsWith('*.')) return have === want.slice(2) || have.endsWith(want.slice(1));
  return have === want;
}

export function siteDefinitionFor(definitions: readonly SiteDefinition[], hostname: string): SiteDefinition | null {
  return definitions.find((d) => hostMatches(d.host, hostname)) ?? null;
}

function safeMatches(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function roleOf(el: Element, def: SiteDefinition): Role {
  if (def.roleAttribute) {
    const holder = el.closest(`[${def.roleAttribute.name}]`) ?? el.querySelector(`[${def.roleAttribute.name}]`);
    const value = holder?.getAttribute(def.roleAttribute.name);
    const mapped = value !== null && value !== undefined ? def.roleAttribute.values[value] : undefined;
    if (mapped) return mapped;
  }
  if (safeMatches(el, def.noteMessage)) return 'note';
  if (safeMatches(el, def.botMessage)) return 'bot';
  if (safeMatches(el, def.systemMessage)) return 'system';
  if (safeMatches(el, def.customerMessage)) return 'customer';
  if (safeMatches(el, def.agentMessage)) return 'agent';
  if (def.customerMessage && !def.agentMessage) return 'agent';
  if (def.agentSide && el.parentElement) {
    const side = readGenericItem(el, el.parentElement).side;
    if (side === 'left' || side === 'right') return side === def.agentSide ? 'agent' : 'customer';
  }
  return 'customer';
}

/** Reads the page with a definition; a selector the browser rejects is a reason naming its field. */
export function readWithSiteDefinition(doc: Document, def: SiteDefinition): PageReading {
  const adapter = `site:${def.host}`;
  const fail = (reason: string): PageReading => ({ adapter, chatId: null, confidence: 'medium', messages: [], reason });
  let root: ParentNode | null = doc;
  let elements: Element[];
  try {
    if (def.conversation) {
      root = Array.from(doc.querySelectorAll(def.conversation)).find((el) => !isHiddenPane(el)) ?? null;
      if (!root) return fail(`The saved definition for ${def.host} found no conversation (conversation: ${def.conversation}).`);
    }
    elements = Array.from(root.querySelectorAll(def.message)).filter((el) => !isHiddenPane(el));
  } catch {
    return fail(`The saved definition for ${def.host} has a selector this browser rejects (conversation or message).`);
  }
  const messages: Array<Omit<CapturedMessage, 'id'>> = [];
  for (const el of elements) {
    let body: Element = el;
    let author: string | undefined;
    let at: number | undefined;
    try {
      if (def.text) body = el.querySelector(def.text) ?? el;
      if (def.author) author = collapseWhitespace(el.querySelector(def.author)?.textContent ?? '') || undefined;
      if (def.time) {
        const timeEl = el.querySelector(def.time);
        at = parseTime(timeEl?.getAttribute('datetime') || timeEl?.textContent);
      }
    } catch {
      return fail(`The saved definition for ${def.host} has a selector this browser rejects (text, author or time).`);
    }
    const exclude = [def.author, def.time].filter((s): s is string => !!s && !def.text);
    const text = messageText(body, { exclude });
    if (!text) continue;
    messages.push({ role: roleOf(el, def), text, ...(author ? { author } : {}), ...(at !== undefined ? { at } : {}) });
  }
  if (def.newestFirst) messages.reverse();
  const captured = assignDerivedIds(messages, adapter);
  const reading: PageReading = { adapter, chatId: chatIdFromUrl(doc), confidence: 'high', messages: captured };
  if (captured.length === 0) reading.reason = `The saved definition for ${def.host} found no messages (message: ${def.message}).`;
  return reading;
}

function chatIdFromUrl(doc: Document): string | null {
  const path = doc.location?.pathname ?? '';
  const match = /\/([A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)\/?$/.exec(path);
  return match?.[1] ?? (path && path !== '/' ? path : null);
}

/** A HelpdeskAdapter for a definition (name `site:<host>`). */
export function adapterFromSiteDefinition(def: SiteDefinition): HelpdeskAdapter {
  const host = def.host.replace(/:\d+$/, '');
  return {
    name: `site:${def.host}`,
    label: def.label ?? `${def.host} (taught)`,
    matches: [`*://${host}/*`],
    confidence: 'high',
    checkedAgainst: 'taught by an agent on the page ("Teach Tact this page") or shared by the team',
    selectors: {},
    read: (doc) => readWithSiteDefinition(doc, def),
    observeRoot(doc) {
      try {
        return (
          (def.conversation
            ? doc.querySelector(def.conversation)?.parentElement
            : doc.querySelector(def.message)?.parentElement?.parentElement) ?? doc.body
        );
      } catch {
        return doc.body;
      }
    },
    findComposer(doc) {
      if (!def.composer) return null;
      try {
        return doc.querySelector<HTMLElement>(def.composer);
      } catch {
        return null;
      }
    },
  };
}
