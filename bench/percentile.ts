/** The value at fraction `p` (0–1) of an ascending list: the benchmarks' p50/p99. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
