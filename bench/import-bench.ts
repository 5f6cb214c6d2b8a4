/**
 * Import costs: wall time and rows/s of the real importer (validate → plan → UNWIND
 * batches) per data set, and the same importer against a naive baseline (one auto-commit
 * MERGE per row, the way a first script would do it) on the same slice of data.
 */
import type { GraphDocument } from '../src/graph/graph-document';
import { planWrites, WriteStep } from '../src/db/write/plan-writes';
import { validateDocument } from '../src/db/write/validate-document';
import { writeGraphDocument } from '../src/db/write/write-graph-document';
import { progressTenth } from '../src/cli/cli-support';
import type { BenchDatabase } from './bench-database';

export interface ImportTiming {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Peak resident MiB while importing, sampled every 500 ms: this process (the importer) and the local Neo4j. */
  peakRssMiB?: { importer: number; neo4j: number | null };
  /** Seconds spent refreshing the collaboration projections after the writes (included in `seconds`). */
  projectionSeconds?: number;
}

/** Imports `documents` with writeGraphDocument; rows are every node and relationship written. */
export async function timeImport(db: BenchDatabase, documents: GraphDocument[], log: (line: string) => void): Promise<ImportTiming> {
  const started = performance.now();
  const peak = { importer: 0, neo4j: null as number | null };
  const sample = () => {
    peak.importer = Math.max(peak.importer, Math.round(process.memoryUsage().rss / 2 ** 20));
    const neo4j = db.serverRssMiB();
    if (neo4j !== undefined) peak.neo4j = Math.max(peak.neo4j ?? 0, Math.round(neo4j));
  };
  const sampler = setInterval(sample, 500);
  let rows = 0;
  let projectionSeconds = 0;
  try {
    for (const document of documents) {
      let lastTenth = '';
      let lastStep = '';
      let total = 0;
      let lastWriteAt = performance.now();
      const report = await writeGraphDocument(db.executor, document, {
        onProgress: (progress) => {
          total = progress.total;
          // The projections' refresh follows the last write of a document: it runs from the last write's progress to the end.
          if (!progress.step.startsWith('projections')) lastWriteAt = performance.now();
          const tenth = progressTenth(progress);
          const step = progress.step.replace(/ \(.*/, '');
          if ((tenth !== lastTenth || step !== lastStep) && progress.total >= 50_000)
            log(`  import ${document.source}: ${progress.done}/${progress.total} rows (${progress.step})`);
          lastTenth = tenth;
          lastStep = step;
        },
      });
      if (report.rejected.length) log(`  import ${document.source}: ${report.rejected.length} rejected, e.g. ${JSON.stringify(report.rejected[0])}`);
      projectionSeconds += (performance.now() - lastWriteAt) / 1000;
      rows += total;
    }
  } finally {
    clearInterval(sampler);
    sample();
  }
  return { ...timing(rows, started), peakRssMiB: peak, projectionSeconds: Math.round(projectionSeconds * 100) / 100 };
}

/**
 * The naive baseline: every planned row as its own auto-commit MERGE statement, in the
 * importer's order, for at most `maxSeconds` (its rate per row is steady, and a full run
 * of a slice takes minutes). Nodes come first, so a cut run writes few relationships,
 * which flatters the naive rate, if anything.
 */
export async function timeNaiveImport(db: BenchDatabase, document: GraphDocument, maxSeconds: number): Promise<ImportTiming> {
  const { document: valid } = await validateDocument(document, async () => new Set());
  const steps = planWrites(valid);
  const started = performance.now();
  let rows = 0;
  const session = db.driver.session({ database: db.database });
  try {
    const deadline = started + maxSeconds * 1000;
    outer: for (const step of steps) {
      for (const row of step.rows) {
        if (performance.now() > deadline) break outer;
        const { cypher, params } = naiveStatement(step, row);
        await session.run(cypher, params);
        rows += 1;
      }
    }
  } finally {
    await session.close();
  }
  return timing(rows, started);
}

function naiveStatement(step: WriteStep, row: unknown): { cypher: string; params: Record<string, unknown> } {
  switch (step.kind) {
    case 'people': {
      const person = row as (typeof step.rows)[number];
      return { cypher: 'MERGE (n:Person {id: $id}) SET n.name = $name, n.nameKey = $nameKey', params: { id: person.id, name: person.name, nameKey: person.nameKey } };
    }
    case 'nodes': {
      const node = row as (typeof step.rows)[number];
      return { cypher: `MERGE (n:${step.name} {id: $id}) SET n += $props`, params: { id: node.id, props: node.props } };
    }
    case 'relationships': {
      const relationship = row as (typeof step.rows)[number];
      const key = step.shape.keyed ? ' {key: $key}' : '';
      return {
        cypher: `MATCH (a:${step.shape.from} {id: $from}) MATCH (b:${step.shape.to} {id: $to}) MERGE (a)-[r:${step.shape.type}${key}]->(b) SET r += $props`,
        params: { from: relationship.from, to: relationship.to, key: relationship.key ?? null, props: relationship.props },
      };
    }
  }
}

function timing(rows: number, started: number): ImportTiming {
  const seconds = (performance.now() - started) / 1000;
  return { rows, seconds: Math.round(seconds * 100) / 100, rowsPerSecond: Math.round(rows / seconds) };
}
