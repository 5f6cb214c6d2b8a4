import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRootDir, loadConfig } from '../../../src/config';
import { findFreePort, isLauncherProcess, LocalNeo4j } from '../../../src/neo4j-local/local-neo4j';
import { runMain, waitForOutput } from '../../support/run-main';

/** The process a user starts: its one-line errors, and a clean shutdown. */
describe('npm start (dist/src/main.js)', () => {
  it('a wrong password: one actionable line, exit 1', async () => {
    const main = runMain({ NEO4J_URI: process.env.NEO4J_URI!, NEO4J_PASSWORD: 'definitely-wrong' });
    expect(await main.exited).toBe(1);
    const lines = main.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^collabgraph: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ refused user "neo4j": check NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('an unreachable NEO4J_URI: one actionable line, exit 1', async () => {
    const port = await findFreePort();
    const main = runMain({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(await main.exited).toBe(1);
    const lines = main.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^collabgraph: cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}: .*Check NEO4J_URI`));
  });

  it('a bad setting: one line naming it, exit 1', async () => {
    const main = runMain({ NEO4J_URI: process.env.NEO4J_URI!, PORT: 'http' });
    expect(await main.exited).toBe(1);
    expect(main.output().trim()).toBe('collabgraph: PORT="http" is not valid: expected an integer from 0 to 65535');
  });

  it('without NEO4J_URI: starts the local Neo4j, serves, and on SIGTERM stops it (no orphan)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-main-'));
    const env = {
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_PORT: String(await findFreePort()),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '64m',
      NEO4J_PASSWORD: 'main-test-pw',
      PORT: String(await findFreePort()),
    };
    // Share the cached classpath so this test downloads nothing.
    fs.cpSync(loadConfig({}).localNeo4j.dataDir, dataDir, { recursive: true, filter: (source) => !/\/(home|neo4j\.pid\.json|neo4j\.log)$/.test(source) });
    const main = runMain(env);
    try {
      await waitForOutput(main, (output) => output.includes('collabgraph ready'));
      const readiness = await fetch(`http://127.0.0.1:${env.PORT}/readyz`);
      expect(readiness.status).toBe(200);

      const local = new LocalNeo4j({
        rootDir: findRootDir(),
        dataDir,
        port: Number(env.NEO4J_LOCAL_PORT),
        password: env.NEO4J_PASSWORD,
        heap: '512m',
        pageCache: '64m',
        startTimeoutMs: 1000,
      });
      const status = await local.status();
      expect(status.running).toBe(true);
      const neo4jPid = status.running ? status.state.pid : -1;

      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);
      expect(main.output()).toContain('Stopping the local Neo4j this process started');
      expect(isLauncherProcess(neo4jPid)).toBe(false);
      expect(await local.status()).toEqual({ running: false, reason: 'not started (no pid file)' });
    } finally {
      main.child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
