/**
 * collabgraph as the benchmark runs it: the real schema, context and plugins
 * (createAppServer), over a given driver, on a free port. Development mode, so every
 * response carries `extensions.roundTrips`; limits are the defaults a user gets.
 */
import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { Executor } from '../../src/db/executor';
import { buildAppSchema } from '../../src/schema';
import { createAppServer } from '../../src/server';
import type { BenchServer } from './bench-server';

export async function startCollabgraph(driver: Driver, database: string): Promise<BenchServer> {
  // Capacity is what is measured here: the per-client limit on expensive operations is off.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    SEED_ON_START: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_DATABASE: database,
    RATE_LIMIT_EXPENSIVE_PER_MINUTE: '0',
  });
  const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
  const server = await createAppServer({ config, schema: await buildAppSchema(), executor, serviceVersion: 'bench' });
  const url = await server.listen();
  return { url: `${url}/graphql`, stop: () => server.stop() };
}
