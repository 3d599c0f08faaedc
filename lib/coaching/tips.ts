import type { TriggerKind } from '../detect/types';
import type { TipsPack, TipTemplate } from './tips-pack';
import { CATEGORIES, type CategoryScore, type Quote, type Tip } from './types';

/**
 * Picks two or three tips for one chat from what happened: the weakest categories first, each tied
 * to a line from the chat, and praise for an escalation done well (or a recovered chat) always
 * included. Two tips never point at the same line.
 */
export interface ChooseTipsOptions {
  triggers: TriggerKind[];
  max?: number;
  min?: number;
}

const severity = (c: CategoryScore) => (c.verdict === 'improve' ? 0 : 1);

function templateFor(pack: TipsPack, category: CategoryScore, tone: Tip['tone'], triggers: ReadonlySet<string>): TipTemplate | undefined {
  const verdict = category.verdict;
  if (verdict === 'n/a') return undefined;
  const fits = pack.tips.filter(
    (t) =>
      t.category === category.category &&
      t.tone === tone &&
      t.verdicts.includes(verdict) &&
      (!t.whenTrigger || triggers.has(t.whenTrigger)),
  );
  // A tip written for this chat's trigger beats a general one; then the pack's priority.
  fits.sort((a, b) => Number(Boolean(b.whenTrigger)) - Number(Boolean(a.whenTrigger)) || b.priority - a.priority);
  return fits[0];
}

/** The line a tip is about: always the agent's own words, since the tip rewrites that line. */
function lineFor(category: CategoryScore): Quote | undefined {
  return category.quotes.find((q) => q.role === 'agent');
}

function toTip(template: TipTemplate, category: CategoryScore, quote: Quote): Tip {
  return {
    id: template.id,
    category: category.category,
    tone: template.tone,
    title: template.title,
    advice: template.advice,
    quote,
    betterPhrasing: template.betterPhrasing,
  };
}

export function chooseTips(categories: CategoryScore[], pack: TipsPack, options: ChooseTipsOptions): Tip[] {
  const max = options.max ?? 3;
  const min = options.min ?? 2;
  const triggers = new Set<string>(options.triggers);
  const usedLines = new Set<string>();
  const chosen: Tip[] = [];
  const take = (category: CategoryScore, tone: Tip['tone']): boolean => {
    if (chosen.length >= max || chosen.some((t) => t.category === category.category)) return false;
    const template = templateFor(pack, category, tone, triggers);
    const line = lineFor(category);
    if (!template || !line || usedLines.has(line.messageId)) return false;
    usedLines.add(line.messageId);
    chosen.push(toTip(template, category, line));
    return true;
  };
  const order = (c: CategoryScore) => CATEGORIES.indexOf(c.category);

  const good = categories.filter((c) => c.verdict === 'good');
  const praisePriority = (c: CategoryScore) => templateFor(pack, c, 'praise', triggers)?.priority ?? Number.NEGATIVE_INFINITY;
  good.sort((a, b) => praisePriority(b) - praisePriority(a) || order(a) - order(b));

  // An escalation done well is always said out loud: it is a good outcome, not a failure.
  const escalation = good.find((c) => c.category === 'escalation');
  if (escalation) take(escalation, 'praise');

  const toImprove = categories.filter((c) => c.verdict === 'improve' || c.verdict === 'ok');
  toImprove.sort((a, b) => {
    const priority = (c: CategoryScore) => templateFor(pack, c, 'try', triggers)?.priority ?? 0;
    // The pack's priority says what matters most (a denied manager before a slow reply); then the lower score.
    return severity(a) - severity(b) || priority(b) - priority(a) || (a.score ?? 0) - (b.score ?? 0) || order(a) - order(b);
  });
  for (const c of toImprove) take(c, 'try');

  // Fewer than two things to work on: say what went well, so the review is never empty.
  for (const c of good) {
    if (chosen.length >= min) break;
    take(c, 'praise');
  }
  return chosen;
}
