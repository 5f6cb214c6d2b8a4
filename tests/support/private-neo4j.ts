import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir, loadConfig } from '../../src/config';
import { LocalNeo4j } from '../../src/neo4j-local/local-neo4j';
import { waitUntilDead } from '../../bench/soak/kill-restart';
import { findStablePort } from '../../bench/soak/stable-port';

/**
 * A private, throw-away local Neo4j, never the shared test instance: for fault tests that kill
 * the database, and for measurements that need a store no other test wrote to (the cost guard).
 * Shares the cached classpath (downloads nothing); ~20 s to start.
 */
export interface PrivateNeo4j {
  local: LocalNeo4j;
  uri: string;
  port: number;
  password: string;
  /** The Launcher's pid (from status()). */
  pid(): Promise<number>;
  /** SIGKILL, then waits until the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data (after a kill); resolves when Bolt answers. */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export const PRIVATE_NEO4J_PASSWORD = 'private-fault-pw';

export async function startPrivateNeo4j(memory: { heap?: string; pageCache?: string } = {}): Promise<PrivateNeo4j> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-fault-'));
  const port = await findStablePort(); // not ephemeral: see findStablePort
  const local = new LocalNeo4j({
    rootDir: findRootDir(),
    dataDir,
    cacheDir: loadConfig({}).localNeo4j.dataDir,
    port,
    password: PRIVATE_NEO4J_PASSWORD,
    heap: memory.heap ?? '512m',
    pageCache: memory.pageCache ?? '64m',
    startTimeoutMs: 180_000,
  });
  const started = await local.start({ stopWithParent: true });
  const pid = async () => {
    const status = await local.status();
    if (!status.running) throw new Error(`the private Neo4j is not running: ${status.reason}`);
    return status.state.pid;
  };
  return {
    local,
    uri: started.uri,
    port,
    password: PRIVATE_NEO4J_PASSWORD,
    pid,
    async kill() {
      const target = await pid();
      process.kill(target, 'SIGKILL');
      await waitUntilDead(target, port);
    },
    async restart() {
      await local.start({ stopWithParent: true });
    },
    async dispose() {
      await local.stop(10_000);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
