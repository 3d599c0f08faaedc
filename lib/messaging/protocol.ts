import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SiteDefinition } from '../adapters/site-definition';
import type { Confidence } from '../adapters/types';
import type { Nudge } from '../background/nudge-policy';
import type { TriggerKind } from '../detect/types';
import type { DraftChatContext } from '../draft/context';
import type { RetryHandoffMessage, SendHandoffMessage } from '../handoff/messages';
import type { ReasonSuggestion } from '../handoff/reasons';
import type { RedactOptions } from '../handoff/redact';
import type { SubmitResult } from '../handoff/submit';
import type { HandoffSummary } from '../handoff/types';
import type { Message } from '../transcript/message';

/**
 * The one typed message map for all messaging between content script, background, side panel
 * and options. Add a line here (with its direction) rather than sending untyped messages.
 */

/** content → background: what changed in the transcript since the last delta. */
export interface TranscriptDelta {
  chatId: string;
  url: string;
  adapter: string;
  confidence: Confidence;
  /** New or edited messages. */
  upserts: Message[];
  /** Ids of messages that disappeared from the page for good (deleted). */
  removed: string[];
  /** Full id order, sent only when the order changed other than by appending (prepend, reorder). */
  order?: string[];
  /** Epoch ms of the DOM mutation that caused this delta (latency measurement). */
  observedAt: number;
  /** Per-chat sequence number; the background asks for a full resync when it sees a gap. */
  seq: number;
  /** True when upserts carry the whole transcript (first delta, or after a resync request). */
  full: boolean;
  customerName?: string;
  closed?: boolean;
}

/** content → background: the page's capture status (no chat found, low confidence, …). */
export interface PageStatus {
  url: string;
  adapter: string | null;
  confidence: Confidence | null;
  chatId: string | null;
  found: boolean;
  reason?: string;
}

export interface InsertResult {
  ok: boolean;
  /** 'composer' when typed into the helpdesk's reply box, 'clipboard' when only copied. */
  via: 'composer' | 'clipboard' | 'none';
  error?: string;
}

export interface ProtocolMap {
  // content → background
  transcriptDelta(delta: TranscriptDelta): { resync: boolean };
  pageStatus(status: PageStatus): void;
  // side panel → background
  enableSite(data: { tabId: number; origin: string }): { ok: boolean; error?: string };
  /** side panel → background: the agent's verdict on one finding (see lib/feedback). */
  triggerFeedback(data: TriggerFeedback): { ok: boolean };
  /** side panel → background: the agent ends the chat by hand ("End chat"); the background scores
   *  it (lib/coaching finishChat) and answers with the record id to open coaching.html?chat=… */
  endChat(data: { tabId: number; chatId: string }): { ok: boolean; recordId?: string; error?: string };
  /** side panel → background: the agent's answer to "Is this the conversation?" for this site. */
  confirmConversation(data: { tabId: number; answer: 'yes' | 'no' }): { ok: boolean };
  /** side panel → background: a pre-filled handoff summary for the chat on screen in a tab. */
  prepareHandoff(data: { tabId: number }): PreparedHandoff | { error: string };
  /** side panel → background: send a handoff through its channel (durable outbox for HTTP channels). */
  sendHandoff(data: SendHandoffMessage): SubmitResult;
  /** side panel → background: try a failed handoff again now. */
  retryHandoff(data: RetryHandoffMessage): { ok: boolean; error?: string };
  // side panel / background → content (sent to a tab)
  insertText(data: { text: string; target?: 'reply' | 'note' }): InsertResult;
  /** side panel → content: "Teach Tact this page" — run the element picker, save what it learnt. */
  startTeach(): { ok: boolean; messages?: number; error?: string };
  /** content → background: store a taught page's site definition in the agent's settings. */
  saveSiteDefinition(data: { definition: SiteDefinition; scheme: 'https' | 'http' }): { ok: boolean; error?: string };
  /** background → content: show the page nudge near the composer. */
  showNudge(nudge: Nudge): void;
  /** background → content: hide the page nudge (shortcut). */
  dismissNudge(): void;
  /**
   * background → content: the chat context the draft coach checks drafts against (the detector's
   * context() after each analysed delta; lib/draft). Drafts themselves never leave the page.
   */
  draftContext(data: { chatId: string; context: DraftChatContext; enabled: boolean }): void;
  /**
   * content → side panel (runtime message, never stored): the draft coach's current findings, so
   * screen-reader and keyboard users get the same hint in the panel.
   */
  draftFindings(data: { findings: DraftFindingSummary[] }): void;
  /** side panel → content: apply the hint's suggestion (the same as its Replace button). */
  applyDraftSuggestion(): { ok: boolean };
}

export interface PreparedHandoff {
  summary: HandoffSummary;
  suggestion: ReasonSuggestion;
  customerLine: string;
  /** Which personal data the summary is masked for (the handoffMasking setting); sending masks the same. */
  masking?: RedactOptions;
}

export interface DraftFindingSummary {
  kind: string;
  label: string;
  reason: string;
  suggestion: string;
}

export interface TriggerFeedback {
  tabId: number;
  chatId: string;
  kind: TriggerKind;
  messageId: string;
  evidence: string;
  action: 'helpful' | 'not_right' | 'dismiss' | 'snooze';
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
