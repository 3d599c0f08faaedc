import type { Settings } from '../settings/schema';
import type { ChatSession, SessionManager, TabView } from './sessions';

/**
 * What every background feature gets: the sessions, a way to republish a tab's view, and hooks
 * into the publish path. One feature per file, listed in `features.ts`.
 */
export interface BackgroundContext {
  sessions: SessionManager;
  /** The effective settings (the agent's, overlaid by team policy), always current. */
  settings(): Settings;
  /** Recomputes and stores a tab's view (the side panel follows storage). */
  publish(tabId: number): Promise<void>;
  /** Adjust the view before it is stored (hide muted findings, add handoff state…). */
  decorateView(decorator: ViewDecorator): void;
  /** Runs after a transcript change was applied and published (not for resyncs or statuses). */
  onTranscriptChange(listener: TranscriptListener): void;
  /** Resolves when features have loaded what they keep in storage. */
  ready: Promise<unknown>;
  /** Features add what they must load before the first publish. */
  waitFor(promise: Promise<unknown>): void;
}

export type ViewDecorator = (view: TabView, session: ChatSession | undefined) => TabView | Promise<TabView>;
export type TranscriptListener = (tabId: number, view: TabView, session: ChatSession, change: { full: boolean }) => void | Promise<void>;
export type BackgroundFeature = (ctx: BackgroundContext) => void;
