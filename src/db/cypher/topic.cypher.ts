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
 * People publishing on each topic, most papers on it first: read from PUBLISHES_ON, whose
 * `papers` counts a person's papers on the topic itself (0 when they only publish on a narrower
 * one; docs/graph-model.md). PUBLISHES_ON always links a Person to a Topic: the far end needs
 * no label check, which would cost a db hit per row.
 */
export const peopleByTopics = (ids: readonly string[], limit: number): Statement<Record<string, unknown>> => ({
  name: 'peopleByTopics',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    RETURN id, COLLECT {
      MATCH (t)<-[r:PUBLISHES_ON]-(p)
      WHERE r.papers > 0
      WITH p, r.papers AS papers ORDER BY papers DESC, p.name, p.id LIMIT $limit
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

export interface TopicNetworkPeopleRow {
  /** The topic and, with narrower topics, its descendants (three levels). */
  topicIds: string[];
  people: Array<{ id: string; name: string; papers: number }>;
}

/**
 * The people of a topic's network: those with the most papers on the topic (and, with
 * `includeNarrower`, on its narrower topics, three levels down), most first, then by name,
 * read from PUBLISHES_ON (`papers`, or `papersWithNarrower`, which rolls up the same three
 * levels). The topic ids (the topic and, with `includeNarrower`, its descendants) are what
 * topicNetworkEdges counts shared papers on. No row when the topic does not exist.
 */
export const topicNetworkPeople = (topicId: string, includeNarrower: boolean, limit: number): Statement<Record<string, unknown>> => ({
  name: includeNarrower ? 'topicNetworkPeopleWithNarrower' : 'topicNetworkPeople',
  cypher: `
    MATCH (t:Topic {id: $topicId})
    CALL (t) {
      MATCH (t)<-[:BROADER*0..${includeNarrower ? ROLLUP_DEPTH : 0}]-(s:Topic)
      RETURN collect(DISTINCT s.id) AS topicIds
    }
    CALL (t) {
      MATCH (t)<-[r:PUBLISHES_ON]-(p)
      WITH p, r.${includeNarrower ? 'papersWithNarrower' : 'papers'} AS papers
      WHERE papers > 0
      WITH p, papers ORDER BY papers DESC, p.name, p.id LIMIT $limit
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
