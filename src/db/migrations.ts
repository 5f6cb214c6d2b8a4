import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './cypher/schema.cypher';
import type { Executor } from './executor';
import { backfillMatchKeys } from './write/backfill-match-keys';
import { buildMissingProjections, ensureCoauthorEndpointIndexes } from './write/refresh-projections';

/**
 * Creates the constraints and indexes of the graph model, idempotently, then waits for
 * them to come online. Schema changes cannot share a transaction with anything else, so
 * each runs in its own. A graph written before the collaboration projections existed gets
 * them built here, once (src/db/write/refresh-projections.ts). `log` hears of the steps that take
 * long on a large graph (minutes at a million papers), as they go.
 */
export async function applyMigrations(executor: Executor, log: (line: string) => void = () => undefined): Promise<void> {
  for (const cypher of SCHEMA_STATEMENTS) {
    await executor.write({ name: 'migration', cypher, params: {} });
  }
  await executor.read(AWAIT_INDEXES);
  await backfillMatchKeys(executor);
  await buildMissingProjections(executor);
  // After the projections are built: a graph that had none gets its COAUTHOR, with their ids, from the build.
  await ensureCoauthorEndpointIndexes(executor, log);
  await executor.read(AWAIT_INDEXES);
}
