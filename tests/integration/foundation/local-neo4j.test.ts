import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { findRootDir, loadConfig } from '../../../src/config';
import { findFreePort, isLauncherProcess, LocalNeo4j } from '../../../src/neo4j-local/local-neo4j';
import { LocalNeo4jError } from '../../../src/neo4j-local/local-neo4j-error';

/** A second, private local Neo4j: the lifecycle the README promises, on a real JVM. */
describe('LocalNeo4j', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-lifecycle-'));
  let port: number;
  let local: LocalNeo4j;

  beforeAll(async () => {
    port = await findFreePort();
    local = new LocalNeo4j({
      rootDir: findRootDir(),
      dataDir,
      cacheDir: loadConfig({}).localNeo4j.dataDir,
      port,
      password: 'lifecycle-pw',
      heap: '512m',
      pageCache: '64m',
      startTimeoutMs: 180_000,
    });
  });
  afterAll(async () => {
    await local.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses, in one line, a port another program holds', async () => {
    const squatter = net.createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => squatter.once('listening', resolve));
    try {
      await expect(local.start()).rejects.toThrow(LocalNeo4jError);
      await expect(local.start()).rejects.toThrow(`port ${port} on 127.0.0.1 is taken by another program: stop it, or set NEO4J_LOCAL_PORT to a free port`);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    expect((await local.status()).running).toBe(false);
  });

  it('starts, is idempotent, tells the truth in status, and stops', async () => {
    const first = await local.start();
    expect(first.alreadyRunning).toBe(false);
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(fs.readFileSync(local.logFile, 'utf8')).toMatch(/^READY bolt:\/\/127\.0\.0\.1:\d+$/m);

    const second = await local.start();
    expect(second).toMatchObject({ alreadyRunning: true, pid: first.pid });

    const status = await local.status();
    expect(status).toMatchObject({ running: true, boltAnswers: true, state: { pid: first.pid, port } });

    const driver = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'lifecycle-pw'));
    try {
      const result = await driver.executeQuery('RETURN 41 + 1 AS answer');
      expect(result.records[0].get('answer').toNumber()).toBe(42);
      const wrong = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
      expect(await wrong.verifyAuthentication()).toBe(false);
      await expect(wrong.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      await wrong.close();
    } finally {
      await driver.close();
    }

    expect(await local.stop()).toEqual({ stopped: true, pid: first.pid });
    expect(isLauncherProcess(first.pid)).toBe(false);
    expect(await local.status()).toEqual({ running: false, reason: 'not started (no pid file)' });
    expect(await local.stop()).toEqual({ stopped: false });
  });

  it('keeps its data across restarts', async () => {
    const started = await local.start();
    const driver = neo4j.driver(started.uri, neo4j.auth.basic('neo4j', 'lifecycle-pw'));
    try {
      const result = await driver.executeQuery('CREATE (n:Kept {at: $at}) RETURN n.at AS at', { at: 'restart-test' });
      expect(result.records[0].get('at')).toBe('restart-test');
    } finally {
      await driver.close();
    }
    await local.stop();
    const again = await local.start();
    const reopened = neo4j.driver(again.uri, neo4j.auth.basic('neo4j', 'lifecycle-pw'));
    try {
      const result = await reopened.executeQuery('MATCH (n:Kept) RETURN count(n) AS kept');
      expect(result.records[0].get('kept').toNumber()).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});
