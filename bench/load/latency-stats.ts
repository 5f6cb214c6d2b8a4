/** Latency percentiles and throughput of one measured run. */
export interface LatencyStats {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second. */
  rps: number;
}

/** Percentiles (nearest rank, ms, 2 decimals) of `samples`, taken over `seconds`. */
export function summarise(samples: number[], errors: number, seconds: number): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? NaN : round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]));
  return { requests: sorted.length, errors, p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: round(sorted.length / seconds) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
