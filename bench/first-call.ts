/**
 * `node dist/bench/first-call.js [--dataset cora] [--warm-runs 10]`
 *
 * What a visitor's first call costs after the API starts, with and without the start-up
 * warm-up (src/startup/warm-query-plans.ts). Over a throw-away Neo4j holding the data set, for
 * every warm-up operation (each public Query field and the Cypher variants they compile to):
 *
 * - cold: a fresh API process over a Neo4j whose query caches were just cleared, no warm-up;
 * - warmed: a fresh API process over cleared caches, then warmQueryPlans as `npm start` runs it.
 *
 * In each phase every operation is sent once (its first call) and then `--warm-runs` times (its
 * warm time: the median), with ids that are NOT the warm-up's own (the warm-up's plans must serve
 * other people and topics, as they do for a visitor). Reports first / warm per operation; the
 * target is at most 3x in the warmed phase. stdout is the JSON result; it is also written to
 * bench/results/first-call-<dataset>.json.
 */
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { WARM_UP_OPERATIONS, WarmUpIds, warmQueryPlans } from '../src/startup/warm-query-plans';
import { openBenchDatabase } from './bench-database';
import { spawnServer } from './contenders/spawn-server';
import { loadDataset } from './datasets';
import { timeImport } from './import-bench';
import { saveResult } from './save-result';

/** The first-call target of issue 13: no first call over this many times its warm time. */
export const FIRST_CALL_TARGET = 3;

interface OperationTiming {
  operation: string;
  firstMs: number;
  warmMs: number;
  ratio: number;
}

/** Ids other than the warm-up's (which takes the first person, topic and paper in name order). */
const MEASURED_SAMPLE = `query FirstCallSample {
  people(first: 40) { edges { node { id positions { institution { id } } } } }
  topics(first: 5) { edges { node { id } } }
  papers(first: 40) { edges { node { id venue { id } } } }
}`;

type Sample = {
  people: { edges: Array<{ node: { id: string; positions: Array<{ institution: { id: string } | null }> } }> };
  topics: { edges: Array<{ node: { id: string } }> };
  papers: { edges: Array<{ node: { id: string; venue: { id: string } | null } }> };
};

/** POSTs one operation to the GraphQL endpoint `url`; its wall time in ms and its body. */
async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; body: { data?: unknown; errors?: unknown[] } }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  return { ms: performance.now() - started, body };
}

function measuredIds(sample: Sample): WarmUpIds {
  const people = sample.people.edges.map((edge) => edge.node);
  const pick = <T>(items: T[], index: number): T | undefined => items[Math.min(index, items.length - 1)];
  return {
    person: pick(people, 10)?.id,
    other: pick(people, 25)?.id,
    topic: pick(sample.topics.edges, 3)?.node.id,
    paper: pick(sample.papers.edges, 10)?.node.id,
    venue: sample.papers.edges
      .slice(5)
      .map((edge) => edge.node.venue?.id)
      .find(Boolean),
    institution: people
      .slice(5)
      .flatMap((person) => person.positions)
      .map((position) => position.institution?.id)
      .find(Boolean),
  };
}

/** Each warm-up operation's first call and median warm time on `url`, with `ids`. */
async function measureOperations(url: string, ids: WarmUpIds, warmRuns: number, log: (line: string) => void): Promise<OperationTiming[]> {
  const timings: OperationTiming[] = [];
  const seen = new Map<string, number>();
  for (const operation of WARM_UP_OPERATIONS) {
    const variables = operation.variables(ids);
    if (!variables) continue;
    const count = (seen.get(operation.name) ?? 0) + 1;
    seen.set(operation.name, count);
    const label = count > 1 ? `${operation.name} #${count}` : operation.name;
    const first = await post(url, operation.query, variables);
    if (first.body.errors?.length) throw new Error(`${label}: ${JSON.stringify(first.body.errors).slice(0, 500)}`);
    const warm: number[] = [];
    for (let run = 0; run < warmRuns; run += 1) warm.push((await post(url, operation.query, variables)).ms);
    warm.sort((a, b) => a - b);
    const warmMs = warm[Math.floor(warm.length / 2)];
    const timing = { operation: label, firstMs: round(first.ms), warmMs: round(warmMs), ratio: round(first.ms / warmMs) };
    log(`  ${label}: first ${timing.firstMs} ms, warm ${timing.warmMs} ms (${timing.ratio}x)`);
    timings.push(timing);
  }
  return timings;
}

const round = (value: number) => Math.round(value * 100) / 100;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dataset: { type: 'string', default: 'cora' }, 'warm-runs': { type: 'string', default: '10' } } });
  const warmRuns = Number(values['warm-runs']);
  if (!(warmRuns >= 3)) throw new Error('--warm-runs must be a number of at least 3');
  const log = (line: string) => console.error(line);
  const db = await openBenchDatabase(log);
  const env = { NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database };
  const clearQueryCaches = () => db.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: db.database });
  try {
    log(`Importing ${values.dataset}...`);
    const imported = await timeImport(db, loadDataset(values.dataset!), log);
    log(`  ${imported.rows} rows in ${imported.seconds} s`);
    const phases: Record<'cold' | 'warmed', OperationTiming[]> = { cold: [], warmed: [] };
    let warmUp: Awaited<ReturnType<typeof warmQueryPlans>> | undefined;
    for (const phase of ['cold', 'warmed'] as const) {
      await clearQueryCaches();
      const server = await spawnServer('collabgraph', env);
      try {
        if (phase === 'warmed') {
          // As main.ts runs it once the server listens (the bench server's url is its /graphql endpoint).
          warmUp = await warmQueryPlans(server.url.replace(/\/graphql$/, ''));
          log(`  warm-up: ${warmUp.operations} operations in ${(warmUp.ms / 1000).toFixed(1)} s (${warmUp.failed} failed)`);
        }
        const sample = await post(server.url, MEASURED_SAMPLE, {});
        log(`Phase ${phase}:`);
        phases[phase] = await measureOperations(server.url, measuredIds(sample.body.data as Sample), warmRuns, log);
      } finally {
        await server.stop();
      }
    }
    const worst = phases.warmed.reduce((max, timing) => (timing.ratio > max.ratio ? timing : max));
    const result = {
      startedAt: new Date().toISOString(),
      dataset: values.dataset,
      warmRuns,
      loadAverage: os.loadavg()[0],
      target: FIRST_CALL_TARGET,
      warmUp,
      worstWarmed: worst,
      met: phases.warmed.every((timing) => timing.ratio <= FIRST_CALL_TARGET),
      ...phases,
    };
    const file = saveResult(`first-call-${values.dataset}`, result);
    log(`Worst first call after the warm-up: ${worst.operation} ${worst.ratio}x (target ${FIRST_CALL_TARGET}x); results in ${file}`);
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
