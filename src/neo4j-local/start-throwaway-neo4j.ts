import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir, loadConfig } from '../config';
import { findFreePort, LocalNeo4j } from './local-neo4j';

export interface ThrowawayNeo4jOptions {
  password: string;
  /** Prefix of the temporary data folder, e.g. "collabgraph-test-neo4j-". */
  prefix: string;
  heap?: string;
  pageCache?: string;
  /** A fixed port (to restart on the same one); a free one by default. */
  port?: number;
  log?: (line: string) => void;
}

export interface ThrowawayNeo4j {
  local: LocalNeo4j;
  uri: string;
  port: number;
  /** The server's process id (the JVM). */
  pid: number;
  dataDir: string;
  startMs: number;
  /** Stops it and deletes its data. */
  dispose(graceMs?: number): Promise<void>;
}

/**
 * A local Neo4j with fresh data in a temporary folder, for tests, benchmarks and load runs.
 * It shares the project's cached classpath (downloads nothing) and is tied to this process
 * (stopWithParent): it cannot outlive the run even if the run is killed.
 */
export async function startThrowawayNeo4j(options: ThrowawayNeo4jOptions): Promise<ThrowawayNeo4j> {
  const config = loadConfig({ ...process.env, NEO4J_PASSWORD: options.password });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
  const port = options.port ?? (await findFreePort());
  const local = new LocalNeo4j({
    rootDir: findRootDir(),
    dataDir,
    cacheDir: config.localNeo4j.dataDir,
    port,
    password: options.password,
    heap: options.heap ?? '1g',
    pageCache: options.pageCache ?? '256m',
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
    log: options.log,
  });
  const started = await local.start({ stopWithParent: true });
  return {
    local,
    uri: started.uri,
    port,
    pid: started.pid,
    dataDir,
    startMs: started.startMs,
    async dispose(graceMs?: number) {
      await local.stop(graceMs);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
