/**
 * The collaboration projections (docs/graph-model.md), kept by every write path and derived
 * from the authorship edges alone:
 *
 * - `(:Person)-[:COAUTHOR {papers, firstYear, lastYear}]->(:Person)`: one per unordered pair
 *   that shares a paper, always from the smaller id to the larger; `papers` counts the shared
 *   papers, the years are the first and last of them (absent when none has a year).
 * - `(:Person)-[:PUBLISHES_ON {papers, papersWithNarrower}]->(:Topic)`: `papers` counts the
 *   person's papers on the topic itself (what a topic's `people` ranks by), `papersWithNarrower`
 *   those on it or on a narrower topic up to three BROADER levels down (what topicNetwork with
 *   includeNarrower ranks by). A relationship exists when papersWithNarrower > 0; papers may be 0.
 *
 * The refresh statements recompute both for a list of people from scratch, idempotently, and
 * write only what differs, so running them again (a re-run import) costs reads and no writes.
 */
import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';

/** How many BROADER levels a topic's rolled-up count reaches down (topicNetworkPeople's depth). */
export const ROLLUP_DEPTH = 3;

/**
 * COAUTHOR of each person recomputed from AUTHORED: stale pairs deleted, new ones created, changed
 * ones updated. A pair whose two people are both in `ids` is written once (MERGE from the smaller id).
 */
export const refreshCoauthors = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'refreshCoauthors',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    CALL (p) {
      OPTIONAL MATCH (p)-[:AUTHORED]->(x)<-[:AUTHORED]-(o)
      WHERE o <> p
      WITH o, count(x) AS papers, min(x.year) AS firstYear, max(x.year) AS lastYear
      RETURN collect(CASE WHEN o IS NULL THEN null ELSE {o: o, papers: papers, firstYear: firstYear, lastYear: lastYear} END) AS rows
    }
    CALL (p, rows) {
      MATCH (p)-[c:COAUTHOR]-(o)
      WHERE NOT o IN [row IN rows | row.o]
      DELETE c
      RETURN count(*) AS removed
    }
    CALL (p, rows) {
      UNWIND rows AS row
      WITH row, CASE WHEN p.id < row.o.id THEN p ELSE row.o END AS lo, CASE WHEN p.id < row.o.id THEN row.o ELSE p END AS hi
      MERGE (lo)-[c:COAUTHOR]->(hi)
      WITH c, row
      WHERE NOT (coalesce(c.papers, -1) = row.papers AND coalesce(c.firstYear, -1) = coalesce(row.firstYear, -1) AND coalesce(c.lastYear, -1) = coalesce(row.lastYear, -1))
      SET c.papers = row.papers, c.firstYear = row.firstYear, c.lastYear = row.lastYear
      RETURN count(*) AS written
    }
    RETURN sum(removed) AS removed, sum(written) AS written`,
  params: { ids },
});

/** PUBLISHES_ON of each person recomputed from AUTHORED, HAS_TOPIC and BROADER (up to ROLLUP_DEPTH levels). */
export const refreshPublishesOn = (ids: readonly string[]): Statement<{ ids: readonly string[] }> => ({
  name: 'refreshPublishesOn',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    CALL (p) {
      OPTIONAL MATCH (p)-[:AUTHORED]->(x)-[:HAS_TOPIC]->(s)
      OPTIONAL MATCH path = (s)-[:BROADER*0..${ROLLUP_DEPTH}]->(t)
      WITH t, x, min(length(path)) AS distance
      WITH t, count(x) AS papersWithNarrower, count(CASE WHEN distance = 0 THEN x END) AS papers
      RETURN collect(CASE WHEN t IS NULL THEN null ELSE {t: t, papers: papers, papersWithNarrower: papersWithNarrower} END) AS rows
    }
    CALL (p, rows) {
      MATCH (p)-[r:PUBLISHES_ON]->(t)
      WHERE NOT t IN [row IN rows | row.t]
      DELETE r
      RETURN count(*) AS removed
    }
    CALL (p, rows) {
      UNWIND rows AS row
      WITH row, row.t AS t
      MERGE (p)-[r:PUBLISHES_ON]->(t)
      WITH r, row
      WHERE NOT (coalesce(r.papers, -1) = row.papers AND coalesce(r.papersWithNarrower, -1) = row.papersWithNarrower)
      SET r.papers = row.papers, r.papersWithNarrower = row.papersWithNarrower
      RETURN count(*) AS written
    }
    RETURN sum(removed) AS removed, sum(written) AS written`,
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
 * Whether the projections were never built on this graph: co-authors without any COAUTHOR, or
 * papers on topics without any PUBLISHES_ON (a graph written before the projections existed).
 */
export const projectionsMissing = (): Statement<Record<string, never>> => ({
  name: 'projectionsMissing',
  cypher: `
    RETURN (NOT EXISTS { ()-[:COAUTHOR]->() } AND EXISTS { MATCH (a:Person)-[:AUTHORED]->()<-[:AUTHORED]-(b) WHERE a <> b })
        OR (NOT EXISTS { ()-[:PUBLISHES_ON]->() } AND EXISTS { (:Person)-[:AUTHORED]->()-[:HAS_TOPIC]->() }) AS missing`,
  params: {},
});
