import { CATEGORY_LABELS, type CategoryScore, type Quote, type Scorecard as ScorecardData, type Tip } from '../../lib/coaching/types';
import { formatDateTime, VERDICT_LABELS } from './labels';

/** One chat's review: tips first (what to keep, what to try), then every category with its reason and quotes. */
export function Scorecard({ card }: { card: ScorecardData }) {
  const titleId = `scorecard-${card.chatId}-${card.endedAt}`;
  const applied = card.categories.filter((c) => c.verdict !== 'n/a');
  const skipped = card.categories.filter((c) => c.verdict === 'n/a');
  return (
    <article className="scorecard" aria-labelledby={titleId} data-testid="scorecard">
      <header className="scorecard-header">
        <h2 id={titleId}>Chat {card.chatId}</h2>
        <p className="muted">
          Ended {formatDateTime(card.endedAt)}
          {card.overall !== null ? (
            <>
              {' '}
              · Overall <strong>{card.overall}</strong>/100
            </>
          ) : null}
          {card.escalation.escalatedAt !== null ? ' · Handed to a supervisor' : null}
        </p>
      </header>

      {card.tips.length > 0 ? (
        <section aria-labelledby={`${titleId}-tips`}>
          <h3 id={`${titleId}-tips`}>{card.tips.some((t) => t.tone === 'try') ? 'Tips for next time' : 'What went well'}</h3>
          <ol className="tips">
            {card.tips.map((tip) => (
              <TipCard key={tip.id} tip={tip} />
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby={`${titleId}-categories`}>
        <h3 id={`${titleId}-categories`}>How the chat went</h3>
        <ul className="categories">
          {applied.map((c) => (
            <CategoryRow key={c.category} score={c} />
          ))}
        </ul>
        {skipped.length > 0 ? (
          <details className="skipped">
            <summary>Did not apply in this chat ({skipped.length})</summary>
            <ul>
              {skipped.map((c) => (
                <li key={c.category}>
                  <strong>{CATEGORY_LABELS[c.category]}</strong>: {c.reason}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </article>
  );
}

function TipCard({ tip }: { tip: Tip }) {
  return (
    <li className={`tip tip-${tip.tone}`} data-tip={tip.id}>
      <h4>
        <span className="tip-kind">{tip.tone === 'praise' ? 'Keep doing' : 'Try'}</span> {tip.title}
      </h4>
      <p>{tip.advice}</p>
      <figure className="tip-line">
        <figcaption>You wrote</figcaption>
        <blockquote>{tip.quote.text}</blockquote>
      </figure>
      <p className="better">
        <strong>{tip.tone === 'praise' ? 'A line that works:' : 'Try instead:'}</strong> <q>{tip.betterPhrasing}</q>
      </p>
    </li>
  );
}

function CategoryRow({ score }: { score: CategoryScore }) {
  return (
    <li className={`category verdict-${score.verdict}`} data-category={score.category}>
      <div className="category-head">
        <h4>{CATEGORY_LABELS[score.category]}</h4>
        <span className="verdict">{VERDICT_LABELS[score.verdict]}</span>
        <span className="score">
          {score.score ?? '—'}
          <span className="visually-hidden">{score.score === null ? ' (no score)' : ' out of 100'}</span>
        </span>
      </div>
      <p>{score.reason}</p>
      {score.quotes.length > 0 ? (
        <ul className="quotes" aria-label={`Quotes for ${CATEGORY_LABELS[score.category]}`}>
          {score.quotes.map((q) => (
            <QuoteLine key={`${q.messageId}|${q.text}`} quote={q} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function QuoteLine({ quote }: { quote: Quote }) {
  const who = quote.role === 'agent' ? 'You' : quote.role === 'customer' ? 'Customer' : 'Chat';
  return (
    <li className={`quote quote-${quote.role ?? 'other'}`}>
      <span className="who">{who}:</span> <q>{quote.text}</q>
    </li>
  );
}
