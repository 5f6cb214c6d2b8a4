import type { Executor, Statement } from './executor';

/**
 * Walks every id a paged statement gives, in id order: reads `pageSize` ids after the last one
 * seen, hands them to `work`, and goes on until a page is empty. Returns how many ids there were.
 * The rebuild of the projections and graph:check walk every person and every topic this way.
 */
export async function forEachIdPage(
  executor: Executor,
  page: (after: string, limit: number) => Statement<Record<string, unknown>>,
  pageSize: number,
  work: (ids: string[]) => Promise<unknown>,
): Promise<number> {
  let after = '';
  let total = 0;
  for (;;) {
    const ids = (await executor.read<{ id: string }>(page(after, pageSize))).map((row) => row.id);
    if (ids.length === 0) return total;
    total += ids.length;
    await work(ids);
    after = ids[ids.length - 1];
  }
}
