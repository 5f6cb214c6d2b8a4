import type { Config } from '../../src/config';
import { Executor } from '../../src/db/executor';
import { buildAppSchema } from '../../src/schema';
import { AppServer, createAppServer } from '../../src/server';

export interface TestServer {
  url: string;
  server: AppServer;
  stop(): Promise<void>;
}

/** The real API (schema, context, plugins) on a free port, over the given executor. */
export async function startTestServer(config: Config, executor: Executor): Promise<TestServer> {
  const server = await createAppServer({ config, schema: await buildAppSchema(), executor, serviceVersion: 'test' });
  const url = await server.listen();
  return { url, server, stop: () => server.stop() };
}
