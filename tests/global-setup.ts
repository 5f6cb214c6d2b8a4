/**
 * Starts the throw-away Neo4j for the test run: a fresh data folder and a free port, tied
 * to this process so it cannot outlive the run. With NEO4J_URI set, tests use that server
 * instead (and wipe its database: never point it at data you want to keep).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { findFreePort, LocalNeo4j } from '../src/neo4j-local/local-neo4j';

export const TEST_PASSWORD = 'collabgraph-test';

export default async function globalSetup(): Promise<void> {
  if (process.env.COLLABGRAPH_TEST_NO_DB === '1' || process.env.NEO4J_URI) return;
  const config = loadConfig({ ...process.env, NEO4J_PASSWORD: TEST_PASSWORD });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-test-neo4j-'));
  const local = new LocalNeo4j({
    rootDir: config.rootDir,
    dataDir,
    cacheDir: config.localNeo4j.dataDir,
    port: await findFreePort(),
    password: TEST_PASSWORD,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: config.localNeo4j.startTimeoutMs,
    log: (line) => console.log(line),
  });
  const started = await local.start({ stopWithParent: true });
  console.log(`\nTest Neo4j (throw-away) at ${started.uri}, data in ${dataDir}, ready in ${(started.startMs / 1000).toFixed(1)} s`);
  process.env.NEO4J_URI = started.uri;
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.COLLABGRAPH_TEST_NEO4J_DATA_DIR = dataDir;
  (globalThis as Record<string, unknown>).__collabgraphTestNeo4j = local;
}
