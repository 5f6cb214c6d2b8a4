import { findFreePort } from '../../../src/neo4j-local/local-neo4j';
import { postGraphQL } from '../../support/graphql-client';
import { runMain, waitForOutput } from '../../support/run-main';
import { TcpProxy } from '../../support/tcp-proxy';

/** NEO4J_WAIT_FOR_DATABASE: the API starts while Neo4j is down and recovers by itself. */
describe('starting while Neo4j is down', () => {
  it('serves /healthz 200, /readyz 503 and SERVICE_UNAVAILABLE fast, then recovers when Neo4j answers', async () => {
    const testNeo4jPort = Number(new URL(process.env.NEO4J_URI!).port);
    const proxy = new TcpProxy(await findFreePort(), testNeo4jPort);
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const main = runMain({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!, NEO4J_WAIT_FOR_DATABASE: 'true', PORT: String(port) });
    try {
      await waitForOutput(main, (output) => output.includes('collabgraph ready'));
      expect(main.output()).toContain('serving anyway (NEO4J_WAIT_FOR_DATABASE)');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);

      const started = Date.now();
      const down = await postGraphQL(base, '{ system { neo4jVersion } }');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(down.status).toBe(503);
      expect(down.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');

      await proxy.open();
      await waitForOutput(main, (output) => output.includes('answers now'), 30_000);
      let ready = 503;
      for (let attempt = 0; attempt < 60 && ready !== 200; attempt += 1) {
        ready = (await fetch(`${base}/readyz`)).status;
        if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(ready).toBe(200);
      const up = await postGraphQL(base, '{ system { neo4jVersion } }');
      expect(up.body.data?.system).toEqual({ neo4jVersion: expect.stringMatching(/^5\.26\./) });
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
      await proxy.cut();
    }
  });
});
