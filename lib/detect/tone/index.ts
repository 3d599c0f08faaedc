import type { CompiledLexicon } from '../compile';
import type { Finding, MessageContext } from '../match-message';
import FRUSTRATION_EN from './frustration.en.json';
import { createToneModel, evidenceSpan, type ToneModel, type ToneModelData } from './model';

/** Tone model data by lexicon language; a language without one relies on its lexicon alone. */
const TONE_DATA: Record<string, ToneModelData> = { en: FRUSTRATION_EN as ToneModelData };
/** Built on first use, so bundles that never score tone (the content script) drop the weights. */
const models = new Map<string, ToneModel>();

export function toneModelFor(language: string): ToneModel | undefined {
  let model = models.get(language);
  const data = TONE_DATA[language];
  if (!model && data) {
    model = createToneModel(data);
    models.set(language, model);
  }
  return model;
}

/** A tone guess moves the risk less than a named word does (frustration weight × this). */
export const TONE_SEVERITY = 0.6;

/**
 * The bar for a reply to the agent's own troubleshooting step ("done. waited 3 min. same, blinking"):
 * such a line reads negative by its content, so the model needs stronger evidence. On Tact's judged
 * chats the calm replies scored 0.70–0.73 and the frustrated ones ("restarted it like 10 times
 * already … nothing") 0.85 and up.
 */
export const TONE_THRESHOLD_AFTER_INSTRUCTION = 0.8;

/**
 * Frustration the lexicon did not name but the tone model hears. The detector calls it only when
 * the lexicon found nothing in the line, so a named word always wins over a tone guess.
 */
export function findToneFrustration(lex: CompiledLexicon, text: string, context: MessageContext = {}): Finding | undefined {
  const model = toneModelFor(lex.language);
  if (!model) return undefined;
  const s = model.score(text);
  const threshold = context.afterInstruction ? Math.max(model.threshold, TONE_THRESHOLD_AFTER_INSTRUCTION) : model.threshold;
  if (s.probability < threshold) return undefined;
  // (Read only for the few lines the model flags: the score is cheaper than these two scans.)
  // "Nobody came to the door, we were out, my fault": whoever owns the mistake is not angry at the company.
  if (lex.ownsTheMistake.test(text)) return undefined;
  // "thanks. one more thing, …": a customer moving on to a new question is not fuming about the old one.
  if (lex.newTopic.test(text)) return undefined;
  // "i want a refund": asking for a remedy, which team leads marked calm in most judged chats.
  if (lex.plainRequest.test(text)) return undefined;
  // "I am not angry. Answer the question I asked.", "sorry if I was short with you": the customer
  // saying how they are is believed.
  if (lex.saysCalm.test(text)) return undefined;
  const [start, end] = evidenceSpan(text, s.start, s.end);
  if (end <= start) return undefined;
  return {
    kind: 'frustration',
    ruleId: 'frustration.tone',
    evidence: text.slice(start, end),
    start,
    end,
    severity: TONE_SEVERITY,
  };
}
