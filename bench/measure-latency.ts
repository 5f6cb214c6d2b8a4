/**
 * Latency and throughput of every operation for the three contenders on the current data
 * set: a warm-up, then concurrency 1 and 8. The GraphQL servers are child processes (their
 * resident memory is sampled while they are under load); the raw floor runs here.
 */
import type { Driver } from 'neo4j-driver';
import type { OperationCost } from './cost/measure-costs';
import type { ChildServer } from './contenders/spawn-server';
import { awaitIdle } from './load/await-idle';
import { driverLoad } from './load/driver-load';
import { httpLoad } from './load/http-load';
import type { LatencyStats } from './load/latency-stats';
import type { BenchInputs, Operation, OperationName } from './operations/operations';
import type { Contender, ContenderLatency, DatasetResult } from './results';

export interface LatencyOptions {
  warmupSeconds: number;
  durationSeconds: number;
}

export interface Servers {
  collabgraph: ChildServer;
  neo4jGraphql: ChildServer;
}

export async function measureLatency(
  driver: Driver,
  database: string,
  servers: Servers,
  operations: readonly Operation[],
  inputs: BenchInputs,
  costs: readonly OperationCost[],
  options: LatencyOptions,
  log: (line: string) => void,
): Promise<Pick<DatasetResult, 'latency' | 'memory'>> {
  const memory = {
    collabgraph: { restMiB: servers.collabgraph.rssMiB(), peakMiB: 0 },
    neo4jGraphql: { restMiB: servers.neo4jGraphql.rssMiB(), peakMiB: 0 },
  };
  const latency: Partial<Record<OperationName, Record<Contender, ContenderLatency>>> = {};
  for (const operation of operations) {
    const cost = costs.find((item) => item.name === operation.name)!;
    const perContender = {} as Record<Contender, ContenderLatency>;
    for (const contender of ['raw', 'collabgraph', 'neo4jGraphql'] as const) {
      if (!cost[contender].ok) {
        perContender[contender] = null;
        continue;
      }
      const run = (concurrency: number, seconds: number): Promise<LatencyStats> => {
        if (contender === 'raw') return driverLoad(driver, database, operation.raw(inputs), concurrency, seconds);
        const server = servers[contender];
        const request = contender === 'collabgraph' ? operation.collabgraph(inputs) : operation.neo4jGraphql(inputs);
        return sampled(server, memory[contender], () => httpLoad(server.url, request, concurrency, seconds));
      };
      const settled = async (concurrency: number, seconds: number) => {
        const stats = await run(concurrency, seconds);
        await awaitIdle(driver);
        return stats;
      };
      const warm = await settled(2, options.warmupSeconds);
      // A slow operation gets a longer window, so that each run completes a few dozen requests.
      const seconds = Math.min(30, Math.max(options.durationSeconds, Number.isFinite(warm.p50) ? (warm.p50 * 30) / 1000 : 10));
      const c1 = await settled(1, seconds);
      // CPU of whoever talks to Neo4j: the API process for the GraphQL servers, this process (the driver) for the floor.
      const cpuNow = contender === 'raw' ? () => process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 : () => servers[contender].cpuSeconds();
      const cpuBefore = cpuNow();
      const c8 = await settled(8, seconds);
      const cpuMicrosPerRequest = c8.requests > 0 ? Math.round(((cpuNow() - cpuBefore) * 1e6) / c8.requests) : NaN;
      perContender[contender] = { c1, c8, cpuMicrosPerRequest };
      log(
        `  ${operation.name.padEnd(12)} ${contender.padEnd(12)} p50 ${c1.p50} ms (c1), ${c8.rps} req/s (c8), ${cpuMicrosPerRequest} µs CPU/request${c1.errors + c8.errors ? `, ${c1.errors + c8.errors} errors` : ''}`,
      );
    }
    latency[operation.name] = perContender;
  }
  return { latency, memory };
}

/** Runs `work` while sampling the server's RSS every 100 ms into `figures.peakMiB`. */
async function sampled<T>(server: ChildServer, figures: { peakMiB: number }, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => (figures.peakMiB = Math.max(figures.peakMiB, server.rssMiB())), 100);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    figures.peakMiB = Math.round(Math.max(figures.peakMiB, server.rssMiB()));
  }
}
