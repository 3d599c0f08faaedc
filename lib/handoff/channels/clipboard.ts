import type { HandoffRequest } from '../types';
import { handoffPlainText } from './text';

/** Clipboard: the plain-text handoff, for pasting into whatever the team uses. */
export function clipboardText(request: HandoffRequest): string {
  return handoffPlainText(request);
}
