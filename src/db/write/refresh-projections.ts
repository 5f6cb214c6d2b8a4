/**
 * Keeping the collaboration projections (projections.cypher.ts) true: mutations refresh the
 * people they touched inside their own transaction (refreshPeople); an import refreshes, after
 * its writes, every author of its papers and everyone below a topic it linked to a new broader
 * topic (refreshAfterImport) — a step a killed import completes when run again; the start-up
 * migration and `graph:check --repair` rebuild them for every person (rebuildProjections).
 */
import type { Executor, RunStatement } from '../executor';
import { inFlight } from './in-flight';
import {
  authorsOfPapers,
  clearPendingTopics,
  markNewBroader,
  pendingTopics,
  peopleBelowTopics,
  personIdsAfter,
  projectionsMissing,
  refreshCoauthors,
  refreshPublishesOn,
} from './projections.cypher';

/** People refreshed per transaction by imports and rebuilds. */
export const REFRESH_BATCH = 500;

/** Recomputes both projections of `ids` in the caller's transaction. */
export async function refreshPeople(run: RunStatement, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await run(refreshCoauthors(unique));
  await run(refreshPublishesOn(unique));
}

/**
 * Transactions a bulk refresh keeps open at once. Each refresh is one single-threaded query in
 * Neo4j, so a second one in flight uses the second core (and hides the round trip); two batches
 * that share a pair may deadlock on its COAUTHOR, which Neo4j detects and the managed
 * transaction retries.
 */
export const REFRESH_CONCURRENCY = 1;

/** Refreshes `ids` in batches, one write transaction each, REFRESH_CONCURRENCY at a time; returns how many people. */
async function refreshInBatches(executor: Executor, ids: readonly string[], onBatch?: (done: number) => void): Promise<number> {
  const batches: string[][] = [];
  for (let offset = 0; offset < ids.length; offset += REFRESH_BATCH) batches.push(ids.slice(offset, offset + REFRESH_BATCH));
  let done = 0;
  await inFlight(batches, REFRESH_CONCURRENCY, async (batch) => {
    await executor.writeTransaction('refreshProjections', (run) => refreshPeople(run, batch));
    done += batch.length;
    onBatch?.(done);
  });
  return ids.length;
}

/**
 * Before an import writes its BROADER links: marks the topics whose new links change rolled-up
 * counts (see markNewBroader), so the refresh after the writes, or after a re-run, finds them.
 */
export async function markBroaderChanges(executor: Executor, rows: ReadonlyArray<{ from: string; to: string }>): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += REFRESH_BATCH) await executor.write(markNewBroader(rows.slice(offset, offset + REFRESH_BATCH)));
}

/**
 * After an import's writes: refreshes the authors of `paperIds` and, for the marked topics among
 * `topicIds`, the people on them or below them; then clears the marks. Idempotent.
 */
export async function refreshAfterImport(
  executor: Executor,
  paperIds: readonly string[],
  topicIds: readonly string[],
  onBatch?: (done: number, total: number) => void,
): Promise<number> {
  const people = new Set<string>();
  for (let offset = 0; offset < paperIds.length; offset += REFRESH_BATCH) {
    for (const row of await executor.read<{ id: string }>(authorsOfPapers(paperIds.slice(offset, offset + REFRESH_BATCH)))) people.add(row.id);
  }
  const pending: string[] = [];
  for (let offset = 0; offset < topicIds.length; offset += REFRESH_BATCH) {
    for (const row of await executor.read<{ id: string }>(pendingTopics(topicIds.slice(offset, offset + REFRESH_BATCH)))) pending.push(row.id);
  }
  if (pending.length) for (const row of await executor.read<{ id: string }>(peopleBelowTopics(pending))) people.add(row.id);
  const ids = [...people].sort();
  await refreshInBatches(executor, ids, (done) => onBatch?.(done, ids.length));
  if (pending.length) await executor.write(clearPendingTopics(pending));
  return ids.length;
}

/** Recomputes the projections of every person, in id order; returns how many people. */
export async function rebuildProjections(executor: Executor): Promise<number> {
  let after = '';
  let total = 0;
  for (;;) {
    const ids = (await executor.read<{ id: string }>(personIdsAfter(after, REFRESH_BATCH))).map((row) => row.id);
    if (ids.length === 0) return total;
    total += await refreshInBatches(executor, ids);
    after = ids[ids.length - 1];
  }
}

/** The start-up migration: builds the projections once on a graph written before they existed. */
export async function buildMissingProjections(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ missing: boolean }>(projectionsMissing());
  return row?.missing ? rebuildProjections(executor) : 0;
}
