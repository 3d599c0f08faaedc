/** Risk through the chat as a tiny inline SVG line (0–100 on the y axis). */
export function Sparkline({ values, width = 120, height = 28 }: { values: number[]; width?: number; height?: number }) {
  if (values.length < 2) return null;
  const step = width / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - (v / 100) * height).toFixed(1)}`).join(' ');
  const last = values.at(-1) ?? 0;
  const first = values[0] ?? 0;
  const trend = last > first ? 'rising' : last < first ? 'falling' : 'steady';
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Risk trend ${trend}: from ${first} to ${last}`}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
