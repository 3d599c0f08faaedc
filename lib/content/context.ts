import type { HelpdeskAdapter } from '../adapters/types';
import type { CaptureHandle } from '../capture/capture';
import type { InsertResult } from '../messaging/protocol';

/**
 * What every on-page feature gets: the page, its adapter, the live capture, and an abort signal
 * that tears the feature down (site disabled, extension reloaded). One feature per file in
 * `features/`, listed in `features/index.ts`.
 */
export interface ContentContext {
  doc: Document;
  adapter: HelpdeskAdapter;
  signal: AbortSignal;
  capture: CaptureHandle;
  /** The reply box of the chat on screen (looked up each time: helpdesks re-render it). */
  composer(): HTMLElement | null;
  /** Editor-safe insert at the cursor (of `into`, default the reply box), clipboard as the fallback. Never sends. */
  insert(text: string, into?: HTMLElement | null): Promise<InsertResult>;
}

export type ContentFeature = (ctx: ContentContext) => void;
