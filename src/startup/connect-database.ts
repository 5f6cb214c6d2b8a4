import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createLocalNeo4j } from '../neo4j-local/create-local-neo4j';
import { createDriver } from '../db/create-driver';
import { Executor } from '../db/executor';

/** A failure to start that the user can fix; shown as one line. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface DatabaseConnection {
  uri: string;
  driver: Driver;
  executor: Executor;
  /** True when this process started the local Neo4j (and so stops it on close). */
  startedLocalNeo4j: boolean;
  /** Resolves once Neo4j has answered with the right credentials (at once unless waiting for it). */
  reachable: Promise<void>;
  /** Closes the driver, then stops the local Neo4j if this process started it. Idempotent. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or (unset) to the local Neo4j, starting it when it is not running.
 * Verifies the connection and the credentials; throws StartupError with one actionable line.
 */
export async function connectDatabase(config: Config, log: (line: string) => void = () => {}): Promise<DatabaseConnection> {
  let uri = config.neo4j.uri;
  let stopLocal: (() => Promise<unknown>) | undefined;
  if (!uri) {
    const local = createLocalNeo4j(config, log);
    const started = await local.start({ stopWithParent: true });
    uri = started.uri;
    if (started.alreadyRunning) {
      log(`Using the local Neo4j already running at ${uri} (pid ${started.pid}); it will keep running after collabgraph stops`);
    } else {
      log(`Started the local Neo4j at ${uri} (pid ${started.pid}) in ${(started.startMs / 1000).toFixed(1)} s; log: ${local.logFile}`);
      stopLocal = () => local.stop();
    }
  }
  const driver = createDriver(config.neo4j, uri);
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await driver.close();
      if (stopLocal) {
        log('Stopping the local Neo4j this process started...');
        await stopLocal();
      }
    })());
  const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
  const connection = { uri, driver, executor, startedLocalNeo4j: stopLocal !== undefined, close };
  try {
    await verify(driver, config, uri);
    return { ...connection, reachable: Promise.resolve() };
  } catch (error) {
    // Only an unreachable server may come up later; wrong credentials will not fix themselves.
    const unreachable = error instanceof StartupError && error.message.startsWith('cannot reach');
    if (config.waitForDatabase && config.neo4j.uri && unreachable) {
      log(`collabgraph: ${error.message}; serving anyway (NEO4J_WAIT_FOR_DATABASE): /readyz answers 503 until Neo4j answers`);
      return { ...connection, reachable: waitUntilReachable(driver, config, uri, log, () => closed !== undefined) };
    }
    await close();
    throw error;
  }
}

/** Retries `verify` every 2 s until it passes (or the connection is closed). */
async function waitUntilReachable(driver: Driver, config: Config, uri: string, log: (line: string) => void, isClosed: () => boolean): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    if (isClosed()) throw new StartupError('closed before Neo4j answered');
    try {
      await verify(driver, config, uri);
      log(`Neo4j at ${uri} answers now`);
      return;
    } catch (error) {
      if (!(error instanceof StartupError && error.message.startsWith('cannot reach'))) throw error;
    }
  }
}

async function verify(driver: Driver, config: Config, uri: string): Promise<void> {
  try {
    // verifyAuthentication answers false (it does not throw) on bad credentials.
    if (!(await driver.verifyAuthentication({ database: config.neo4j.database }))) {
      throw Object.assign(new Error('authentication failed'), { code: 'Neo.ClientError.Security.Unauthorized' });
    }
    await driver.executeQuery('RETURN 1', {}, { database: config.neo4j.database });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (code.startsWith('Neo.ClientError.Security')) {
      throw new StartupError(`Neo4j at ${uri} refused user "${config.neo4j.user}": check NEO4J_USER and NEO4J_PASSWORD (${message})`);
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      throw new StartupError(`Neo4j at ${uri} has no database "${config.neo4j.database}": create it or set NEO4J_DATABASE`);
    }
    throw new StartupError(`cannot reach Neo4j at ${uri}: ${message}. Check NEO4J_URI, or unset it to use the local Neo4j`);
  }
}
