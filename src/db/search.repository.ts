import { SearchKind, searchCandidates } from './cypher/search.cypher';
import type { Executor } from './executor';
import { buildLuceneQuery } from './lucene-query';
import { rankSearchHits, type RawSearchHit } from './rank-search-hits';
import { toPlain } from './to-plain';

export type SearchHitRow = RawSearchHit;

/**
 * How many hits each index is asked for, at least: an exact name must be among its index's
 * candidates to be ranked first, and Lucene ranks a long title or a name with many words
 * below short ones sharing a word.
 */
const MIN_CANDIDATES = 50;

/** Full-text search over every kind of node (or the kinds asked for). */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The best `limit` hits, best first, ranked on one scale across kinds (rankSearchHits);
   * empty when the text has nothing searchable. One round trip.
   */
  async search(text: string, limit: number, kinds?: readonly SearchKind[]): Promise<SearchHitRow[]> {
    const lucene = buildLuceneQuery(text);
    if (!lucene || (kinds && kinds.length === 0)) return [];
    const rows = toPlain<RawSearchHit[]>(await this.executor.read(searchCandidates(lucene, Math.max(limit, MIN_CANDIDATES), kinds)));
    return rankSearchHits(text, rows).slice(0, limit);
  }
}
