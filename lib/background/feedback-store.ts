import { storage } from '@wxt-dev/storage';
import type { ChatHidden, FeedbackBook } from '../feedback/trigger-feedback';

/**
 * Where the agent's feedback lives: verdicts per phrase on the device for good (local), what was
 * dismissed or snoozed per chat for the browser session (session storage survives a worker restart).
 */
export const feedbackBookItem = storage.defineItem<FeedbackBook>('local:trigger-feedback', { fallback: {}, version: 1 });
export const chatHiddenItem = storage.defineItem<Record<string, ChatHidden>>('session:chat-hidden', { fallback: {} });

export const chatHiddenKey = (tabId: number, chatId: string) => `${tabId}:${chatId}`;
