/**
 * Composition root: config → Neo4j (local or NEO4J_URI) → driver → schema → server.
 * SIGINT/SIGTERM drain HTTP, close the driver and stop the local Neo4j if this process started it.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connectDatabase, DatabaseConnection, StartupError } from './db/connect-database';
import { LocalNeo4jError } from './neo4j-local/local-neo4j-error';
import { buildAppSchema } from './schema';
import { createAppServer } from './server';
import { SERVICE_VERSION } from './version';
import { prepareDatabase } from './db/prepare-database';

async function main(): Promise<void> {
  const config = loadConfig();
  const startedAt = Date.now();
  const log = (line: string) => console.log(line);
  const connection: DatabaseConnection = await connectDatabase(config, log);
  let server: Awaited<ReturnType<typeof createAppServer>> | undefined;
  try {
    await prepareDatabase(connection.executor, config, log);
    server = await createAppServer({
      config,
      schema: await buildAppSchema(),
      executor: connection.executor,
      serviceVersion: SERVICE_VERSION,
      onStop: () => connection.close(),
    });
    const url = await server.listen();
    log(`collabgraph ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${url}/graphql (health ${url}/healthz, readiness ${url}/readyz)`);
  } catch (error) {
    await connection.close();
    throw error;
  }

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    log(`${signal}: draining requests and shutting down...`);
    server!.stop().then(
      () => {
        log('collabgraph stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`collabgraph: error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || (error instanceof StartupError)) {
    console.error(`collabgraph: ${error.message}`);
  } else {
    console.error('collabgraph: failed to start:', error);
  }
  process.exit(1);
});
