/**
 * Regression guard for the benchmark operations and the other reads of the collaboration
 * projections (not timed): each runs through collabgraph on a fixed seeded synthetic graph,
 * written one transaction at a time into a Neo4j of its own with a fresh store,
 * and so do the write paths' refresh statements; the test fails when Cypher round trips or
 * PROFILE db hits grow beyond tests/fixtures/cost-baseline.json (db hits get some slack:
 * plans may shift a little between Neo4j patch versions).
 *
 * After an intended change, record new values with
 *   COST_BASELINE_UPDATE=1 npx jest tests/integration/bench
 * and commit the file with the change that explains them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { graphqlCost } from '../../../bench/cost/graphql-cost';
import { recordingDriver } from '../../../bench/cost/recording-driver';
import { startCollabgraph } from '../../../bench/contenders/collabgraph-server';
import type { BenchServer } from '../../../bench/contenders/bench-server';
import { generateSyntheticGraph } from '../../../bench/generate-synthetic';
import type { ProfiledPlan } from 'neo4j-driver';
import { withProfile } from '../../../bench/cost/profile-statements';
import { BenchInputs, GraphQLRequest, OPERATIONS } from '../../../bench/operations/operations';
import type { Statement } from '../../../src/db/executor';
import { refreshCoauthors, refreshCoOccurrence, refreshPublishesOn } from '../../../src/db/write/projections.cypher';
import { pickInputs } from '../../../bench/operations/pick-inputs';
import { applyMigrations } from '../../../src/db/migrations';
import { writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';
import { PrivateNeo4j, startPrivateNeo4j } from '../../support/private-neo4j';

interface Baseline {
  graph: { papers: number; seed: number };
  /** Allowed growth of db hits, as a fraction (0.1 = +10%). Round trips get none. */
  dbHitsTolerance: number;
  operations: Record<string, { roundTrips: number; dbHits: number }>;
}

const BASELINE_FILE = path.join(__dirname, '..', '..', 'fixtures', 'cost-baseline.json');
const GRAPH = { papers: 10_000, seed: 7 };

/** Operations the benchmark does not time but whose cost is guarded too: every read of the collaboration projections. */
const GUARDED_OPERATIONS: ReadonlyArray<{ name: string; request: (inputs: BenchInputs) => GraphQLRequest; size: (data: Record<string, any>) => number }> = [
  {
    name: 'coauthorsWithPapers',
    request: ({ personId }) => ({
      query: 'query($id: ID!) { coauthors(personId: $id, first: 20) { totalCount edges { sharedPaperCount firstYear lastYear papers { id } node { id } } } }',
      variables: { id: personId },
    }),
    size: (data) => data.coauthors.edges.length,
  },
  {
    name: 'pathWithHostings',
    request: ({ fromId, toId }) => ({
      query: 'query($from: ID!, $to: ID!) { collaborationPath(fromId: $from, toId: $to, via: [COAUTHOR, HOSTED]) { length steps { relation papers { id } } } }',
      variables: { from: fromId, to: toId },
    }),
    size: (data) => data.collaborationPath?.length ?? 0,
  },
  {
    name: 'topicNetwork',
    request: ({ topicId }) => ({
      query: 'query($id: ID!) { topicNetwork(topicId: $id, limit: 100) { nodes { id weight } edges { source target weight } } }',
      variables: { id: topicId },
    }),
    size: (data) => data.topicNetwork.nodes.length,
  },
  {
    name: 'topicNetworkDirect',
    request: ({ topicId }) => ({
      query: 'query($id: ID!) { topicNetwork(topicId: $id, limit: 100, includeNarrower: false) { nodes { id weight } edges { source target weight } } }',
      variables: { id: topicId },
    }),
    size: (data) => data.topicNetwork.nodes.length,
  },
  {
    name: 'relatedTopics',
    request: ({ topicId }) => ({ query: 'query($id: ID!) { topic(id: $id) { related(first: 10) { weight topic { id } } } }', variables: { id: topicId } }),
    size: (data) => data.topic?.related.length ?? 0,
  },
];

/** PROFILE db hits of `statement` run in a write transaction that is rolled back (the refresh writes nothing on a clean graph anyway). */
async function writeDbHits(db: TestDatabase, statement: Statement<Record<string, unknown>>): Promise<number> {
  const session = db.driver.session({ database: db.config.neo4j.database });
  const tx = session.beginTransaction();
  try {
    const result = await tx.run(withProfile(statement.cypher), statement.params);
    const sum = (plan: ProfiledPlan): number => Number(plan.dbHits) + plan.children.reduce((total, child) => total + sum(child), 0);
    return result.summary.profile ? sum(result.summary.profile) : NaN;
  } finally {
    await tx.rollback();
    await session.close();
  }
}

describe('benchmark operations: cost guard', () => {
  let neo4jServer: PrivateNeo4j;
  let db: TestDatabase;
  let server: BenchServer;
  let inputs: BenchInputs;
  const recorder = { current: undefined as ReturnType<typeof recordingDriver> | undefined };

  beforeAll(async () => {
    // A shortest path's BFS stops at the first meeting of its two frontiers, so its db hits follow
    // the order of each person's relationships in the store: the order they were created in, which
    // two writers in flight interleave differently on each run, and which the node ids of a store
    // other tests wrote to change too (hash aggregations group by node). Measured at 1,537, 2,164
    // and 4,917 hits for the same pair before both were fixed: a fresh store, one writer.
    neo4jServer = await startPrivateNeo4j({ heap: '1g', pageCache: '256m' });
    db = await connectTestDatabase({ NEO4J_URI: neo4jServer.uri, NEO4J_PASSWORD: neo4jServer.password });
    await applyMigrations(db.executor);
    const report = await writeGraphDocument(db.executor, generateSyntheticGraph(GRAPH), { concurrency: 1 });
    expect(report.rejected).toEqual([]);
    inputs = await pickInputs(db.driver, db.config.neo4j.database);
    recorder.current = recordingDriver(db.driver);
    server = await startCollabgraph(recorder.current.driver, db.config.neo4j.database);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await neo4jServer?.dispose();
  });

  it('stays within the recorded round trips and db hits', async () => {
    const measured: Baseline['operations'] = {};
    const failures: string[] = [];
    for (const operation of OPERATIONS) {
      const cost = await graphqlCost(server.url, operation.collabgraph(inputs), recorder.current!, db.driver, db.config.neo4j.database, operation.size.collabgraph);
      if (!cost.ok) {
        failures.push(`${operation.name}: failed: ${cost.error}`);
        continue;
      }
      // The driver-level count and collabgraph's own counter must agree.
      expect(cost.counterRoundTrips).toBe(cost.roundTrips);
      measured[operation.name] = { roundTrips: cost.roundTrips, dbHits: cost.dbHits };
    }
    for (const operation of GUARDED_OPERATIONS) {
      const cost = await graphqlCost(server.url, operation.request(inputs), recorder.current!, db.driver, db.config.neo4j.database, operation.size);
      if (!cost.ok || cost.size === 0) {
        failures.push(`${operation.name}: ${cost.ok ? 'an empty answer (the guard would measure nothing)' : `failed: ${cost.error}`}`);
        continue;
      }
      measured[operation.name] = { roundTrips: cost.roundTrips, dbHits: cost.dbHits };
    }
    // The write paths' refresh of the most prolific person and the first of their co-authors (one statement per projection).
    const people = [inputs.personId, inputs.fromId, inputs.toId];
    // ... and of the topic with the most papers (an import's or a deletePaper's refresh of CO_OCCURS).
    for (const statement of [refreshCoauthors(people), refreshPublishesOn(people), refreshCoOccurrence([inputs.topicId])]) {
      measured[statement.name] = { roundTrips: 1, dbHits: await writeDbHits(db, statement) };
    }

    if (process.env.COST_BASELINE_UPDATE === '1') {
      const baseline: Baseline = { graph: GRAPH, dbHitsTolerance: 0.1, operations: measured };
      fs.writeFileSync(BASELINE_FILE, JSON.stringify(baseline, null, 2) + '\n');
    }
    const baseline = JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
    expect(baseline.graph).toEqual(GRAPH);
    for (const [name, expected] of Object.entries(baseline.operations)) {
      const actual = measured[name];
      if (!actual) continue; // already listed as failed
      if (actual.roundTrips > expected.roundTrips) failures.push(`${name}: ${actual.roundTrips} round trips, recorded ${expected.roundTrips}`);
      const allowed = Math.ceil(expected.dbHits * (1 + baseline.dbHitsTolerance));
      if (actual.dbHits > allowed) failures.push(`${name}: ${actual.dbHits} db hits, recorded ${expected.dbHits} (+${baseline.dbHitsTolerance * 100}% allowed: ${allowed})`);
    }
    for (const name of [
      ...OPERATIONS.map((operation) => operation.name),
      ...GUARDED_OPERATIONS.map((operation) => operation.name),
      'refreshCoauthors',
      'refreshPublishesOn',
      'refreshCoOccurrence',
    ]) {
      if (!baseline.operations[name]) failures.push(`${name}: no recorded baseline (run with COST_BASELINE_UPDATE=1)`);
    }
    expect(failures).toEqual([]);
  });
});
