import { detectLanguage, isUnsupportedLanguage } from '../../settings/language';
import type { BackgroundFeature } from '../context';

/**
 * The detector reads English. When the customer clearly writes another language, say so and do
 * not score the chat (no risk, no nudges) rather than guess from words it cannot read.
 */
export const languageCheckFeature: BackgroundFeature = (ctx) => {
  ctx.decorateView((view) => {
    const customerTexts = view.recent.filter((m) => m.role === 'customer').map((m) => m.text);
    const guess = detectLanguage(customerTexts);
    if (!isUnsupportedLanguage(guess)) return view;
    return { ...view, detection: null, unsupportedLanguage: guess.lang };
  });
};
