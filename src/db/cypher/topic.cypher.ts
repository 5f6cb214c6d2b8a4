import type { SearchableLabel } from './searchable-page.cypher';
import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { personMap, topicMap } from './projections';

/** A topic by folded name, else by a synonym (case-insensitive). */
export const topicByName = (key: string, lowerName: string): Statement<{ key: string; lowerName: string }> => ({
  name: 'topicByName',
  cypher: `
    CALL () {
      MATCH (t:Topic {nameKey: $key}) RETURN t, 0 AS rank
      UNION
      MATCH (t:Topic) WHERE any(s IN coalesce(t.synonyms, []) WHERE toLower(s) = $lowerName) RETURN t, 1 AS rank
    }
    WITH t, rank ORDER BY rank, t.id LIMIT 1
    RETURN ${topicMap('t')} AS topic`,
  params: { key, lowerName },
});

/** Topics in pages and counts (src/db/cypher/searchable-page.cypher.ts). */
export const TOPICS: SearchableLabel = { name: 'topics', label: 'Topic', index: 'topicSearch', projection: topicMap };

/** Broader (`out`) or narrower (`in`) topics of each topic, by name. */
export const hierarchyByTopics = (direction: 'out' | 'in', ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: direction === 'out' ? 'broaderByTopics' : 'narrowerByTopics',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    RETURN id, COLLECT {
      MATCH ${direction === 'out' ? '(t)-[:BROADER]->(o:Topic)' : '(t)<-[:BROADER]-(o:Topic)'}
      WITH o ORDER BY o.name RETURN ${topicMap('o')}
    } AS items`,
  params: { ids },
});

/**
 * People publishing on each topic, most papers on it first. HAS_TOPIC always links a Paper
 * to a Topic and AUTHORED a Person to a Paper (docs/graph-model.md): the far ends need no
 * label check, which would cost a db hit per row.
 */
export const peopleByTopics = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'peopleByTopics',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    RETURN id, COLLECT {
      MATCH (t)<-[:HAS_TOPIC]-(x)<-[:AUTHORED]-(p)
      WITH p, count(DISTINCT x) AS papers ORDER BY papers DESC, p.name, p.id LIMIT $limit
      RETURN {person: ${personMap('p')}, weight: papers}
    } AS items`,
  params: { ids, limit: neo4j.int(limit) },
});

/** Topics co-occurring with each topic on papers; weight = number of papers carrying both. */
export const relatedByTopics = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'relatedByTopics',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    RETURN id, COLLECT {
      MATCH (t)<-[:HAS_TOPIC]-(x)-[:HAS_TOPIC]->(o)
      WHERE o <> t
      WITH o, count(DISTINCT x) AS papers ORDER BY papers DESC, o.name LIMIT $limit
      RETURN {topic: ${topicMap('o')}, weight: papers}
    } AS items`,
  params: { ids, limit: neo4j.int(limit) },
});
