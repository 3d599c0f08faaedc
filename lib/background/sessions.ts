import type { Confidence } from '../adapters/types';
import { createDetector, type DetectorOptions } from '../detect';
import type { DetectionResult } from '../detect/types';
import type { PageStatus, TranscriptDelta } from '../messaging/protocol';
import type { Message } from '../transcript/message';
import { applyChange, emptyTranscript, type Transcript, transcriptMessages } from '../transcript/transcript';

/**
 * Per-tab, per-chat sessions: the background's source of truth. Pure (no extension APIs): the
 * background entrypoint feeds it messages and publishes the views it returns.
 */
export const RECENT_MESSAGES = 30;
export const RISK_HISTORY_LENGTH = 120;

export type TabStatus = 'live' | 'no-chat';

/** What the side panel renders for one tab (published to storage.session as `tab:<id>`). */
export interface TabView {
  tabId: number;
  status: TabStatus;
  url: string;
  adapter: string | null;
  confidence: Confidence | null;
  reason?: string;
  chatId: string | null;
  messageCount: number;
  /** Newest messages, oldest first. */
  recent: Message[];
  detection: DetectionResult | null;
  /** Risk after each message, oldest first (sparkline). */
  riskHistory: number[];
  customerName?: string;
  closed?: boolean;
  startedAt?: number;
  /** The agent answered "Is this the conversation?" with yes for this site (low-confidence readings). */
  confirmed?: boolean;
  /** …or with no: Tact shows nothing it read and offers "Teach Tact this page" instead. */
  rejected?: boolean;
  /** Set once the chat was handed to a supervisor: when, why, and through which channel. */
  escalation?: { at: number; reason?: string; to?: string };
  /** The post-chat scorecard, once the chat has ended (see lib/background/features/coaching.ts). */
  coaching?: import('../coaching/types').Scorecard & { id: string };
  /** Set when the customer writes a language the detector does not read ('unknown' if unsure which). */
  unsupportedLanguage?: string;
  /** Epoch ms of the DOM change that produced this view, for latency measurement. */
  observedAt?: number;
  publishedAt: number;
}

export interface ChatSession {
  tabId: number;
  chatId: string;
  url: string;
  adapter: string;
  confidence: Confidence;
  transcript: Transcript;
  detector: ReturnType<typeof createDetector>;
  lastSeq: number;
  customerName?: string;
  closed?: boolean;
  startedAt: number;
  observedAt: number;
  /** Set when the chat was handed to a supervisor (handoff sent). */
  escalation?: { at: number; reason?: string; to?: string };
  /** The customer name the detector's playbook lines were filled with. */
  detectorCustomerName?: string;
}

export interface SessionManagerOptions {
  now?: () => number;
  /** Detector options from settings (custom rules, sensitivity, playbooks, agent name). */
  detectorOptions?: () => DetectorOptions;
}

export class SessionManager {
  private readonly sessions = new Map<string, ChatSession>();
  private readonly activeChat = new Map<number, string>();
  private readonly status = new Map<number, PageStatus>();
  private readonly now: () => number;

  constructor(private readonly options: SessionManagerOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  /** Applies a transcript delta. Returns resync=true when a gap shows the session was lost. */
  applyDelta(tabId: number, delta: TranscriptDelta): { resync: boolean; session?: ChatSession } {
    const key = sessionKey(tabId, delta.chatId);
    let session = this.sessions.get(key);
    if (!delta.full && (!session || delta.seq !== session.lastSeq + 1)) return { resync: true };
    this.activeChat.set(tabId, delta.chatId);
    if (!session || delta.full) {
      session = {
        tabId,
        chatId: delta.chatId,
        url: delta.url,
        adapter: delta.adapter,
        confidence: delta.confidence,
        transcript: emptyTranscript(),
        detector: this.newDetector(delta.chatId, delta.customerName),
        detectorCustomerName: delta.customerName,
        lastSeq: delta.seq,
        startedAt: session?.startedAt ?? this.now(),
        observedAt: delta.observedAt,
      };
      this.sessions.set(key, session);
    }
    session.lastSeq = delta.seq;
    session.url = delta.url;
    session.adapter = delta.adapter;
    session.confidence = delta.confidence;
    session.observedAt = delta.observedAt;
    session.customerName = delta.customerName ?? session.customerName;
    session.closed = delta.closed;
    const { appended, reordered } = applyChange(session.transcript, delta);
    if (reordered || delta.full || session.customerName !== session.detectorCustomerName) {
      // Edits, deletions and history loaded above change earlier context: analyse again in full.
      this.reanalyze(session);
    } else {
      for (const m of appended) session.detector.add(m);
    }
    return { resync: false, session };
  }

  setStatus(tabId: number, status: PageStatus): void {
    this.status.set(tabId, status);
    if (status.chatId) this.activeChat.set(tabId, status.chatId);
  }

  /** The chat on screen in a tab. */
  current(tabId: number): ChatSession | undefined {
    const chatId = this.activeChat.get(tabId);
    return chatId ? this.sessions.get(sessionKey(tabId, chatId)) : undefined;
  }

  /** A chat of a tab, on screen or not. */
  session(tabId: number, chatId: string): ChatSession | undefined {
    return this.sessions.get(sessionKey(tabId, chatId));
  }

  /** Drops everything about a closed tab. */
  forgetTab(tabId: number): void {
    for (const key of [...this.sessions.keys()]) if (key.startsWith(`${tabId}:`)) this.sessions.delete(key);
    this.activeChat.delete(tabId);
    this.status.delete(tabId);
  }

  view(tabId: number): TabView | null {
    const status = this.status.get(tabId);
    const session = this.current(tabId);
    if (!status && !session) return null;
    const found = Boolean(session?.transcript.order.length) || Boolean(status?.found);
    const messages = session ? transcriptMessages(session.transcript) : [];
    return {
      tabId,
      status: found ? 'live' : 'no-chat',
      url: session?.url ?? status?.url ?? '',
      adapter: session?.adapter ?? status?.adapter ?? null,
      confidence: session?.confidence ?? status?.confidence ?? null,
      reason: found ? status?.reason : (status?.reason ?? 'No chat found on this page.'),
      chatId: session?.chatId ?? status?.chatId ?? null,
      messageCount: messages.length,
      recent: messages.slice(-RECENT_MESSAGES),
      detection: session ? session.detector.result() : null,
      riskHistory: session ? session.detector.riskHistory().slice(-RISK_HISTORY_LENGTH) : [],
      customerName: session?.customerName,
      closed: session?.closed,
      startedAt: session?.startedAt,
      observedAt: session?.observedAt,
      publishedAt: this.now(),
    };
  }

  /** Settings changed (rules, sensitivity, playbooks): analyse every open chat again. Returns the tabs touched. */
  reanalyzeAll(): number[] {
    const tabs = new Set<number>();
    for (const session of this.sessions.values()) {
      this.reanalyze(session);
      tabs.add(session.tabId);
    }
    return [...tabs];
  }

  private reanalyze(session: ChatSession) {
    session.detector = this.newDetector(session.chatId, session.customerName);
    session.detectorCustomerName = session.customerName;
    for (const m of transcriptMessages(session.transcript)) session.detector.add(m);
  }

  private newDetector(chatId: string, customerName: string | undefined) {
    const base = this.options.detectorOptions?.() ?? {};
    const vars = { ...base.vars, ...(customerName ? { customerName } : {}) };
    return createDetector({ ...base, vars, chatId });
  }
}

function sessionKey(tabId: number, chatId: string): string {
  return `${tabId}:${chatId}`;
}
