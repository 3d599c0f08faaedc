/**
 * Which class names and ids survive a redeploy. Build tools hash class names (`css-1x2y3z`,
 * `sc-AbCdE`, `Message_bubble__3xK9a`, `_a1b2c3`) and frameworks generate ids (`:r4:`, `ember123`,
 * uuids); a selector built on them breaks on the next release, so the picker never uses them.
 */

const HASH_PREFIX = /^(css|sc|jsx|emotion|styled|tw|svelte|astro|chakra|mui|makeStyles|jss)-/i;
const STATE_CLASSES =
  /^(is-|has-)?(active|hover|hovered|focus|focused|selected|open|visible|hidden|highlighted|new|unread|animated|animating|fade|fade-in|show|collapsed|expanded)$/i;

export function isStableClass(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (HASH_PREFIX.test(name)) return false;
  if (name.includes('__') && /__[A-Za-z0-9_-]{4,}$/.test(name) && /\d/.test(name.split('__').pop() ?? '')) return false;
  // Letters, hyphens and single underscores only: digits are where hashes hide.
  if (!/^[A-Za-z][A-Za-z_-]*[A-Za-z]$/.test(name)) return false;
  // Mixed-case short tokens with no separators ("kFzRqT") are minified names.
  if (name.length <= 8 && /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(name) && !/[-_]/.test(name)) return false;
  if (STATE_CLASSES.test(name)) return false;
  return true;
}

export function isStableId(id: string): boolean {
  if (!id || id.length > 60) return false;
  if (/^:|:$|^ember\d|^react-|^radix-|^headlessui-|^mui-|^yui_/i.test(id)) return false;
  if (/[0-9a-f]{8}-?[0-9a-f]{4}/i.test(id)) return false;
  if (/\d{3,}/.test(id)) return false;
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) && !/\d.*\d.*\d/.test(id);
}

/** Attribute values that name a kind of thing, not one instance ("message", not "msg-48213"). */
export function isStableValue(value: string): boolean {
  return value.length > 0 && value.length <= 60 && !/\d{2,}/.test(value) && !/[0-9a-f]{8}/i.test(value);
}

export function cssEscape(value: string): string {
  return value.replace(/([^A-Za-z0-9_-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
