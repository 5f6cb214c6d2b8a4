import { postGraphQL } from './graphql-client';

/** One answer of a load loop: when it was sent (ms since the loop started), status, code, time taken. */
export interface LoopSample {
  at: number;
  status: number;
  code?: string;
  ms: number;
  error?: string;
}

/**
 * A bounded load: `clients` loops posting `query` until `stop()` is called or `maxMs` passes.
 * Network errors are recorded (status 0), never thrown.
 */
export function startLoadLoop(baseUrl: string, query: string, clients: number, maxMs = 60_000) {
  const samples: LoopSample[] = [];
  const started = Date.now();
  let stopped = false;
  const client = async () => {
    while (!stopped && Date.now() - started < maxMs) {
      const sent = Date.now();
      try {
        const { status, body } = await postGraphQL(baseUrl, query);
        samples.push({ at: sent - started, status, code: body.errors?.[0]?.extensions?.code, ms: Date.now() - sent });
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50)); // bounded rate while failing
      } catch (error) {
        samples.push({ at: sent - started, status: 0, ms: Date.now() - sent, error: String(error) });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const done = Promise.all(Array.from({ length: clients }, client));
  return {
    samples,
    elapsed: () => Date.now() - started,
    async stop(): Promise<LoopSample[]> {
      stopped = true;
      await done;
      return samples;
    },
  };
}
