/**
 * Issue 15, items 2 and 7: two API processes (`node dist/src/main.js`, as `npm start` runs
 * it) on one Neo4j and one Redis (Debian's redis-server, started and stopped here). A write
 * through one is read through the other at once; both spend one rate-limit budget per
 * client; expensive fields inside fragments and under aliases are counted; when Redis goes
 * away requests keep being answered (per-process budgets) and the log says so.
 */
import { findFreePort } from '../../../src/neo4j-local/local-neo4j';
import { ALICE } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';
import { MainProcess, runMain, waitForOutput } from '../../support/run-main';
import { startTestRedis, TestRedis } from '../../support/redis-server';

const PER_MINUTE = 6;

describe('two API replicas on one Neo4j and one Redis', () => {
  let fx: FixtureApi;
  let redis: TestRedis;
  const replicas: Array<{ main: MainProcess; url: string }> = [];

  beforeAll(async () => {
    fx = await startFixtureApi();
    redis = await startTestRedis();
    for (let i = 0; i < 2; i += 1) {
      const port = await findFreePort();
      const main = runMain({
        NEO4J_URI: process.env.NEO4J_URI!,
        PORT: String(port),
        REDIS_URL: redis.url,
        RATE_LIMIT_EXPENSIVE_PER_MINUTE: String(PER_MINUTE),
        API_KEYS: 'replica-writer-key',
        LOG_LEVEL: 'info',
      });
      replicas.push({ main, url: `http://127.0.0.1:${port}` });
    }
    await Promise.all(replicas.map(({ main }) => waitForOutput(main, (output) => output.includes('collabgraph ready'), 120_000)));
  }, 180_000);
  afterAll(async () => {
    for (const { main } of replicas) {
      main.child.kill('SIGTERM');
      await main.exited;
    }
    await redis?.stop();
    await fx?.close();
  });

  const post = async (url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') };
  };
  const network = (url: string, client: string) => post(url, `{ collaborationNetwork(personId: "${ALICE}") { nodes { id } } }`, {}, { authorization: `Bearer ${client}` });

  it('reads through one replica what was written through the other, at once', async () => {
    const [a, b] = replicas;
    const written = await post(
      a.url,
      'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id name } }',
      { i: { name: 'Replica Written' } },
      { authorization: 'Bearer replica-writer-key' },
    );
    expect(written.body.errors).toBeUndefined();
    const id = written.body.data.createPerson.id;
    const read = await post(b.url, 'query($id: ID!) { person(id: $id) { id name } }', { id });
    expect(read.body).toMatchObject({ data: { person: { id, name: 'Replica Written' } } });
  });

  it('spends one budget per client across both replicas', async () => {
    const [a, b] = replicas;
    const statuses: number[] = [];
    // Alternating: each replica alone would allow PER_MINUTE; together they allow PER_MINUTE.
    for (let i = 0; i < PER_MINUTE; i += 1) statuses.push((await network(i % 2 ? b.url : a.url, 'shared-budget-client')).status);
    expect(statuses).toEqual(Array(PER_MINUTE).fill(200));
    const overA = await network(a.url, 'shared-budget-client');
    const overB = await network(b.url, 'shared-budget-client');
    expect([overA.status, overB.status]).toEqual([429, 429]);
    expect(overB.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(overB.retryAfter)).toBeGreaterThan(0);
    // Another client has its own budget.
    expect((await network(b.url, 'another-client')).status).toBe(200);
  });

  it('counts expensive fields inside named and inline fragments and under aliases', async () => {
    const [a, b] = replicas;
    const query = `query Hidden { ...Networks ... on Query { s: search(query: "Alice") { score } } }
      fragment Networks on Query { n1: collaborationNetwork(personId: "${ALICE}") { nodes { id } } n2: collaborationNetwork(personId: "${ALICE}", depth: 2) { nodes { id } } }`;
    const headers = { authorization: 'Bearer fragment-client' };
    // 3 expensive fields per request: two requests spend the budget of 6.
    expect((await post(a.url, query, {}, headers)).status).toBe(200);
    expect((await post(b.url, query, {}, headers)).status).toBe(200);
    const refused = await post(a.url, query, {}, headers);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('keeps answering when Redis goes away (per-process budgets), with a warning in the log', async () => {
    const [a, b] = replicas;
    await redis.stop();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await network(i % 2 ? b.url : a.url, 'after-redis-client')).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    // Each replica now counts alone: 3 more through A are within its own budget of 6 (4 would not be, shared).
    for (let i = 0; i < 3; i += 1) expect((await network(a.url, 'after-redis-client')).status).toBe(200);
    for (const { main } of replicas) {
      const warning = main
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line))
        .find((line) => line.level === 'warn' && /Redis \(REDIS_URL\) does not answer/.test(line.msg));
      expect(warning).toBeDefined();
    }
  });
});

describe('REDIS_URL checked at start-up', () => {
  it.each(['http://cache:6379', 'redis://:secret-pw@cache:6379/zero'])('a malformed REDIS_URL (%s): one line, exit 1, no password', async (value) => {
    const main = runMain({ NEO4J_URI: process.env.NEO4J_URI!, REDIS_URL: value });
    expect(await main.exited).toBe(1);
    const lines = main.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^collabgraph: REDIS_URL is not valid: /);
    expect(lines[0]).not.toContain('secret-pw');
  });
});
