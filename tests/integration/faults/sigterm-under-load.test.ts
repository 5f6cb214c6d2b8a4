import http from 'node:http';
import { findFreePort } from '../../../src/neo4j-local/local-neo4j';
import { postGraphQL } from '../../support/graphql-client';
import { runMain, waitForOutput } from '../../support/run-main';

/**
 * Posts a GraphQL request whose body trickles in over `trickleMs`: a request the server has
 * accepted and is still reading when SIGTERM arrives (an in-flight request).
 */
function slowPost(port: number, query: string, trickleMs: number): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify({ query });
  const half = Math.floor(payload.length / 2);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.write(payload.slice(0, half));
    setTimeout(() => req.end(payload.slice(half)), trickleMs);
  });
}

/** SIGTERM while requests are in flight: they complete; new ones are refused cleanly; exit 0. */
describe('SIGTERM under load', () => {
  it('finishes in-flight requests, refuses new ones, and exits 0', async () => {
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const main = runMain({ NEO4J_URI: process.env.NEO4J_URI!, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!, PORT: String(port) });
    try {
      await waitForOutput(main, (output) => output.includes('collabgraph ready'), 60_000);
      expect((await postGraphQL(base, '{ system { neo4jVersion } }')).status).toBe(200);

      const inFlight = Array.from({ length: 10 }, () => slowPost(port, '{ system { neo4jVersion } }', 1500));
      await new Promise((resolve) => setTimeout(resolve, 300)); // all ten accepted and half-sent
      main.child.kill('SIGTERM');
      await waitForOutput(main, (output) => output.includes('SIGTERM: draining'), 5000);
      await new Promise((resolve) => setTimeout(resolve, 100));

      const refused = await postGraphQL(base, '{ system { neo4jVersion } }').then(
        (answer) => `HTTP ${answer.status}`,
        (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
      );
      expect(['ECONNREFUSED', 'ECONNRESET', 'HTTP 503']).toContain(refused);

      const answers = await Promise.all(inFlight);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.body).data.system.neo4jVersion).toMatch(/^5\.26\./);
      }
      expect(await main.exited).toBe(0);
      expect(main.output()).toContain('collabgraph stopped');
    } finally {
      main.child.kill('SIGKILL');
    }
  });
});
