import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import type { FULLTEXT_INDEXES } from './schema.cypher';

/** A label that has a full-text index, with the projection its rows use. */
export interface SearchableLabel {
  /** Statement name prefix, e.g. "people". */
  name: string;
  label: 'Person' | 'Topic' | 'Venue' | 'Institution';
  index: keyof typeof FULLTEXT_INDEXES;
  /** Map projection for the node bound to `n` (a code constant, never input). */
  projection: (variable: string) => string;
}

/** One page of a label: ranked by full-text score with a (Lucene-escaped) search, else by name. */
export const searchablePage = (searchable: SearchableLabel, lucene: string | null, skip: number, limit: number): Statement<Record<string, unknown>> => ({
  name: `${searchable.name}Page`,
  cypher: lucene
    ? `CALL db.index.fulltext.queryNodes('${searchable.index}', $lucene) YIELD node AS n, score
       WITH n, score ORDER BY score DESC, n.name, n.id SKIP $skip LIMIT $limit
       RETURN ${searchable.projection('n')} AS item`
    : `MATCH (n:${searchable.label}) WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $limit RETURN ${searchable.projection('n')} AS item`,
  params: { lucene, skip: neo4j.int(skip), limit: neo4j.int(limit) },
});

/** How many nodes of a label match the search (or exist, without one). */
export const searchableCount = (searchable: SearchableLabel, lucene: string | null): Statement<Record<string, unknown>> => ({
  name: `count${searchable.label}`,
  cypher: lucene
    ? `CALL db.index.fulltext.queryNodes('${searchable.index}', $lucene) YIELD node RETURN count(node) AS total`
    : `MATCH (n:${searchable.label}) RETURN count(n) AS total`,
  params: { lucene },
});
