/**
 * The raw floor's load: `concurrency` async loops sending the same statement through the
 * driver (driver.executeQuery: a managed read transaction with BEGIN pipelined, as collabgraph
 * sends a single statement) for `seconds`.
 */
import type { Driver } from 'neo4j-driver';
import type { CypherRequest } from '../operations/operations';
import { LatencyStats, summarise } from './latency-stats';

export async function driverLoad(driver: Driver, database: string, request: CypherRequest, concurrency: number, seconds: number): Promise<LatencyStats> {
  const samples: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      try {
        await runRaw(driver, database, request);
        samples.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return summarise(samples, errors, seconds);
}

/** Runs one raw statement in a managed read transaction (driver.executeQuery) and returns its rows as plain objects. */
export async function runRaw(driver: Driver, database: string, request: CypherRequest): Promise<Array<Record<string, any>>> {
  const result = await driver.executeQuery(request.cypher, request.params, { database, routing: 'READ', bookmarkManager: null, transactionConfig: { timeout: 60_000 } });
  return result.records.map((record) => record.toObject());
}
