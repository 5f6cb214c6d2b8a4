import { summarise, type LatencyStats } from '../load/latency-stats';
import { chooseOperation, LoadInputs, OPERATIONS, seededRandom } from './load-mix';
import type { LedgerEntry } from './write-ledger';

export interface RunOptions {
  baseUrl: string;
  apiKey: string;
  clients: number;
  durationMs: number;
  seed: number;
  /** RSS of the API process in bytes, sampled every second. */
  sampleRss: () => number;
}

export interface RunResult {
  ledger: LedgerEntry[];
  report: {
    operations: Record<string, LatencyStats>;
    totals: { requests: number; errors: number; seconds: number; rps: number; writesAcknowledged: number };
    errorExamples: string[];
    rss: { startMb: number; peakMb: number; endMb: number };
  };
}

/** `clients` concurrent loops of the operation mix for `durationMs`; every answer is timed and checked. */
export async function runClients(options: RunOptions): Promise<RunResult> {
  const inputs = await loadInputs(options.baseUrl);
  const latencies = new Map<string, number[]>(OPERATIONS.map((op) => [op.name, []]));
  const errors = new Map<string, number>(OPERATIONS.map((op) => [op.name, 0]));
  const errorExamples: string[] = [];
  const ledger: LedgerEntry[] = [];
  const tag = Date.now().toString(36);
  let written = 0;
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const rss = { startMb: mb(options.sampleRss()), peakMb: 0, endMb: 0 };
  const sampler = setInterval(() => (rss.peakMb = Math.max(rss.peakMb, mb(options.sampleRss()))), 1000);
  const started = Date.now();
  const deadline = started + options.durationMs;

  const client = async (index: number) => {
    const random = seededRandom(options.seed * 1000 + index);
    const nextName = () => `Soak ${tag} ${index} ${(written += 1)}`;
    while (Date.now() < deadline) {
      const op = chooseOperation(random);
      const request = op.build(inputs, random, nextName);
      const sent = performance.now();
      let failure: string | undefined;
      try {
        const response = await fetch(`${options.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(request.write ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const body = (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        if (response.status !== 200 || body.errors?.length)
          failure = `${op.name}: HTTP ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? ''}`;
        else if (request.write) ledger.push({ id: body.data!.createPerson.id, name: body.data!.createPerson.name });
      } catch (error) {
        failure = `${op.name}: ${String(error)}`;
      }
      latencies.get(op.name)!.push(performance.now() - sent);
      if (failure) {
        errors.set(op.name, errors.get(op.name)! + 1);
        if (errorExamples.length < 20) errorExamples.push(failure);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  rss.endMb = mb(options.sampleRss());
  rss.peakMb = Math.max(rss.peakMb, rss.endMb, rss.startMb);
  const operations = Object.fromEntries(OPERATIONS.map((op) => [op.name, summarise(latencies.get(op.name)!, errors.get(op.name)!, seconds)]));
  const requests = [...latencies.values()].reduce((sum, list) => sum + list.length, 0);
  const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
  return {
    ledger,
    report: {
      operations,
      totals: { requests, errors: errorCount, seconds: Math.round(seconds), rps: Math.round(requests / seconds), writesAcknowledged: ledger.length },
      errorExamples,
      rss,
    },
  };
}

/** People ids and search words from the seeded graph. */
async function loadInputs(baseUrl: string): Promise<LoadInputs> {
  const post = async (query: string) => {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (!body.data) throw new Error(`could not read the inputs: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const people = await post('{ people(first: 100) { edges { node { id name } } } }');
  const papers = await post('{ papers(first: 50) { edges { node { title } } } }');
  const personIds = people.people.edges.map((edge: { node: { id: string } }) => edge.node.id);
  const words = [
    ...people.people.edges.map((edge: { node: { name: string } }) => edge.node.name.split(' ').at(-1)),
    ...papers.papers.edges.flatMap((edge: { node: { title: string } }) =>
      edge.node.title
        .split(/\s+/)
        .filter((word: string) => word.length > 5)
        .slice(0, 2),
    ),
  ];
  if (personIds.length < 2 || words.length === 0) throw new Error('the seeded graph is empty: is seed/bio.txt there?');
  return { personIds, searchTerms: [...new Set(words.map((word: string) => word.replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean))] };
}
