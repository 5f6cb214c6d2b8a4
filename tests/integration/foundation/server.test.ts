import { createDriver } from '../../../src/db/create-driver';
import { Executor } from '../../../src/db/executor';
import { findFreePort } from '../../../src/neo4j-local/local-neo4j';
import { postGraphQL } from '../../support/graphql-client';
import { startTestServer, TestServer } from '../../support/start-test-server';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

describe('the API over a real Neo4j', () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await connectTestDatabase();
    api = await startTestServer(db.config, db.executor);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('GET /healthz answers 200 while the process lives', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 when Neo4j answers', async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('answers a query that reads from Neo4j: the server and database versions', async () => {
    const { status, body } = await postGraphQL(api.url, '{ system { version neo4jVersion neo4jEdition database } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.system).toEqual({ version: 'test', neo4jVersion: expect.stringMatching(/^5\.26\.\d+$/), neo4jEdition: 'community', database: 'neo4j' });
  });

  it('writes and reads back through the driver', async () => {
    await db.clear();
    await db.executor.write({ name: 'probe', cypher: 'CREATE (:Probe {value: $value})', params: { value: 'written' } });
    const rows = await db.executor.read<{ value: string }>({ name: 'probe', cypher: 'MATCH (p:Probe) RETURN p.value AS value', params: {} });
    expect(rows).toEqual([{ value: 'written' }]);
    await db.clear();
  });
});

describe('the API when Neo4j does not answer', () => {
  let api: TestServer;
  let driver: ReturnType<typeof createDriver>;

  beforeAll(async () => {
    const db = await connectTestDatabase();
    await db.close();
    const deadUri = `bolt://127.0.0.1:${await findFreePort()}`;
    driver = createDriver({ ...db.config.neo4j, maxRetryTimeMs: 500 }, deadUri);
    api = await startTestServer(db.config, new Executor(driver, { database: 'neo4j', timeoutMs: 2000 }));
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it('GET /healthz still answers 200', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it('GET /readyz answers 503 with the reason', async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; reason: string };
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/^the database is unavailable: /);
  });

  it('a query fails fast with SERVICE_UNAVAILABLE and HTTP 503', async () => {
    const started = Date.now();
    const { status, body } = await postGraphQL(api.url, '{ system { neo4jVersion } }');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(status).toBe(503);
    expect(body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});
