import { SCHEMA_STATEMENTS } from './cypher/schema.cypher';
import type { Executor } from './executor';
import { backfillMatchKeys } from './write/backfill-match-keys';
import { buildMissingProjections } from './write/refresh-projections';

/**
 * Creates the constraints and indexes of the graph model, idempotently, then waits for
 * them to come online. Schema changes cannot share a transaction with anything else, so
 * each runs in its own. A graph written before the collaboration projections existed gets
 * them built here, once (src/db/write/refresh-projections.ts).
 */
export async function applyMigrations(executor: Executor): Promise<void> {
  for (const cypher of SCHEMA_STATEMENTS) {
    await executor.write({ name: 'migration', cypher, params: {} });
  }
  await executor.read({ name: 'awaitIndexes', cypher: 'CALL db.awaitIndexes(300)', params: {} });
  await backfillMatchKeys(executor);
  await buildMissingProjections(executor);
}
