import { browser } from 'wxt/browser';
import type { TabView } from '@/lib/background/sessions';
import { CATEGORY_LABELS } from '@/lib/coaching/types';

/**
 * After the chat: the private scorecard in brief (overall, the two or three tips with the line
 * they are about and a better phrasing), with the full review and trends one click away.
 */
export function ChatEndedCard({ card }: { card: NonNullable<TabView['coaching']> }) {
  const weak = card.categories.filter((c) => c.verdict === 'improve');
  const strong = card.categories.filter((c) => c.verdict === 'good');
  const openFull = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/coaching.html?chat=${encodeURIComponent(card.chatId)}`) });
  return (
    <section className="ended" aria-label="Your coaching for this chat" data-testid="chat-scorecard">
      <h2>Chat ended · your coaching</h2>
      <p>
        {card.overall !== null ? (
          <>
            Overall <strong data-testid="scorecard-overall">{card.overall}</strong>/100.{' '}
          </>
        ) : null}
        {strong.length > 0 && <>Went well: {strong.map((c) => CATEGORY_LABELS[c.category]).join(', ')}. </>}
        {weak.length > 0 && <>To work on: {weak.map((c) => CATEGORY_LABELS[c.category]).join(', ')}.</>}
      </p>
      <ol className="tips" data-testid="scorecard-tips">
        {card.tips.map((tip) => (
          <li key={tip.id} data-tone={tip.tone}>
            <h3>{tip.title}</h3>
            <p>{tip.advice}</p>
            <blockquote>“{tip.quote.text}”</blockquote>
            <p className="better">
              {tip.tone === 'try' ? 'Try: ' : 'Keep saying: '}
              {tip.betterPhrasing}
            </p>
          </li>
        ))}
      </ol>
      <p className="private">Only you see this. It stays on this device.</p>
      <button type="button" onClick={openFull}>
        Open full review and trends
      </button>
    </section>
  );
}
