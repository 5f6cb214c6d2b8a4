import type { RequestContext } from '../../context';
import type { PaperRow } from '../../db/cypher/projections';

/**
 * Papers by id through the request's loader (one round trip for all rows asking), in the
 * given order. Ids that no longer exist are skipped; a failed load is rethrown.
 */
export async function loadPapers(context: RequestContext, ids: readonly string[]): Promise<PaperRow[]> {
  const papers = await context.loaders.paper.loadMany(ids);
  const failure = papers.find((paper) => paper instanceof Error);
  if (failure) throw failure;
  return papers.filter((paper): paper is PaperRow => paper !== null);
}
