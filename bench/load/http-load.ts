/**
 * Load over HTTP with autocannon: `connections` requests in flight (the concurrency),
 * for `seconds`. Latencies come from autocannon's per-response event, so that p95 can be
 * computed exactly (its histogram reports p90 and p97.5, not p95).
 */
import autocannon from 'autocannon';
import type { GraphQLRequest } from '../operations/operations';
import { LatencyStats, summarise } from './latency-stats';

export async function httpLoad(url: string, request: GraphQLRequest, connections: number, seconds: number): Promise<LatencyStats> {
  const samples: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request), connections, pipelining: 1, duration: seconds, timeout: 120 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) samples.push(responseTime);
      else errors += 1;
    });
  });
  return summarise(samples, errors + result.errors + result.timeouts, seconds);
}
