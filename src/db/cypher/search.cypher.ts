import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { namedMap, paperMap, personMap, topicMap } from './projections';

/** Which index answers for which kind, with the projection of its nodes. */
const SEARCHED = [
  { index: 'personSearch', kind: 'Person', map: personMap('node') },
  { index: 'paperSearch', kind: 'Paper', map: paperMap('node') },
  { index: 'venueSearch', kind: 'Venue', map: namedMap('node') },
  { index: 'institutionSearch', kind: 'Institution', map: namedMap('node') },
  { index: 'topicSearch', kind: 'Topic', map: topicMap('node') },
] as const;

export type SearchKind = (typeof SEARCHED)[number]['kind'];

/** Every kind search knows, in the statement's order. */
export const SEARCH_KINDS: readonly SearchKind[] = SEARCHED.map((searched) => searched.kind);

/**
 * The best `candidates` hits of each index asked (`kinds`, all by default), with their raw
 * Lucene scores, in one round trip. Raw scores of different indexes are not comparable, so
 * this statement does not rank across kinds: SearchRepository does (rankSearchHits).
 */
export const searchCandidates = (lucene: string, candidates: number, kinds: readonly SearchKind[] = SEARCH_KINDS): Statement<Record<string, unknown>> => ({
  name: kinds.length === SEARCHED.length ? 'searchAll' : `search${kinds.join('')}`,
  cypher: `
    CALL () {
      ${SEARCHED.filter(({ kind }) => kinds.includes(kind))
        .map(
          ({ index, kind, map }) => `CALL db.index.fulltext.queryNodes('${index}', $lucene) YIELD node, score
      WITH node, score LIMIT $candidates
      RETURN '${kind}' AS kind, score, ${map} AS item`,
        )
        .join('\n      UNION ALL\n      ')}
    }
    RETURN kind, score, item`,
  params: { lucene, candidates: neo4j.int(candidates) },
});
