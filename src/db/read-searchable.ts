import { searchableCount, searchablePage, SearchableLabel } from './cypher/searchable-page.cypher';
import type { Executor } from './executor';
import { Page, PageRequest, toPage } from './page';
import { searchQuery } from './search-text';
import { toPlain } from './to-plain';

/**
 * One page of a searchable label (people, topics): by full-text rank with a search, else by
 * name. A search with no letters or digits matches nothing.
 */
export async function readSearchablePage<Row>(executor: Executor, searchable: SearchableLabel, search: string | null | undefined, request: PageRequest): Promise<Page<Row>> {
  const lucene = searchQuery(search);
  if (lucene === null) return { items: [], hasNextPage: false };
  const rows = await executor.read(searchablePage(searchable, lucene ?? null, request.offset, request.limit + 1));
  return toPage(
    rows.map((row) => toPlain<Row>(row.item)),
    request.limit,
  );
}

/** How many nodes `readSearchablePage` pages through. */
export async function countSearchable(executor: Executor, searchable: SearchableLabel, search: string | null | undefined): Promise<number> {
  const lucene = searchQuery(search);
  if (lucene === null) return 0;
  const [row] = await executor.read(searchableCount(searchable, lucene ?? null));
  return toPlain<number>(row.total);
}
