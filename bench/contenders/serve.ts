/**
 * Child-process entry: `node dist/bench/contenders/serve.js <collabgraph|neo4j-graphql>`.
 * Serves one contender over NEO4J_URI so that its latency and resident memory are its own
 * (the load generator runs in the parent). Prints `LISTENING <url>` when ready; exits when
 * the parent closes stdin or sends SIGTERM.
 */
import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/create-driver';
import type { ServerKind } from './bench-server';
import { startServer } from './start-server';

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  if (kind !== 'collabgraph' && kind !== 'neo4j-graphql') throw new Error(`usage: serve.js collabgraph|neo4j-graphql (got ${kind})`);
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set');
  // Both contenders get the same driver settings (pool size, timeouts) as the API's own.
  const driver = createDriver(config.neo4j, config.neo4j.uri);
  const server = await startServer(kind, driver, config.neo4j.database);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().finally(() => driver.close().finally(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  console.log(`LISTENING ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
