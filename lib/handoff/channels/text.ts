import { PRIORITY_LABELS, REASON_LABELS } from '../reasons';
import type { HandoffRequest } from '../types';

/**
 * The plain-text rendering of a handoff, shared by e-mail, the internal note and the clipboard,
 * and used as the fallback text of chat messages.
 */

export const TRIGGER_LABELS: Record<string, string> = {
  escalation_request: 'Asked for a manager',
  repeated_escalation_request: 'Asked for a manager again',
  threat_legal: 'Legal threat',
  threat_regulator: 'Regulator threat',
  threat_chargeback: 'Chargeback threat',
  threat_churn: 'Threatens to leave',
  threat_public: 'Threatens to go public',
  threat_violence: 'Threat of violence',
  abuse: 'Abuse',
  frustration: 'Frustration',
  repeat_contact: 'Repeat contact',
  missing_apology: 'No apology yet',
  agent_denies_escalation: 'Agent denied escalation',
  agent_bare_refusal: 'Bare refusal',
  agent_hedging: 'Agent hedging',
  agent_blame: 'Agent blamed customer',
};

export function triggerLabel(kind: string): string {
  return TRIGGER_LABELS[kind] ?? kind.replace(/^custom:/, '').replace(/_/g, ' ');
}

export function customerLabel(request: HandoffRequest): string {
  const { name, id } = request.summary.customer;
  if (name && id) return `${name} (${id})`;
  return name ?? id ?? 'Unknown customer';
}

export function handoffTitle(request: HandoffRequest): string {
  const urgent = request.priority === 'normal' ? '' : `[${PRIORITY_LABELS[request.priority]}] `;
  return `${urgent}Supervisor needed: ${customerLabel(request)} — ${REASON_LABELS[request.reason]}`;
}

export function riskLine(request: HandoffRequest): string {
  const { risk, level, riskTrend } = request.summary;
  return `${risk}/100 (${level}${riskTrend === 'unknown' ? '' : `, ${riskTrend}`})`;
}

export function handoffPlainText(request: HandoffRequest): string {
  const s = request.summary;
  const lines = [
    handoffTitle(request),
    '',
    `Customer: ${customerLabel(request)}`,
    `Issue: ${s.issue || '(not stated)'}`,
    `Wants: ${s.wants || '(not stated)'}`,
    `Reason: ${REASON_LABELS[request.reason]} · Priority: ${PRIORITY_LABELS[request.priority]}`,
    `Risk: ${riskLine(request)} · In chat for ${s.timeInChat.text}`,
  ];
  if (s.tried.length > 0) lines.push('', 'Tried:', ...s.tried.map((t) => `- ${t}`));
  if (s.triggers.length > 0) lines.push('', 'Triggers:', ...s.triggers.map((t) => `- ${triggerLabel(t.kind)}: "${t.quote}"`));
  if (request.note.trim()) lines.push('', `Note from ${s.agentName ?? 'the agent'}: ${request.note.trim()}`);
  lines.push('', `Chat: ${s.link}`, `Handoff id: ${s.id}`);
  return lines.join('\n');
}
