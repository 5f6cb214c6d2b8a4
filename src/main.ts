/**
 * Composition root: config → Neo4j (local or NEO4J_URI) → driver → schema → server.
 * SIGINT/SIGTERM drain HTTP, close the driver and stop the local Neo4j if this process started it.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connectDatabase, StartupError } from './startup/connect-database';
import { prepareDatabase } from './startup/prepare-database';
import { LocalNeo4jError } from './neo4j-local/local-neo4j-error';
import { buildAppSchema } from './schema';
import { AppServer, createAppServer } from './server';
import { warmQueryPlans } from './startup/warm-query-plans';
import { SERVICE_VERSION } from './version';
import { createLogger } from './observability/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const startedAt = Date.now();
  // One JSON line per event on stdout (pino), like the request log.
  const logger = createLogger(config.logLevel);
  const log = (line: string) => logger.info(line);
  const connection = await connectDatabase(config, log);
  let notReady: string | undefined = 'waiting for Neo4j';
  let server: AppServer;
  try {
    server = await createAppServer({
      config,
      schema: await buildAppSchema(),
      executor: connection.executor,
      serviceVersion: SERVICE_VERSION,
      onStop: () => connection.close(),
      notReadyReason: () => notReady,
      logger,
    });
    // Migrations and seeding run once Neo4j answers: at once, or later with NEO4J_WAIT_FOR_DATABASE.
    const prepared = connection.reachable.then(async () => {
      notReady = 'preparing the database (constraints, indexes, seed)';
      await prepareDatabase(connection.executor, config, log);
      notReady = undefined;
    });
    if (!config.waitForDatabase || !config.neo4j.uri) await prepared;
    else prepared.catch((error: unknown) => logger.error(`could not prepare the database: ${error instanceof Error ? error.message : String(error)}`));
    const url = await server.listen();
    log(
      `collabgraph ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: explorer ${url}/, GraphQL API and IDE ${url}/graphql (health ${url}/healthz, readiness ${url}/readyz)`,
    );
    // In the background, once the database is prepared: Neo4j compiles the explorer's Cypher before the first visitor asks.
    prepared
      .then(() => warmQueryPlans(url))
      .then(
        ({ operations, failed, ms }) => log(`query plans warmed: ${operations} operations in ${(ms / 1000).toFixed(1)} s${failed ? ` (${failed} failed)` : ''}`),
        () => undefined,
      );
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
    server.stop().then(
      () => {
        log('collabgraph stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A stray rejection is logged, never fatal: one bad request must not take the API down.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof StartupError) {
    console.error(`collabgraph: ${error.message}`);
  } else {
    console.error('collabgraph: failed to start:', error);
  }
  process.exit(1);
});
