import type { CategoryTrend } from '../../lib/coaching/trends';
import { CATEGORY_LABELS } from '../../lib/coaching/types';

const W = 220;
const H = 64;
const PAD = 4;

/** One category's scores over the agent's chats as a small inline SVG (0–100), with a text summary. */
export function TrendChart({ trend }: { trend: CategoryTrend }) {
  const label = CATEGORY_LABELS[trend.category];
  const n = trend.points.length;
  const x = (i: number) => PAD + (n <= 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (n - 1));
  const y = (score: number) => PAD + ((100 - score) / 100) * (H - 2 * PAD);
  const summary =
    trend.direction === 'not enough data'
      ? `not enough chats yet for a trend`
      : `${trend.direction}${trend.change ? ` (${trend.change > 0 ? '+' : ''}${trend.change})` : ''}`;
  const titleId = `trend-${trend.category}`;
  return (
    <figure className={`trend trend-${trend.direction.replace(/ /g, '-')}`} data-category={trend.category}>
      <figcaption id={titleId}>
        <strong>{label}</strong> · average {trend.average ?? '—'} · {summary}
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-desc`}>
        <title>{`${label} trend`}</title>
        <desc id={`${titleId}-desc`}>
          {`${label} scores over your last ${n} scored chats, oldest first: ${trend.points.map((p) => p.score).join(', ')}.`}
        </desc>
        <line className="grid" x1={PAD} x2={W - PAD} y1={y(50)} y2={y(50)} />
        {n > 1 ? (
          <polyline
            className="line"
            fill="none"
            points={trend.points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')}
          />
        ) : null}
        {trend.points.map((p, i) => (
          <circle key={`${p.chatId}-${p.endedAt}`} className="dot" cx={x(i)} cy={y(p.score)} r={2.5} />
        ))}
      </svg>
    </figure>
  );
}
