/**
 * The normalised transcript model shared by every layer (adapters, detector, handoff, coaching).
 * Adapters produce it, the background keeps it per chat, the detector reads it.
 */
export const ROLES = ['customer', 'agent', 'bot', 'system', 'note'] as const;
export type Role = (typeof ROLES)[number];

export interface Message {
  /** Stable id within the chat (helpdesk id when the page has one, else derived). */
  id: string;
  role: Role;
  text: string;
  /** Epoch milliseconds when known. */
  at?: number;
  /** Display name of the author when the page shows it. */
  author?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
