import { createDriver } from '../../../src/db/create-driver';
import { Executor } from '../../../src/db/executor';
import { portAnswers } from '../../../src/neo4j-local/local-neo4j';
import { postGraphQL } from '../../support/graphql-client';
import { LoopSample, startLoadLoop } from '../../support/load-loop';
import { PrivateNeo4j, startPrivateNeo4j } from '../../support/private-neo4j';
import { startTestServer, TestServer } from '../../support/start-test-server';
import { testConfig } from '../../support/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGKILL of Neo4j under load, then a restart: bounded 503s, no crash, service back within seconds. */
describe('Neo4j killed under load and restarted', () => {
  let neo4j: PrivateNeo4j;
  let api: TestServer;
  let driver: ReturnType<typeof createDriver>;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    neo4j = await startPrivateNeo4j();
    const config = testConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_MAX_RETRY_MS: '1000', NEO4J_CONNECTION_TIMEOUT_MS: '1000' });
    driver = createDriver(config.neo4j, neo4j.uri);
    api = await startTestServer(config, new Executor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs }));
    process.on('unhandledRejection', onUnhandled);
  }, 180_000);
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await api?.stop();
    await driver?.close();
    await neo4j?.dispose();
  });

  it('answers 200, then quick SERVICE_UNAVAILABLE 503s, then 200 again within seconds of the restart', async () => {
    for (let warm = 0; warm < 5; warm += 1) expect((await postGraphQL(api.url, '{ system { neo4jVersion } }')).status).toBe(200);
    const loop = startLoadLoop(api.url, '{ system { neo4jVersion } }', 8, 150_000);
    await sleep(2000);
    const killedAt = loop.elapsed();
    await neo4j.kill();
    await sleep(3000);
    // While Neo4j restarts (crash recovery), note when its port opens again.
    let portOpenAt = Infinity;
    const restarting = neo4j.restart();
    while (portOpenAt === Infinity && !(await Promise.race([restarting.then(() => true), sleep(200).then(() => false)]))) {
      if (await portAnswers(neo4j.port, 200)) portOpenAt = loop.elapsed();
    }
    await restarting;
    const restartedAt = loop.elapsed();
    portOpenAt = Math.min(portOpenAt, restartedAt);
    const deadline = Date.now() + 15_000;
    while (!loop.samples.some((s) => s.at > restartedAt && s.status === 200) && Date.now() < deadline) await sleep(100);
    await sleep(2000);
    const samples = await loop.stop();

    const before = samples.filter((s) => s.at + s.ms < killedAt);
    const down = samples.filter((s) => s.at > killedAt + 100 && s.at + s.ms < portOpenAt);
    const starting = samples.filter((s) => s.at + s.ms >= portOpenAt && s.at < restartedAt);
    const recoveredAt = Math.min(...samples.filter((s) => s.at > restartedAt && s.status === 200).map((s) => s.at + s.ms));
    const tail = samples.filter((s) => s.at > recoveredAt + 1000);
    const worst = (list: LoopSample[]) => Math.max(0, ...list.map((s) => s.ms));
    const summary = {
      requests: samples.length,
      before: before.length,
      down: down.length,
      worstDownMs: worst(down),
      starting: starting.length,
      worstStartingMs: worst(starting),
      recoveryMs: recoveredAt - restartedAt,
      tail: tail.length,
      neo4jDownMs: portOpenAt - killedAt,
    };
    console.log('Neo4j kill under load:', JSON.stringify(summary));

    expect(before.length).toBeGreaterThan(5);
    expect(before.every((s) => s.status === 200)).toBe(true);
    // No crash: every request got an HTTP answer, either 200 or a typed 503.
    expect(samples.filter((s) => s.status !== 200 && s.status !== 503)).toEqual([]);
    expect(samples.filter((s) => s.status === 503 && s.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    // While Neo4j is down, each request fails within the driver's retry window (1 s, backoff up to ~3.6 s) plus a margin for a busy machine.
    expect(down.length).toBeGreaterThan(10);
    expect(down.every((s) => s.status === 503)).toBe(true);
    expect(summary.worstDownMs).toBeLessThan(6000);
    // While it recovers its store, requests wait at most the transaction timeout plus the retry window.
    expect(summary.worstStartingMs).toBeLessThan(20_000);
    // Back within seconds of Neo4j answering, and stays back.
    expect(summary.recoveryMs).toBeLessThan(10_000);
    expect(tail.length).toBeGreaterThan(10);
    expect(tail.every((s) => s.status === 200)).toBe(true);
    expect(unhandled).toEqual([]);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
