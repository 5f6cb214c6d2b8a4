import { ALICE } from '../../fixtures/graph/small-graph';
import { FixtureApi, startFixtureApi } from '../../support/fixture-api';
import { postGraphQL } from '../../support/graphql-client';
import { startTestServer, TestServer } from '../../support/start-test-server';
import { testConfig } from '../../support/test-database';
import { PAGE_CSP } from '../../../src/web/security-headers';

/** Keys (expired, revoked, wrong), CORS and the per-client limit on expensive operations. */
describe('security', () => {
  let fx: FixtureApi;
  let limited: TestServer;

  beforeAll(async () => {
    fx = await startFixtureApi();
    const config = testConfig({ API_KEYS: 'current-key-123,expired-key-456@2020-01-01', CORS_ORIGINS: 'https://app.example.org', RATE_LIMIT_EXPENSIVE_PER_MINUTE: '3' });
    limited = await startTestServer(config, fx.db.executor);
  });
  afterAll(async () => {
    await limited?.stop();
    await fx?.close();
  });

  const createPerson = (authorization?: string) =>
    postGraphQL(
      limited.url,
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: `Key Tester ${Math.random()}` } },
      authorization ? { authorization } : {},
    );

  it.each([
    ['no key', undefined],
    ['a wrong key', 'Bearer not-a-key-at-all'],
    ['an expired key', 'Bearer expired-key-456'],
    ['a revoked key (one no longer in API_KEYS)', 'Bearer test-key'],
    ['a key without the Bearer scheme', 'current-key-123'],
  ])('refuses a write with %s (401 UNAUTHENTICATED)', async (_name, authorization) => {
    const { status, body } = await createPerson(authorization);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a current key', async () => {
    const { status, body } = await createPerson('Bearer current-key-123');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('answers CORS only for the configured origin', async () => {
    const allowed = await fetch(`${limited.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await fetch(`${limited.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ system { version } }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits expensive operations per client (429 RATE_LIMITED), not cheap ones', async () => {
    const network = () => postGraphQL(limited.url, `{ collaborationNetwork(personId: "${ALICE}") { nodes { id } } }`);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await network()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await network();
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const cheap = await postGraphQL(limited.url, `{ person(id: "${ALICE}") { name } }`);
    expect(cheap.status).toBe(200);
    // Another client (its own key) has its own allowance.
    const other = await postGraphQL(limited.url, `{ collaborationNetwork(personId: "${ALICE}") { nodes { id } } }`, {}, { authorization: 'Bearer some-other-client' });
    expect(other.status).toBe(200);
  });

  it('sends the security headers (helmet) on every response; the pages keep their CSP', async () => {
    const url = fx.api.url;
    const answers: Array<[string, Response]> = [
      [
        'POST /graphql',
        await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ system { version } }' }) }),
      ],
      ['POST /graphql (an error)', await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' })],
      ['GET /healthz', await fetch(`${url}/healthz`)],
      ['GET /readyz', await fetch(`${url}/readyz`)],
      ['GET /export', await fetch(`${url}/export/network.json?personId=${encodeURIComponent(ALICE)}`)],
      ['GET /nowhere', await fetch(`${url}/nowhere`)],
      ['GET / (page)', await fetch(`${url}/`)],
      ['GET /graphql (IDE page)', await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })],
    ];
    for (const [name, response] of answers) {
      const headers = Object.fromEntries(
        ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'strict-transport-security', 'cross-origin-opener-policy'].map((h) => [h, response.headers.get(h)]),
      );
      expect({ name, headers }).toEqual({
        name,
        headers: {
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'no-referrer',
          'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
          'cross-origin-opener-policy': 'same-origin',
        },
      });
      expect(response.headers.get('x-powered-by')).toBeNull();
      const csp = response.headers.get('content-security-policy');
      if (name.includes('page')) expect({ name, csp }).toEqual({ name, csp: PAGE_CSP });
      // Express's final 404 handler narrows it to its own "default-src 'none'": still nothing allowed.
      else expect({ name, csp }).toEqual({ name, csp: expect.stringMatching(/^default-src 'none'/) });
    }
  });
});
