import { buildLuceneQuery } from './lucene-query';

/**
 * What a repository does with an optional `search` argument: `undefined` when there is no
 * search (blank counts as none), `null` when the text has nothing searchable (the answer
 * is empty), else the escaped Lucene query.
 */
export function searchQuery(search: string | null | undefined): string | null | undefined {
  if (search === null || search === undefined || search.trim() === '') return undefined;
  return buildLuceneQuery(search);
}
