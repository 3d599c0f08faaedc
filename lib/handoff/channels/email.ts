import type { HandoffRequest } from '../types';
import { handoffPlainText, handoffTitle } from './text';

/**
 * E-mail through the agent's own mail program: a mailto: URL with subject and body. Mail
 * programs cut long mailto URLs, so the body is trimmed to stay under a safe length.
 */
export const MAILTO_MAX_LENGTH = 1900;

export function mailtoUrl(to: string, request: HandoffRequest): string {
  const recipients = to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map(encodeURIComponent)
    .join(',');
  const subject = encodeURIComponent(handoffTitle(request));
  let body = handoffPlainText(request);
  const build = (text: string) => `mailto:${recipients}?subject=${subject}&body=${encodeURIComponent(text)}`;
  let url = build(body);
  while (url.length > MAILTO_MAX_LENGTH && body.length > 200) {
    body = `${body.slice(0, Math.floor(body.length * 0.85))}…\n(shortened; open the chat for the rest)\nChat: ${request.summary.link}`;
    url = build(body);
  }
  return url;
}
