import { SearchKind, searchAll } from './cypher/search.cypher';
import type { Executor } from './executor';
import { buildLuceneQuery } from './lucene-query';
import { toPlain } from './to-plain';

export interface SearchHitRow {
  kind: SearchKind;
  score: number;
  item: { id: string } & Record<string, unknown>;
}

/** Full-text search over every kind of node. */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** The best `limit` hits over all indexes, best first; empty when the text has nothing searchable. */
  async search(text: string, limit: number): Promise<SearchHitRow[]> {
    const lucene = buildLuceneQuery(text);
    if (!lucene) return [];
    return toPlain<SearchHitRow[]>(await this.executor.read(searchAll(lucene, limit)));
  }
}
