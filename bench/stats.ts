/**
 * Small statistics and timing helpers for the benchmarks. These machines are shared and noisy,
 * so every benchmark reports medians and high percentiles over many samples, never one time.
 */

/** The value below which `p` percent of the samples lie (nearest rank; NaN for no samples). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds for the results file: three decimals below 10, one above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) < 10 ? Math.round(value * 1000) / 1000 : Math.round(value * 10) / 10;
}

/** Milliseconds `fn` took (synchronous). */
export function timeSync(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the timings. */
export function sampleSync(runs: number, warmup: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(timeSync(() => fn(warmup + i)));
  return out;
}

/**
 * Times `a` and `b` alternately (a b, b a, a b, …) after `warmup` untimed rounds, so that a noisy
 * neighbour's burst falls on both alike; returns both sets of timings.
 */
export function sampleInterleaved(runs: number, warmup: number, a: (i: number) => void, b: (i: number) => void): [number[], number[]] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const first = i % 2 === 0;
    const x = timeSync(() => (first ? a : b)(i));
    const y = timeSync(() => (first ? b : a)(i));
    if (i < warmup) continue;
    ta.push(first ? x : y);
    tb.push(first ? y : x);
  }
  return [ta, tb];
}

export const MB = 1024 * 1024;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` every `everyMs` until it holds; throws naming `what` at the deadline. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(everyMs);
  }
}

/** Collects garbage when the process runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
