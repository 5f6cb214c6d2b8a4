import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { personMap, talkMap } from './projections';

/** People who held a position at or studied at each institution, by name. */
export const peopleByInstitutions = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'peopleByInstitutions',
  cypher: `
    UNWIND $ids AS id MATCH (i:Institution {id: id})
    RETURN id, COLLECT {
      MATCH (p:Person)-[:HELD_POSITION|STUDIED_AT]->(i)
      WITH DISTINCT p ORDER BY p.name, p.id LIMIT $limit
      RETURN ${personMap('p')}
    } AS items`,
  params: { ids, limit: neo4j.int(limit) },
});

/** Talks given at each institution, newest first. */
export const talksByInstitutions = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'talksByInstitutions',
  cypher: `
    UNWIND $ids AS id MATCH (i:Institution {id: id})
    RETURN id, COLLECT {
      MATCH (t:Talk)-[:AT]->(i)
      WITH t ORDER BY coalesce(t.date, '') DESC, t.title
      RETURN ${talkMap('t')}
    } AS items`,
  params: { ids },
});
