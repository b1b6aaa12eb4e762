/** Timing helpers of `npm run bench`: percentiles, medians of runs, sequential timed loops. */

/** The q-quantile (nearest rank) of `values`, which need not be sorted. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** Median duration in ms of `runs` calls of a synchronous `work`, after one warm-up call. */
export function medianSyncMs(runs: number, work: () => unknown): number {
  work();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    durations.push(performance.now() - started);
  }
  return median(durations);
}

export interface Latency {
  p50: number;
  p95: number;
}

/** Runs `once` `count` times one after another; the p50 and p95 of its durations in ms. */
export async function timedLoop(count: number, once: () => Promise<unknown>): Promise<Latency> {
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await once();
    durations.push(performance.now() - started);
  }
  return { p50: percentile(durations, 0.5), p95: percentile(durations, 0.95) };
}

/**
 * Warm-up (`warmup` calls, not measured), then `runs` measured runs of `measure`; each
 * figure is the median of the runs' figures.
 */
export async function medianOfRuns(runs: number, warmup: () => Promise<unknown>, measure: () => Promise<Latency>): Promise<Latency & { runs: Latency[] }> {
  await warmup();
  const results: Latency[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  return { p50: median(results.map((r) => r.p50)), p95: median(results.map((r) => r.p95)), runs: results };
}

/** A GET that fails loudly unless it answers `expected`, reading the whole body (as a browser would). */
export async function fetchOk(url: string, init: RequestInit = {}, expected = 200): Promise<string> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}
