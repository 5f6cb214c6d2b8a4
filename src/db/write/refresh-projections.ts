/**
 * Keeping the collaboration projections (projections.cypher.ts) true: mutations refresh the
 * people and topics they touched inside their own transaction (refreshPeople, refreshTopics); an
 * import refreshes, after its writes, every author of its papers, everyone below a topic it
 * linked to a new broader topic, and every topic its papers carry (refreshAfterImport) — a step
 * a killed import completes when run again; the start-up migration and `graph:check --repair`
 * rebuild them for every person and topic (rebuildProjections).
 */
import type { Executor, RunStatement } from '../executor';
import { forEachIdPage } from '../for-each-id-page';
import { BULK_DEADLOCK_RETRY_MS, inFlight } from './in-flight';
import { AWAIT_INDEXES, COAUTHOR_ENDPOINT_INDEXES, existingIndexes, REPLACED_COAUTHOR_INDEXES } from '../cypher/schema.cypher';
import {
  authorsOfPapers,
  backfillPublishesOnTopicIds,
  clearPendingTopics,
  fillCoauthorEndpointIds,
  markNewBroader,
  pendingTopics,
  peopleBelowTopics,
  personIdsAfter,
  projectionsMissing,
  refreshCoauthors,
  refreshCoOccurrence,
  refreshPublishesOn,
  topicIdsAfter,
} from './projections.cypher';

/** People refreshed per transaction by imports and rebuilds. */
export const REFRESH_BATCH = 500;

/** Recomputes both projections of the people `ids` in the caller's transaction. */
export async function refreshPeople(run: RunStatement, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await run(refreshCoauthors(unique));
  await run(refreshPublishesOn(unique));
}

/**
 * Recomputes CO_OCCURS of the topics `ids` in the caller's transaction: after HAS_TOPIC edges to
 * them were added or removed (every pair that changes has such a topic at one end).
 */
export async function refreshTopics(run: RunStatement, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await run(refreshCoOccurrence(unique));
}

/**
 * Transactions a bulk refresh keeps open at once. Each refresh is one single-threaded query in
 * Neo4j, so a second one in flight uses the second core (and hides the round trip); two batches
 * that share a pair may deadlock on its COAUTHOR: Neo4j rolls one back and it runs again (the
 * caller's executor retries lock conflicts: see Executor.withDeadlockRetry).
 */
export const REFRESH_CONCURRENCY = 2;

/**
 * Refreshes `ids` with `refresh` in batches, one write transaction each, REFRESH_CONCURRENCY at a
 * time; returns how many.
 */
async function refreshInBatches(
  executor: Executor,
  ids: readonly string[],
  refresh: (run: RunStatement, batch: readonly string[]) => Promise<void>,
  { onBatch, concurrency = REFRESH_CONCURRENCY }: { onBatch?: (done: number) => void; concurrency?: number } = {},
): Promise<number> {
  const batches: string[][] = [];
  for (let offset = 0; offset < ids.length; offset += REFRESH_BATCH) batches.push(ids.slice(offset, offset + REFRESH_BATCH));
  let done = 0;
  const bulk = executor.withDeadlockRetry(BULK_DEADLOCK_RETRY_MS);
  await inFlight(batches, concurrency, async (batch) => {
    await bulk.writeTransaction('refreshProjections', (run) => refresh(run, batch));
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

/** What an import wrote that the projections depend on. */
export interface ImportedFacts {
  /** Every paper of the import: their authors are refreshed. */
  paperIds: readonly string[];
  /** Every topic of the import: those marked by markBroaderChanges have their people refreshed. */
  topicIds: readonly string[];
  /** The topics of the import's HAS_TOPIC rows: their CO_OCCURS is refreshed. */
  taggedTopicIds: readonly string[];
}

/**
 * After an import's writes: refreshes the authors of its papers and, for the marked topics among
 * its topics, the people on them or below them; then the co-occurrence of the topics its papers
 * carry; then clears the marks. Idempotent. Reports progress over the people.
 */
export async function refreshAfterImport(
  executor: Executor,
  facts: ImportedFacts,
  options: { onBatch?: (done: number, total: number) => void; concurrency?: number } = {},
): Promise<number> {
  const { onBatch, concurrency } = options;
  const { paperIds, topicIds, taggedTopicIds } = facts;
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
  await refreshInBatches(executor, ids, refreshPeople, { onBatch: (done) => onBatch?.(done, ids.length), concurrency });
  await refreshInBatches(executor, [...new Set(taggedTopicIds)].sort(), refreshTopics, { concurrency });
  if (pending.length) await executor.write(clearPendingTopics(pending));
  return ids.length;
}

/** Runs `refresh` over every id `page` gives, in id order, REFRESH_BATCH per transaction; returns how many. */
function refreshEvery(executor: Executor, page: typeof personIdsAfter, refresh: (run: RunStatement, batch: readonly string[]) => Promise<void>): Promise<number> {
  return forEachIdPage(executor, page, REFRESH_BATCH, (ids) => refreshInBatches(executor, ids, refresh));
}

/**
 * Recomputes the projections of every person and every topic; returns how many people. The
 * people's batches also mend COAUTHOR's endpoint ids (which the refreshes leave alone once set),
 * in the same walk.
 */
export async function rebuildProjections(executor: Executor): Promise<number> {
  const people = await refreshEvery(executor, personIdsAfter, async (run, batch) => {
    await refreshPeople(run, batch);
    await run(fillCoauthorEndpointIds(batch));
  });
  await refreshEvery(executor, topicIdsAfter, refreshTopics);
  return people;
}

/** PUBLISHES_ON given their topicId per transaction by the start-up migration. */
const TOPIC_ID_BACKFILL_BATCH = 10_000;

/**
 * The start-up migration: builds the people's and the topics' projections once on a graph written
 * before they existed, and gives PUBLISHES_ON written before it carried `topicId` the topic's id.
 */
export async function buildMissingProjections(executor: Executor): Promise<{ people: number; topics: number; topicIds: number }> {
  const [row] = await executor.read<{ people: boolean; topics: boolean }>(projectionsMissing());
  const people = row?.people ? await refreshEvery(executor, personIdsAfter, refreshPeople) : 0;
  const topics = row?.topics ? await refreshEvery(executor, topicIdsAfter, refreshTopics) : 0;
  let topicIds = 0;
  for (;;) {
    const [result] = await executor.write<{ filled: unknown }>(backfillPublishesOnTopicIds(TOPIC_ID_BACKFILL_BATCH));
    const filled = Number(result?.filled ?? 0);
    topicIds += filled;
    if (filled < TOPIC_ID_BACKFILL_BATCH) return { people, topics, topicIds };
  }
}

/** People whose COAUTHOR get their ends' ids per transaction (fillEndpointIds). */
const ENDPOINT_FILL_BATCH = 2_000;

/**
 * Gives every COAUTHOR its ends' ids where they are missing or wrong, walking the people in id
 * order; returns how many it set. `onPage` hears how many people it has walked.
 */
async function fillEndpointIds(executor: Executor, onPage?: (people: number, filled: number) => void): Promise<number> {
  let filled = 0;
  let people = 0;
  const bulk = executor.withDeadlockRetry(BULK_DEADLOCK_RETRY_MS);
  await forEachIdPage(executor, personIdsAfter, ENDPOINT_FILL_BATCH, async (ids) => {
    const [row] = await bulk.write<{ filled: unknown }>(fillCoauthorEndpointIds(ids));
    filled += Number(row?.filled ?? 0);
    people += ids.length;
    onPage?.(people, filled);
  });
  return filled;
}

/** How often (in people) ensureCoauthorEndpointIndexes reports its progress. */
const ENDPOINT_FILL_REPORT_EVERY = 100_000;

/**
 * The start-up migration's last step: when the COAUTHOR endpoint indexes are missing (a graph
 * written before COAUTHOR carried `fromId` and `toId`, or a new one), gives every COAUTHOR its
 * ends' ids, then creates the indexes. Their presence marks the fill done (every writer sets the
 * ids since), so a later start costs one SHOW INDEXES; a start killed half-way finds them missing
 * and walks again, skipping what is filled (unless it created one of the indexes: then the fill
 * was done). A graph with the indexes they replace (REPLACED_COAUTHOR_INDEXES) has its ids
 * already: it gets the new indexes, and loses the old ones once the new are online. Returns how
 * many COAUTHOR got their ids. `log` hears of the walk every ENDPOINT_FILL_REPORT_EVERY people
 * (at a million papers it takes minutes).
 */
export async function ensureCoauthorEndpointIndexes(executor: Executor, log: (line: string) => void = () => undefined): Promise<number> {
  const names = Object.keys(COAUTHOR_ENDPOINT_INDEXES);
  const present = new Set((await executor.read<{ name: string }>(existingIndexes([...names, ...REPLACED_COAUTHOR_INDEXES]))).map((row) => row.name));
  const replaced = REPLACED_COAUTHOR_INDEXES.filter((name) => present.has(name));
  if (names.every((name) => present.has(name)) && replaced.length === 0) return 0;
  const started = Date.now();
  let reported = 0;
  // Each of these indexes, new or replaced, was created after the fill: with any of them, nothing is left to fill.
  const filled =
    present.size > 0
      ? 0
      : await fillEndpointIds(executor, (people, filledSoFar) => {
          if (people - reported < ENDPOINT_FILL_REPORT_EVERY) return;
          reported = people;
          log(`migration: COAUTHOR endpoint ids: ${people} people walked, ${filledSoFar} relationships given their ids`);
        });
  for (const cypher of Object.values(COAUTHOR_ENDPOINT_INDEXES)) await executor.write({ name: 'migration', cypher, params: {} });
  if (replaced.length) {
    // Queries fall back to scanning every COAUTHOR while no endpoint index is online: drop the old ones after.
    await executor.read(AWAIT_INDEXES);
    for (const name of replaced) await executor.write({ name: 'migration', cypher: `DROP INDEX ${name} IF EXISTS`, params: {} });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (filled > 0) log(`migration: COAUTHOR endpoint ids given to ${filled} relationships in ${seconds} s; indexes ${names.join(', ')} created`);
  else if (replaced.length) log(`migration: indexes ${names.join(', ')} replace ${replaced.join(', ')} (${seconds} s)`);
  return filled;
}
