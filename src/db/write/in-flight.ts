/**
 * Runs `work` on each of `items` with at most `concurrency` calls in flight, in order of
 * start; resolves when all are done, rejects with the first failure (the calls already
 * running finish, no new one starts).
 *
 * The bulk writes use it to keep a second transaction in Neo4j while one runs: each query is
 * single-threaded there, so one at a time leaves a core idle.
 */
export async function inFlight<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await work(items[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/**
 * How long a bulk write (an import's batch, a projection refresh) that lost a deadlock to another
 * one in flight is tried again. The driver's own retry window is the API's (NEO4J_MAX_RETRY_MS,
 * 2 s by default), shorter than a batch of 1,000 rows can take.
 */
export const BULK_DEADLOCK_RETRY_MS = 120_000;
