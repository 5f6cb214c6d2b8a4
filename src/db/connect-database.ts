import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createLocalNeo4j } from '../neo4j-local/create-local-neo4j';
import { createDriver } from './create-driver';
import { Executor } from './executor';

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
  try {
    await verify(driver, config, uri);
  } catch (error) {
    await close();
    throw error;
  }
  const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs });
  return { uri, driver, executor, startedLocalNeo4j: stopLocal !== undefined, close };
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
