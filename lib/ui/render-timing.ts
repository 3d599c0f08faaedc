/**
 * How long the side panel takes from a new view arriving to the DOM being updated. Kept in a
 * small ring on `window.__tactRenderTimes` for the benchmark (bench/browser.ts); costs nothing else.
 */
let receivedAt: number | null = null;
const MAX = 500;

export function markViewReceived(): void {
  receivedAt = performance.now();
}

export function markViewRendered(): void {
  if (receivedAt === null) return;
  const w = window as unknown as { __tactRenderTimes?: number[] };
  if (!w.__tactRenderTimes) w.__tactRenderTimes = [];
  const times = w.__tactRenderTimes;
  times.push(performance.now() - receivedAt);
  if (times.length > MAX) times.shift();
  receivedAt = null;
}
