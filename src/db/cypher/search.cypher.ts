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

/**
 * Full-text search over every kind in one round trip: each index is asked for its best
 * `limit`, then all hits are ranked together by score.
 */
export const searchAll = (lucene: string, limit: number): Statement<Record<string, unknown>> => ({
  name: 'searchAll',
  cypher: `
    CALL () {
      ${SEARCHED.map(
        ({ index, kind, map }) => `CALL db.index.fulltext.queryNodes('${index}', $lucene) YIELD node, score
      WITH node, score LIMIT $limit
      RETURN '${kind}' AS kind, score, ${map} AS item`,
      ).join('\n      UNION ALL\n      ')}
    }
    WITH kind, score, item ORDER BY score DESC, kind, item.id LIMIT $limit
    RETURN kind, score, item`,
  params: { lucene, limit: neo4j.int(limit) },
});
