/**
 * Regression guard for the benchmark operations (not timed): each runs through collabgraph
 * on a fixed seeded synthetic graph, and the test fails when its Cypher round trips or its
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
import { BenchInputs, OPERATIONS } from '../../../bench/operations/operations';
import { pickInputs } from '../../../bench/operations/pick-inputs';
import { applyMigrations } from '../../../src/db/migrations';
import { writeGraphDocument } from '../../../src/db/write/write-graph-document';
import { connectTestDatabase, TestDatabase } from '../../support/test-database';

interface Baseline {
  graph: { papers: number; seed: number };
  /** Allowed growth of db hits, as a fraction (0.1 = +10%). Round trips get none. */
  dbHitsTolerance: number;
  operations: Record<string, { roundTrips: number; dbHits: number }>;
}

const BASELINE_FILE = path.join(__dirname, '..', '..', 'fixtures', 'cost-baseline.json');
const GRAPH = { papers: 300, seed: 7 };

describe('benchmark operations: cost guard', () => {
  let db: TestDatabase;
  let server: BenchServer;
  let inputs: BenchInputs;
  const recorder = { current: undefined as ReturnType<typeof recordingDriver> | undefined };

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.clear();
    await applyMigrations(db.executor);
    const report = await writeGraphDocument(db.executor, generateSyntheticGraph(GRAPH));
    expect(report.rejected).toEqual([]);
    inputs = await pickInputs(db.driver, db.config.neo4j.database);
    recorder.current = recordingDriver(db.driver);
    server = await startCollabgraph(recorder.current.driver, db.config.neo4j.database);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.close();
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
    for (const name of OPERATIONS.map((operation) => operation.name)) {
      if (!baseline.operations[name]) failures.push(`${name}: no recorded baseline (run with COST_BASELINE_UPDATE=1)`);
    }
    expect(failures).toEqual([]);
  });
});
