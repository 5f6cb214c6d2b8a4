/**
 * The Neo4j a benchmark run uses: NEO4J_URI when set (its database is wiped: never point
 * it at data you want to keep), else a throw-away local Neo4j 5.26 on a free port with a
 * temporary data folder, tied to this process (stopWithParent) and removed at the end.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/db/create-driver';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { startThrowawayNeo4j } from '../src/neo4j-local/start-throwaway-neo4j';

export interface BenchDatabase {
  uri: string;
  password: string;
  database: string;
  driver: Driver;
  executor: Executor;
  /** Neo4j kernel version and edition, as the server reports them. */
  version: string;
  /**
   * CPU seconds the local Neo4j has used so far (user + system, its process tree), from /proc;
   * undefined for a server at NEO4J_URI. Differences of it are what a run cost the database,
   * whatever else the machine was doing.
   */
  serverCpuSeconds(): number | undefined;
  /** Resident MiB of the local Neo4j (its process tree); undefined for a server at NEO4J_URI. */
  serverRssMiB(): number | undefined;
  /** Deletes every node and relationship; constraints and indexes stay. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

const LOCAL_PASSWORD = 'collabgraph-bench';

export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let uri = process.env.NEO4J_URI;
  let password = process.env.NEO4J_PASSWORD ?? 'collabgraph-dev';
  let stopLocal: (() => Promise<void>) | undefined;
  let serverPid: number | undefined;
  if (!uri) {
    password = LOCAL_PASSWORD;
    // Enough page cache to hold the 100k graph; BENCH_NEO4J_* for the 1M one.
    const local = await startThrowawayNeo4j({
      password,
      prefix: 'collabgraph-bench-neo4j-',
      heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
      pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '2g',
      log,
    });
    log(`Bench Neo4j (throw-away) at ${local.uri}, ready in ${(local.startMs / 1000).toFixed(1)} s`);
    uri = local.uri;
    serverPid = local.pid;
    stopLocal = () => local.dispose();
  }
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, SEED_ON_START: 'false' });
  const driver = createDriver(config.neo4j, uri);
  const database = config.neo4j.database;
  // Imports of the large graphs write big batches: give them the time they need.
  const executor = new Executor(driver, { database, timeoutMs: 600_000 });
  await applyMigrations(executor);
  const [row] = (await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition', {}, { database })).records;
  return {
    uri,
    password,
    database,
    driver,
    executor,
    version: `${row.get('version')} ${row.get('edition')}`,
    serverCpuSeconds: () => (serverPid === undefined ? undefined : processTreeCpuSeconds(serverPid)),
    serverRssMiB: () => (serverPid === undefined ? undefined : processTreeRssMiB(serverPid)),
    clear: async () => {
      const session = driver.session({ database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    close: async () => {
      await driver.close();
      await stopLocal?.();
    },
  };
}

/** `root` and its descendants (Linux /proc), with each one's parsed `stat` fields after the command name. */
function processTree(root: number): Array<{ pid: number; fields: string[] }> {
  const stats = new Map<number, string[]>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    try {
      const text = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid ... utime(14) stime(15).
      stats.set(Number(name), text.slice(text.lastIndexOf(')') + 2).split(' '));
    } catch {
      // the process ended while we read
    }
  }
  if (!stats.has(root)) return [];
  const tree: Array<{ pid: number; fields: string[] }> = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push({ pid, fields: stats.get(pid)! });
    for (const [child, fields] of stats) if (Number(fields[1]) === pid) queue.push(child);
  }
  return tree;
}

/** utime + stime of a process and its descendants, in seconds (undefined when it is not running or not on Linux). */
function processTreeCpuSeconds(root: number): number | undefined {
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux the project runs on
  const tree = processTree(root);
  if (tree.length === 0) return undefined;
  return tree.reduce((sum, { fields }) => sum + Number(fields[11]) + Number(fields[12]), 0) / ticksPerSecond;
}

/** Resident MiB of a process and its descendants (undefined when it is not running or not on Linux). */
function processTreeRssMiB(root: number): number | undefined {
  const tree = processTree(root);
  if (tree.length === 0) return undefined;
  const pageBytes = 4096;
  // rss (field 24 of stat, in pages) is index 21 after the command name.
  return tree.reduce((sum, { fields }) => sum + Number(fields[21]) * pageBytes, 0) / 2 ** 20;
}
