/** Helpers shared by the benchmarks: percentiles and a one-line summary of measured durations. */

/** The p-th percentile (0–100) of values, nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export type Summary = { count: number; min: number; p50: number; p99: number; max: number };

export function summarize(values: readonly number[]): Summary {
  return {
    count: values.length,
    min: Math.min(...values),
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: Math.max(...values),
  };
}

/** "p50 12 ms, p99 40 ms, max 52 ms" */
export const describeMs = (s: Summary) => `p50 ${Math.round(s.p50)} ms, p99 ${Math.round(s.p99)} ms, max ${Math.round(s.max)} ms`;

/** A ratio to the baseline, two decimals. */
export const ratioTo = (value: number, baseline: number) => Math.round((value / baseline) * 100) / 100;
