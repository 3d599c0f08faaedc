import type { HandoffRequest } from '../types';
import { handoffPlainText } from './text';

/**
 * Internal note: the text the content script inserts into the helpdesk's note composer (through
 * the adapter's composer, never sent by Tact). Prefixed so teammates see where it came from.
 */
export function internalNoteText(request: HandoffRequest): string {
  return `[Tact handoff]\n${handoffPlainText(request)}`;
}
