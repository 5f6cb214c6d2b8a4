import type { SearchableLabel } from './searchable-page.cypher';
import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { personMap, topicMap } from './projections';
import { ROLLUP_DEPTH } from '../write/projections.cypher';

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
 * The `$limit` people with the highest `count` (papers or papersWithNarrower) on the topic whose id
 * is `topicId`, then by name and id, as `p` and `papers`. Read from the relationship index on
 * PUBLISHES_ON (topicId, count) in the index's order: ordering on topicId too (one value) lets the
 * planner take the index order and stop after the top rows plus their ties (PartialTop), where
 * walking the topic's PUBLISHES_ON reads all of them (a popular topic has most people of a field).
 * PUBLISHES_ON always links a Person to a Topic: the far end needs no label check.
 */
const topPublishersOn = (topicId: string, count: 'papers' | 'papersWithNarrower') => `
      MATCH (p)-[r:PUBLISHES_ON]->()
      WHERE r.topicId = ${topicId} AND r.${count} > 0
      WITH p, r ORDER BY r.topicId DESC, r.${count} DESC, p.name, p.id LIMIT $limit
      WITH p, r.${count} AS papers`;

/**
 * People publishing on each topic, most papers on it first: read from PUBLISHES_ON, whose
 * `papers` counts a person's papers on the topic itself (0 when they only publish on a narrower
 * one; docs/graph-model.md), through its index (topPublishersOn).
 */
export const peopleByTopics = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'peopleByTopics',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    RETURN id, COLLECT {${topPublishersOn('id', 'papers')}
      RETURN {person: ${personMap('p')}, weight: papers}
    } AS items`,
  params: { ids, limit: neo4j.int(limit) },
});

/**
 * Topics co-occurring with each topic on papers, weight = number of papers carrying both: read
 * from the CO_OCCURS projection (one relationship per pair of topics, either way) instead of
 * walking every paper of the topic, which on a popular topic is most of the graph's papers.
 */
export const relatedByTopics = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'relatedByTopics',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    RETURN id, COLLECT {
      MATCH (t)-[c:CO_OCCURS]-(o)
      WITH o, c.papers AS papers ORDER BY papers DESC, o.name LIMIT $limit
      RETURN {topic: ${topicMap('o')}, weight: papers}
    } AS items`,
  params: { ids, limit: neo4j.int(limit) },
});

export interface TopicNetworkPeopleRow {
  /** The topic and, with narrower topics, its descendants (three levels). */
  topicIds: string[];
  people: Array<{ id: string; name: string; papers: number }>;
}

/**
 * The people of a topic's network: those with the most papers on the topic (and, with
 * `includeNarrower`, on its narrower topics, three levels down), most first, then by name,
 * read from PUBLISHES_ON (`papers`, or `papersWithNarrower`, which rolls up the same three
 * levels) through its index (topPublishersOn). The topic ids (the topic and, with
 * `includeNarrower`, its descendants) are what topicNetworkEdges counts shared papers on. No row
 * when the topic does not exist.
 */
export const topicNetworkPeople = (topicId: string, includeNarrower: boolean, limit: number): Statement<Record<string, unknown>> => ({
  name: includeNarrower ? 'topicNetworkPeopleWithNarrower' : 'topicNetworkPeople',
  cypher: `
    MATCH (t:Topic {id: $topicId})
    CALL (t) {
      MATCH (t)<-[:BROADER*0..${includeNarrower ? ROLLUP_DEPTH : 0}]-(s:Topic)
      RETURN collect(DISTINCT s.id) AS topicIds
    }
    CALL () {${topPublishersOn('$topicId', includeNarrower ? 'papersWithNarrower' : 'papers')}
      RETURN collect({id: p.id, name: p.name, papers: papers}) AS people
    }
    RETURN topicIds, people`,
  params: { topicId, limit: neo4j.int(limit) },
});

/**
 * The co-authorships among `ids` on papers about any of `topicIds`, each once (from the
 * smaller id), weight = such papers shared, at least `minShared`. The count is per topic,
 * which COAUTHOR does not keep, so this walks papers: from the topics to their papers, then
 * to their authors among `ids` (cheaper than every paper of every person of the network).
 */
export const topicNetworkEdges = (ids: readonly string[], topicIds: readonly string[], minShared: number): Statement<Record<string, unknown>> => ({
  name: 'topicNetworkEdges',
  cypher: `
    UNWIND $topicIds AS topicId MATCH (:Topic {id: topicId})<-[:HAS_TOPIC]-(x)
    WITH DISTINCT x
    MATCH (x)<-[:AUTHORED]-(a) WHERE a.id IN $ids
    MATCH (x)<-[:AUTHORED]-(b) WHERE a.id < b.id AND b.id IN $ids
    WITH a, b, count(x) AS weight WHERE weight >= $minShared
    RETURN a.id AS source, b.id AS target, weight`,
  params: { ids, topicIds, minShared: neo4j.int(minShared) },
});
