/**
 * graph:check's reads: the collaboration projections (src/db/write/projections.cypher.ts)
 * recomputed from the authorship and topic edges for a batch of people or topics and compared
 * with what is stored.
 * Each returns one row per difference; none when the batch is clean.
 */
import type { Statement } from '../executor';
import { ROLLUP_DEPTH } from '../write/projections.cypher';

export interface CoauthorDifferenceRow {
  /** The pair, smaller id first. */
  a: string;
  b: string;
  /** What the authorship edges give (null: they share no paper). */
  expected: { papers: number; firstYear: number | null; lastYear: number | null } | null;
  /** Every COAUTHOR between the two, either way ([]: none). `endpointIdsMatch`: whether its fromId and toId are its ends' ids. */
  stored: Array<{ papers: number | null; firstYear: number | null; lastYear: number | null; reversed: boolean; endpointIdsMatch: boolean }>;
}

/**
 * The pairs whose COAUTHOR is missing, duplicated, reversed, wrong (or without its ends' ids),
 * or there without a shared paper (or a loop), for pairs whose smaller id is in `ids`.
 */
export const coauthorDifferences = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'checkCoauthors',
  cypher: `
    UNWIND $ids AS id MATCH (a:Person {id: id})
    CALL (a) {
      MATCH (a)-[:AUTHORED]->(x)<-[:AUTHORED]-(b)
      WHERE a.id < b.id
      WITH b, {papers: count(x), firstYear: min(x.year), lastYear: max(x.year)} AS expected
      RETURN b, expected
      UNION
      MATCH (a)-[:COAUTHOR]-(b)
      WHERE a = b OR (a.id < b.id AND NOT EXISTS { (a)-[:AUTHORED]->()<-[:AUTHORED]-(b) })
      RETURN DISTINCT b, null AS expected
    }
    WITH a, b, expected, COLLECT {
      MATCH (a)-[c:COAUTHOR]-(b)
      RETURN {papers: c.papers, firstYear: c.firstYear, lastYear: c.lastYear, reversed: startNode(c) <> a,
              endpointIdsMatch: coalesce(c.fromId = startNode(c).id AND c.toId = endNode(c).id, false)}
    } AS stored
    WHERE CASE
      WHEN expected IS NULL THEN size(stored) > 0
      ELSE size(stored) <> 1 OR stored[0].reversed OR NOT stored[0].endpointIdsMatch
        OR coalesce(stored[0].papers, -1) <> expected.papers
        OR coalesce(stored[0].firstYear, -1) <> coalesce(expected.firstYear, -1)
        OR coalesce(stored[0].lastYear, -1) <> coalesce(expected.lastYear, -1)
    END
    RETURN a.id AS a, b.id AS b, expected, stored
    ORDER BY a, b`,
  params: { ids },
});

export interface PublishesOnDifferenceRow {
  person: string;
  topic: string;
  /** What the authorship, topic and BROADER edges give (null: no paper on the topic or below it). */
  expected: { papers: number; papersWithNarrower: number } | null;
  /** `topicIdMatches`: whether the relationship's topicId is its topic's id. */
  stored: Array<{ papers: number | null; papersWithNarrower: number | null; topicIdMatches: boolean }>;
}

/** The person → topic pairs of `ids` whose PUBLISHES_ON is missing, duplicated, wrong (or without its topic's id), or there without a paper. */
export const publishesOnDifferences = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'checkPublishesOn',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    CALL (p) {
      MATCH (p)-[:AUTHORED]->(x)-[:HAS_TOPIC]->(s)
      MATCH path = (s)-[:BROADER*0..${ROLLUP_DEPTH}]->(t)
      WITH t, x, min(length(path)) AS distance
      WITH t, {papers: count(CASE WHEN distance = 0 THEN x END), papersWithNarrower: count(x)} AS expected
      RETURN t, expected
      UNION
      MATCH (p)-[:PUBLISHES_ON]->(t)
      WHERE NOT EXISTS { (p)-[:AUTHORED]->()-[:HAS_TOPIC]->()-[:BROADER*0..${ROLLUP_DEPTH}]->(t) }
      RETURN DISTINCT t, null AS expected
    }
    WITH p, t, expected, COLLECT {
      MATCH (p)-[r:PUBLISHES_ON]->(t)
      RETURN {papers: r.papers, papersWithNarrower: r.papersWithNarrower, topicIdMatches: coalesce(r.topicId = t.id, false)}
    } AS stored
    WHERE CASE
      WHEN expected IS NULL THEN size(stored) > 0
      ELSE size(stored) <> 1
        OR NOT stored[0].topicIdMatches
        OR coalesce(stored[0].papers, -1) <> expected.papers
        OR coalesce(stored[0].papersWithNarrower, -1) <> expected.papersWithNarrower
    END
    RETURN p.id AS person, t.id AS topic, expected, stored
    ORDER BY person, topic`,
  params: { ids },
});

export interface CoOccurrenceDifferenceRow {
  /** The pair of topics, smaller id first. */
  a: string;
  b: string;
  /** What the HAS_TOPIC edges give (null: no paper carries both). */
  expected: { papers: number } | null;
  /** Every CO_OCCURS between the two, either way ([]: none). */
  stored: Array<{ papers: number | null; reversed: boolean }>;
}

/**
 * The pairs of topics whose CO_OCCURS is missing, duplicated, reversed, wrong, or there without a
 * paper carrying both (or a loop), for pairs whose smaller id is in `ids`.
 */
export const coOccurrenceDifferences = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'checkCoOccurrence',
  cypher: `
    UNWIND $ids AS id MATCH (a:Topic {id: id})
    CALL (a) {
      MATCH (a)<-[:HAS_TOPIC]-(x)-[:HAS_TOPIC]->(b)
      WHERE a.id < b.id
      WITH b, {papers: count(DISTINCT x)} AS expected
      RETURN b, expected
      UNION
      MATCH (a)-[:CO_OCCURS]-(b)
      WHERE a = b OR (a.id < b.id AND NOT EXISTS { (a)<-[:HAS_TOPIC]-()-[:HAS_TOPIC]->(b) })
      RETURN DISTINCT b, null AS expected
    }
    WITH a, b, expected, COLLECT {
      MATCH (a)-[c:CO_OCCURS]-(b)
      RETURN {papers: c.papers, reversed: startNode(c) <> a}
    } AS stored
    WHERE CASE
      WHEN expected IS NULL THEN size(stored) > 0
      ELSE size(stored) <> 1 OR stored[0].reversed OR coalesce(stored[0].papers, -1) <> expected.papers
    END
    RETURN a.id AS a, b.id AS b, expected, stored
    ORDER BY a, b`,
  params: { ids },
});
