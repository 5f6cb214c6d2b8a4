/**
 * Issue 15, items 3 and 4: one structured JSON log line per request (pino, pino-http) with its
 * request id, operation, duration, Cypher round trips and status, never a key or a password;
 * the request id in every error's extensions.requestId; Prometheus metrics at /metrics.
 */
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/observability/logger';
import { buildAppSchema } from '../../../src/schema';
import { AppServer, createAppServer } from '../../../src/server';
import { ALICE } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';
import { testConfig } from '../../support/test-database';

/** A pino destination that keeps every line. */
function capture(): { stream: Writable; lines: () => Array<Record<string, any>>; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return {
    stream,
    text: () => text,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request log and metrics', () => {
  let fx: FixtureApi;
  let server: AppServer;
  let url: string;
  const log = capture();

  beforeAll(async () => {
    fx = await startFixtureApi();
    const config = testConfig({ LOG_LEVEL: 'info', API_KEYS: 'secret-key-4711', NEO4J_PASSWORD: fx.db.config.neo4j.password });
    server = await createAppServer({ config, schema: await buildAppSchema(), executor: fx.db.executor, serviceVersion: 'test', logger: createLogger('info', log.stream) });
    url = await server.listen();
  });
  afterAll(async () => {
    await server?.stop();
    await fx?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const lineOf = (requestId: string) => {
    const lines = log.lines().filter((line) => line.requestId === requestId);
    expect(lines).toHaveLength(1);
    return lines[0];
  };

  it('writes one JSON line per request: the incoming X-Request-Id, operation, duration, round trips, status', async () => {
    const response = await post({ query: `query PersonName { person(id: "${ALICE}") { name papers { edges { node { title } } } } }` }, { 'x-request-id': 'trace-abc-123' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
    const body = await response.json();
    const line = lineOf('trace-abc-123');
    expect(line).toMatchObject({
      level: 'info',
      service: 'collabgraph',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'PersonName',
      outcome: 'ok',
      roundTrips: body.extensions.roundTrips,
    });
    expect(line.roundTrips).toBeGreaterThanOrEqual(2);
    expect(typeof line.durationMs).toBe('number');
    expect(line.cost).toBeGreaterThan(1);
    expect(typeof line.time).toBe('string');
    // No pino-http req/res objects: they would carry every header.
    expect(Object.keys(line).sort()).toEqual([
      'cost',
      'durationMs',
      'level',
      'method',
      'msg',
      'operation',
      'operationName',
      'outcome',
      'path',
      'requestId',
      'roundTrips',
      'service',
      'status',
      'time',
    ]);
  });

  it('gives a request without an id (or with an unusable one) a fresh UUID, echoed in X-Request-Id', async () => {
    const variants: Array<Record<string, string>> = [{}, { 'x-request-id': 'not ok {"injected":true}' }, { 'x-request-id': 'x'.repeat(200) }];
    for (const headers of variants) {
      const response = await fetch(`${url}/healthz`, { headers });
      const id = response.headers.get('x-request-id')!;
      expect(id).toMatch(UUID);
      expect(lineOf(id)).toMatchObject({ path: '/healthz', status: 200, operation: '/healthz', roundTrips: 0 });
    }
  });

  it("puts the request id in every error's extensions.requestId, and the error code in the line", async () => {
    const refused = await post({ query: 'query Bad($n: Int) { people(first: $n) { totalCount } }', variables: { n: -1 } }, { 'x-request-id': 'bad-input-1' });
    const refusedBody = await refused.json();
    expect(refusedBody.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'bad-input-1' });
    expect(lineOf('bad-input-1')).toMatchObject({ operationName: 'Bad', outcome: 'BAD_USER_INPUT' });

    const malformed = await post('{"query": ', { 'x-request-id': 'malformed-1' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: 'malformed-1' });
    expect(lineOf('malformed-1')).toMatchObject({ status: 400, outcome: 'BAD_REQUEST' });

    const tooComplex = await post({
      query: 'query($n: Int!) { people(first: $n) { edges { node { coauthors(first: $n) { edges { node { coauthors(first: $n) { totalCount } } } } } } } }',
      variables: { n: 100 },
    });
    const id = tooComplex.headers.get('x-request-id')!;
    expect((await tooComplex.json()).errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', requestId: id });
    expect(lineOf(id)).toMatchObject({ status: 400, outcome: 'QUERY_TOO_COMPLEX', operationName: '(anonymous)', roundTrips: 0 });
  });

  it('never logs a key or a password', async () => {
    await post(
      { query: 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', variables: { i: { name: 'Logged Person' } } },
      { authorization: 'Bearer secret-key-4711', 'x-request-id': 'write-1' },
    );
    expect(lineOf('write-1')).toMatchObject({ operationName: '(anonymous)', outcome: 'ok' });
    const logger = createLogger('info', log.stream);
    logger.info({ headers: { authorization: 'Bearer secret-key-4711' }, password: fx.db.config.neo4j.password, config: { apiKeys: ['secret-key-4711'] } }, 'a careless caller');
    expect(log.text()).toContain('a careless caller');
    expect(log.text()).not.toContain('secret-key-4711');
    expect(log.text()).not.toContain(fx.db.config.neo4j.password);
  });

  it('serves Prometheus metrics: requests and latency by operation and outcome, round trips, pool in use, import rows', async () => {
    for (let i = 0; i < 3; i += 1) await post({ query: `query Counted { person(id: "${ALICE}") { name } }` });
    const bibtex = '@article{ok1, title = {A Counted Paper}, author = {Doe, Jane}, year = 2001}\n@article{bad, title = }}}\n';
    await post({ query: 'mutation($t: String!) { importBibtex(text: $t) { papersParsed } }', variables: { t: bibtex } }, { authorization: 'Bearer secret-key-4711' });
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('collabgraph_http_requests_total{operation="Counted",outcome="ok"} 3');
    expect(text).toContain('collabgraph_http_requests_total{operation="Bad",outcome="BAD_USER_INPUT"} 1');
    expect(text).toContain('collabgraph_http_requests_total{operation="/healthz",outcome="ok"} 3');
    expect(text).toMatch(/collabgraph_http_request_duration_seconds_bucket\{le="\+Inf",operation="Counted",outcome="ok"\} 3/);
    expect(text).toContain('collabgraph_cypher_round_trips_total{operation="Counted"} 3');
    expect(text).toMatch(/^collabgraph_neo4j_pool_in_use 0$/m);
    expect(text).toMatch(/^collabgraph_import_rows_total\{source="bibtex",outcome="read"\} [1-9]/m);
    expect(text).toMatch(/^collabgraph_import_rows_total\{source="bibtex",outcome="rejected"\} [1-9]/m);
    expect(text).toMatch(/^collabgraph_process_cpu_seconds_total /m);
  });
});
