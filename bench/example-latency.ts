/**
 * p50 / p95 latency and round trips of the README's five example queries against a running
 * API (default http://127.0.0.1:4000), at concurrency 1 after a warm-up. Person ids are
 * arguments so the same queries can run on the bio and on CoRA:
 *   node dist/bench/example-latency.js --url URL --person ID --from ID --to ID --topic NAME --search TEXT
 */
import { parseArgs } from 'node:util';

interface Measured {
  name: string;
  p50: number;
  p95: number;
  roundTrips: number | undefined;
}

async function time(url: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; roundTrips?: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[]; extensions?: { roundTrips?: number } };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return { ms: performance.now() - started, roundTrips: body.extensions?.roundTrips };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function measureExamples(url: string, ids: { person: string; from: string; to: string; topic: string; search: string }, iterations = 200): Promise<Measured[]> {
  const queries: Array<[string, string, Record<string, unknown>]> = [
    ['coauthors', 'query($id: ID!) { coauthors(personId: $id, first: 5) { totalCount edges { sharedPaperCount firstYear lastYear node { name } } } }', { id: ids.person }],
    [
      'collaborationNetwork (depth 2, limit 200)',
      'query($id: ID!) { collaborationNetwork(personId: $id, depth: 2, limit: 200) { nodes { id label kind weight } edges { source target kind weight } } }',
      { id: ids.person },
    ],
    [
      'collaborationPath',
      'query($from: ID!, $to: ID!) { collaborationPath(fromId: $from, toId: $to) { length people { name } steps { relation papers { title year } } } }',
      { from: ids.from, to: ids.to },
    ],
    [
      'topic',
      'query($name: String!) { topic(name: $name) { name broader { name } narrower { name } people(first: 3) { name } papers(first: 3) { edges { node { title } } } related(first: 3) { weight topic { name } } } }',
      { name: ids.topic },
    ],
    [
      'search',
      'query($q: String!) { search(query: $q, first: 10) { score node { __typename ... on Paper { title } ... on Topic { name } ... on Person { name } } } }',
      { q: ids.search },
    ],
  ];
  const results: Measured[] = [];
  for (const [name, query, variables] of queries) {
    for (let i = 0; i < 20; i += 1) await time(url, query, variables); // warm-up: plans cached, pages in memory
    const samples: number[] = [];
    let roundTrips: number | undefined;
    for (let i = 0; i < iterations; i += 1) {
      const sample = await time(url, query, variables);
      samples.push(sample.ms);
      roundTrips = sample.roundTrips;
    }
    samples.sort((a, b) => a - b);
    results.push({ name, p50: percentile(samples, 50), p95: percentile(samples, 95), roundTrips });
  }
  return results;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4000' },
      person: { type: 'string', default: 'person:paul-vicol' },
      from: { type: 'string', default: 'person:kevin-clark' },
      to: { type: 'string', default: 'person:torsten-schaub' },
      topic: { type: 'string', default: 'Bilevel optimization' },
      search: { type: 'string', default: 'evolution strategies' },
    },
  });
  measureExamples(values.url!, { person: values.person!, from: values.from!, to: values.to!, topic: values.topic!, search: values.search! }).then((results) => {
    console.log('| query | p50 ms | p95 ms | round trips |\n| --- | ---: | ---: | ---: |');
    for (const r of results) console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.roundTrips ?? 'n/a'} |`);
  });
}
