/**
 * The collaboration projections (docs/graph-model.md), kept by every write path and derived
 * from the authorship edges alone:
 *
 * - `(:Person)-[:COAUTHOR {fromId, toId, papers, firstYear, lastYear}]->(:Person)`: one per
 *   unordered pair that shares a paper, always from the smaller id to the larger; `papers` counts
 *   the shared papers, the years are the first and last of them (absent when none has a year).
 *   `fromId` and `toId` repeat the two ends' ids, so that the relationship indexes on
 *   (fromId, papers, toId) and (toId, papers, fromId) give a person's strongest co-authors in order.
 * - `(:Person)-[:PUBLISHES_ON {topicId, papers, papersWithNarrower}]->(:Topic)`: `papers` counts
 *   the person's papers on the topic itself (what a topic's `people` ranks by), `papersWithNarrower`
 *   those on it or on a narrower topic up to three BROADER levels down (what topicNetwork with
 *   includeNarrower ranks by). A relationship exists when papersWithNarrower > 0; papers may be 0.
 *   `topicId` repeats the topic's id, so that the relationship indexes on (topicId, papers) and
 *   (topicId, papersWithNarrower) give a topic's top people in order without reading all of them.
 * - `(:Topic)-[:CO_OCCURS {papers}]->(:Topic)`: one per unordered pair of topics that a paper
 *   carries together, from the smaller id to the larger; `papers` counts those papers (what a
 *   topic's `related` ranks by). Derived from HAS_TOPIC alone, so only writes that add or remove
 *   HAS_TOPIC edges change it, and only for the topics at their ends.
 *
 * The refresh statements recompute them for a list of people (or topics) from scratch,
 * idempotently, and write only what differs, so running them again (a re-run import) costs reads
 * and no writes.
 */
import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';

/** How many BROADER levels a topic's rolled-up count reaches down (topicNetworkPeople's depth). */
export const ROLLUP_DEPTH = 3;

/**
 * COAUTHOR of each person recomputed from AUTHORED: stale pairs deleted, new ones created, changed
 * ones updated. A pair whose two people are both in `ids` is written once (MERGE from the smaller id).
 *
 * The person's shared papers and its COAUTHOR relationships are read side by side and grouped by
 * the other person (one hash aggregation), so a pair that exists is found without a MERGE: a MERGE
 * checks the two people's relationships for each pair (Expand(Into)), which on prolific authors cost
 * dozens of db hits a pair. Only a pair not yet there is MERGEd (locking both people, so two
 * refreshes in flight never create it twice).
 */
export const refreshCoauthors = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'refreshCoauthors',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    CALL (p) {
      CALL (p) {
        MATCH (p)-[:AUTHORED]->(x)<-[:AUTHORED]-(o)
        WHERE o <> p
        RETURN o, x, null AS c
        UNION ALL
        MATCH (p)-[c:COAUTHOR]-(o)
        RETURN o, null AS x, c
      }
      WITH o, count(x) AS papers, min(x.year) AS firstYear, max(x.year) AS lastYear, collect(c) AS existing
      RETURN o, papers, firstYear, lastYear, existing
    }
    WITH p, o, papers, firstYear, lastYear, existing,
         [c IN existing WHERE papers > 0 AND NOT (coalesce(c.papers, -1) = papers AND coalesce(c.firstYear, -1) = coalesce(firstYear, -1) AND coalesce(c.lastYear, -1) = coalesce(lastYear, -1))] AS changed
    FOREACH (c IN CASE WHEN papers = 0 THEN existing ELSE [] END | DELETE c)
    FOREACH (c IN changed | SET c.papers = papers, c.firstYear = firstYear, c.lastYear = lastYear)
    WITH p, o, papers, firstYear, lastYear, existing, changed
    CALL (p, o, papers, firstYear, lastYear, existing) {
      WITH * WHERE papers > 0 AND size(existing) = 0
      WITH CASE WHEN p.id < o.id THEN p ELSE o END AS lo, CASE WHEN p.id < o.id THEN o ELSE p END AS hi, papers, firstYear, lastYear
      MERGE (lo)-[c:COAUTHOR]->(hi)
      SET c.fromId = lo.id, c.toId = hi.id, c.papers = papers, c.firstYear = firstYear, c.lastYear = lastYear
      RETURN count(*) AS created
    }
    RETURN sum(CASE WHEN papers = 0 THEN size(existing) ELSE 0 END) AS removed, sum(size(changed)) + sum(created) AS written`,
  params: { ids },
});

/**
 * PUBLISHES_ON of each person recomputed from AUTHORED, HAS_TOPIC and BROADER (up to ROLLUP_DEPTH
 * levels). As in refreshCoauthors, the counts and the stored relationships are read side by side
 * and grouped by topic, so an existing one is updated where it is found. A missing one is CREATEd,
 * not MERGEd: a MERGE locks both ends, and every refresh in flight would queue on the same popular
 * topics until it commits. Only a person's own refresh writes its PUBLISHES_ON, so the person is
 * locked first (a property set and removed: no change is stored) and two refreshes of one person
 * run one after the other, the second reading what the first wrote.
 */
export const refreshPublishesOn = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'refreshPublishesOn',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    SET p.refreshLock = true REMOVE p.refreshLock
    WITH p
    CALL (p) {
      CALL (p) {
        MATCH (p)-[:AUTHORED]->(x)-[:HAS_TOPIC]->(s)
        MATCH path = (s)-[:BROADER*0..${ROLLUP_DEPTH}]->(t)
        WITH t, x, min(length(path)) AS distance
        RETURN t, count(x) AS papersWithNarrower, count(CASE WHEN distance = 0 THEN x END) AS papers, null AS r
        UNION ALL
        MATCH (p)-[r:PUBLISHES_ON]->(t)
        RETURN t, 0 AS papersWithNarrower, 0 AS papers, r
      }
      WITH t, sum(papersWithNarrower) AS papersWithNarrower, sum(papers) AS papers, collect(r) AS existing
      RETURN t, papersWithNarrower, papers, existing
    }
    WITH p, t, papersWithNarrower, papers, existing,
         [r IN existing WHERE papersWithNarrower > 0 AND NOT (coalesce(r.papers, -1) = papers AND coalesce(r.papersWithNarrower, -1) = papersWithNarrower AND coalesce(r.topicId, '') = t.id)] AS changed
    FOREACH (r IN CASE WHEN papersWithNarrower = 0 THEN existing ELSE [] END | DELETE r)
    FOREACH (r IN changed | SET r.papers = papers, r.papersWithNarrower = papersWithNarrower, r.topicId = t.id)
    FOREACH (new IN CASE WHEN papersWithNarrower > 0 AND size(existing) = 0 THEN [t] ELSE [] END |
      CREATE (p)-[:PUBLISHES_ON {topicId: new.id, papers: papers, papersWithNarrower: papersWithNarrower}]->(new))
    RETURN sum(CASE WHEN papersWithNarrower = 0 THEN size(existing) ELSE 0 END) AS removed,
           sum(size(changed)) + count(CASE WHEN papersWithNarrower > 0 AND size(existing) = 0 THEN t END) AS written`,
  params: { ids },
});

/**
 * CO_OCCURS of each topic recomputed from HAS_TOPIC, the same way as refreshCoauthors: the topic's
 * papers' other topics and its CO_OCCURS read side by side and grouped by the other topic; stale
 * pairs deleted, changed ones updated, missing ones MERGEd from the smaller id.
 */
export const refreshCoOccurrence = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'refreshCoOccurrence',
  cypher: `
    UNWIND $ids AS id MATCH (t:Topic {id: id})
    CALL (t) {
      CALL (t) {
        MATCH (t)<-[:HAS_TOPIC]-(x)-[:HAS_TOPIC]->(o)
        WHERE o <> t
        RETURN o, x, null AS c
        UNION ALL
        MATCH (t)-[c:CO_OCCURS]-(o)
        RETURN o, null AS x, c
      }
      WITH o, count(DISTINCT x) AS papers, collect(c) AS existing
      RETURN o, papers, existing
    }
    WITH t, o, papers, existing, [c IN existing WHERE papers > 0 AND coalesce(c.papers, -1) <> papers] AS changed
    FOREACH (c IN CASE WHEN papers = 0 THEN existing ELSE [] END | DELETE c)
    FOREACH (c IN changed | SET c.papers = papers)
    WITH t, o, papers, existing, changed
    CALL (t, o, papers, existing) {
      WITH * WHERE papers > 0 AND size(existing) = 0
      WITH CASE WHEN t.id < o.id THEN t ELSE o END AS lo, CASE WHEN t.id < o.id THEN o ELSE t END AS hi, papers
      MERGE (lo)-[c:CO_OCCURS]->(hi)
      SET c.papers = papers
      RETURN count(*) AS created
    }
    RETURN sum(CASE WHEN papers = 0 THEN size(existing) ELSE 0 END) AS removed, sum(size(changed)) + sum(created) AS written`,
  params: { ids },
});

/** The topics (in the graph, now) of the papers `ids`: whose CO_OCCURS a deletion of those papers changes. */
export const topicsOfPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'topicsOfPapers',
  cypher: 'UNWIND $ids AS id MATCH (:Paper {id: id})-[:HAS_TOPIC]->(t) RETURN DISTINCT t.id AS id',
  params: { ids },
});

/** The authors (in the graph, now) of the papers `ids`: whose projections a write of those papers may change. */
export const authorsOfPapers = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'authorsOfPapers',
  cypher: 'UNWIND $ids AS id MATCH (:Paper {id: id})<-[:AUTHORED]-(p) RETURN DISTINCT p.id AS id',
  params: { ids },
});

/**
 * Marks the narrower end of each BROADER link of `rows` that is not in the graph yet: the
 * rolled-up counts of the people on it (and below it) change when the link is written. The mark
 * outlives a killed import, so the import run again still refreshes those people.
 */
export const markNewBroader = (rows: ReadonlyArray<{ from: string; to: string }>): Statement<{ rows: ReadonlyArray<{ from: string; to: string }> }> => ({
  name: 'markNewBroader',
  cypher: `
    UNWIND $rows AS row
    MATCH (a:Topic {id: row.from}), (b:Topic {id: row.to})
    WHERE NOT EXISTS { (a)-[:BROADER]->(b) }
    SET a.rollupPending = true
    RETURN count(*) AS marked`,
  params: { rows },
});

/** Of the topics `ids`, those marked by markNewBroader. */
export const pendingTopics = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'pendingTopics',
  cypher: 'UNWIND $ids AS id MATCH (t:Topic {id: id}) WHERE t.rollupPending RETURN t.id AS id',
  params: { ids },
});

/** The people with a paper on one of the topics `ids` or below them (ROLLUP_DEPTH levels). */
export const peopleBelowTopics = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'peopleBelowTopics',
  cypher: `
    UNWIND $ids AS id MATCH (a:Topic {id: id})
    MATCH (a)<-[:BROADER*0..${ROLLUP_DEPTH}]-(s)
    WITH DISTINCT s
    MATCH (s)<-[:HAS_TOPIC]-(x)<-[:AUTHORED]-(p)
    RETURN DISTINCT p.id AS id`,
  params: { ids },
});

/** Clears markNewBroader's mark once the people it concerns are refreshed. */
export const clearPendingTopics = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'clearPendingTopics',
  cypher: 'UNWIND $ids AS id MATCH (t:Topic {id: id}) REMOVE t.rollupPending RETURN count(*) AS cleared',
  params: { ids },
});

/** A page of person ids in id order after `after` (the start-up build and graph:check --repair walk every person). */
export const personIdsAfter = (after: string, limit: number): Statement<Record<string, unknown>> => ({
  name: 'personIdsAfter',
  cypher: 'MATCH (p:Person) WHERE p.id > $after RETURN p.id AS id ORDER BY id LIMIT $limit',
  params: { after, limit: neo4j.int(limit) },
});

/**
 * Gives up to `limit` PUBLISHES_ON written before they carried `topicId` their topic's id (the
 * start-up migration repeats it until none is left); returns how many.
 */
export const backfillPublishesOnTopicIds = (limit: number): Statement<Record<string, unknown>> => ({
  name: 'backfillPublishesOnTopicIds',
  cypher: `
    MATCH ()-[r:PUBLISHES_ON]->(t)
    WHERE r.topicId IS NULL
    WITH r, t LIMIT $limit
    SET r.topicId = t.id
    RETURN count(*) AS filled`,
  params: { limit: neo4j.int(limit) },
});

/**
 * Gives the COAUTHOR of `ids` (those from them: each pair once) their ends' ids `fromId` and
 * `toId` where they are missing (written before COAUTHOR carried them) or wrong; returns how many
 * it set. The ids are set when a COAUTHOR is created and never change (a person's id is fixed),
 * so the refreshes leave them alone; the start-up migration and graph:check --repair run this.
 */
export const fillCoauthorEndpointIds = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'fillCoauthorEndpointIds',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})-[c:COAUTHOR]->(o)
    WITH id, c, o.id AS toId
    WHERE NOT coalesce(c.fromId = id AND c.toId = toId, false)
    SET c.fromId = id, c.toId = toId
    RETURN count(*) AS filled`,
  params: { ids },
});

/** A page of topic ids in id order after `after` (the start-up build and graph:check walk every topic). */
export const topicIdsAfter = (after: string, limit: number): Statement<Record<string, unknown>> => ({
  name: 'topicIdsAfter',
  cypher: 'MATCH (t:Topic) WHERE t.id > $after RETURN t.id AS id ORDER BY id LIMIT $limit',
  params: { after, limit: neo4j.int(limit) },
});

/**
 * Which projections were never built on this graph (one written before they existed): the
 * people's when there are co-authors without any COAUTHOR, or papers on topics without any
 * PUBLISHES_ON; the topics' when a paper carries two topics and no CO_OCCURS exists.
 */
export const projectionsMissing = (): Statement<Record<string, never>> => ({
  name: 'projectionsMissing',
  cypher: `
    RETURN (NOT EXISTS { ()-[:COAUTHOR]->() } AND EXISTS { MATCH (a:Person)-[:AUTHORED]->()<-[:AUTHORED]-(b) WHERE a <> b })
        OR (NOT EXISTS { ()-[:PUBLISHES_ON]->() } AND EXISTS { (:Person)-[:AUTHORED]->()-[:HAS_TOPIC]->() }) AS people,
           NOT EXISTS { ()-[:CO_OCCURS]->() } AND EXISTS { MATCH (a:Topic)<-[:HAS_TOPIC]-()-[:HAS_TOPIC]->(b) WHERE a <> b } AS topics`,
  params: {},
});
