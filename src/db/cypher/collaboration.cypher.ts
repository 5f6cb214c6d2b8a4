import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { HostingRow, hostingMap, PersonRow, personMap } from './projections';

export interface CoauthorRow {
  person: PersonRow;
  sharedPaperCount: number;
  /** Shared papers, newest first. */
  paperIds: string[];
  firstYear: number | null;
  lastYear: number | null;
}

/** The co-authors of each person with at least `minShared` shared papers, one page each: most shared papers first, then name. */
export const coauthorsByPeople = (ids: readonly string[], minShared: number, skip: number, limit: number): Statement<Record<string, unknown>> => ({
  name: 'coauthorsByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COLLECT {
      MATCH (p)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(o:Person)
      WHERE o <> p
      WITH o, x ORDER BY coalesce(x.year, 0) DESC, x.title
      WITH o, collect(x.id) AS paperIds, count(x) AS shared, min(x.year) AS firstYear, max(x.year) AS lastYear
      WHERE shared >= $minShared
      WITH o, paperIds, shared, firstYear, lastYear ORDER BY shared DESC, o.name, o.id SKIP $skip LIMIT $limit
      RETURN {person: ${personMap('o')}, sharedPaperCount: shared, paperIds: paperIds, firstYear: firstYear, lastYear: lastYear}
    } AS items`,
  params: { ids, minShared: neo4j.int(minShared), skip: neo4j.int(skip), limit: neo4j.int(limit) },
});

export const countCoauthorsByPeople = (ids: readonly string[], minShared: number): Statement<Record<string, unknown>> => ({
  name: 'countCoauthorsByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, COUNT {
      MATCH (p)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(o:Person)
      WHERE o <> p
      WITH o, count(x) AS shared WHERE shared >= $minShared
      RETURN o
    } AS total`,
  params: { ids, minShared: neo4j.int(minShared) },
});

/**
 * One breadth-first step of the network: the people linked to the frontier (co-authors
 * with enough shared papers, or a hosting either way) not seen yet, strongest first, at
 * most `limit` of them.
 */
export const networkStep = (frontier: readonly string[], seen: readonly string[], minShared: number, limit: number): Statement<Record<string, unknown>> => ({
  name: 'networkStep',
  cypher: `
    UNWIND $frontier AS id MATCH (p:Person {id: id})
    CALL (p) {
      MATCH (p)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(o:Person)
      WHERE o <> p
      WITH o, count(x) AS weight WHERE weight >= $minShared
      RETURN o, weight
      UNION ALL
      MATCH (p)-[:HOSTED]-(o:Person)
      RETURN o, 1 AS weight
    }
    WITH o, max(weight) AS weight WHERE NOT o.id IN $seen
    WITH o, weight ORDER BY weight DESC, o.id LIMIT $limit
    RETURN o.id AS id`,
  params: { frontier, seen, minShared: neo4j.int(minShared), limit: neo4j.int(limit) },
});

export interface NetworkNodeRow {
  id: string;
  name: string;
  paperCount: number;
  edges: Array<{ target: string; kind: 'COAUTHOR' | 'HOSTED'; weight: number }>;
}

/** The nodes of a network with the edges among them (each co-authorship once, from the smaller id). */
export const networkNodes = (ids: readonly string[], minShared: number): Statement<Record<string, unknown>> => ({
  name: 'networkNodes',
  cypher: `
    UNWIND $ids AS id MATCH (a:Person {id: id})
    CALL (a) {
      MATCH (a)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(b:Person)
      WHERE a.id < b.id AND b.id IN $ids
      WITH b, count(x) AS weight WHERE weight >= $minShared
      RETURN collect({target: b.id, kind: 'COAUTHOR', weight: weight}) AS coauthorEdges
    }
    CALL (a) {
      MATCH (a)-[h:HOSTED]->(b:Person)
      WHERE b.id IN $ids
      WITH b, count(h) AS weight
      RETURN collect({target: b.id, kind: 'HOSTED', weight: weight}) AS hostingEdges
    }
    RETURN a.id AS id, a.name AS name, COUNT { (a)-[:AUTHORED]->(:Paper) } AS paperCount, coauthorEdges + hostingEdges AS edges`,
  params: { ids, minShared: neo4j.int(minShared) },
});

export interface PathRow {
  fromFound: boolean;
  toFound: boolean;
  /** The path's nodes in order (people, and the papers between co-authors), or null without a path. */
  hops: Array<{ id: string; person: PersonRow | null }> | null;
}

/**
 * The shortest path between two people over the given relationship types. `maxHops` bounds
 * the expansion; it is an integer validated by the caller (Cypher cannot take it as a
 * parameter), and the types come from code constants.
 */
export const shortestPath = (fromId: string, toId: string, types: ReadonlyArray<'AUTHORED' | 'HOSTED'>, maxHops: number): Statement<Record<string, unknown>> => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 40) throw new RangeError(`maxHops out of range: ${maxHops}`);
  return {
    name: 'shortestPath',
    cypher: `
      OPTIONAL MATCH (a:Person {id: $fromId})
      OPTIONAL MATCH (b:Person {id: $toId})
      CALL (a, b) {
        OPTIONAL MATCH path = shortestPath((a)-[:${types.join('|')}*..${maxHops}]-(b))
        RETURN path
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
        CASE WHEN path IS NULL THEN null ELSE [n IN nodes(path) | {id: n.id, person: CASE WHEN n:Person THEN ${personMap('n')} ELSE null END}] END AS hops`,
    params: { fromId, toId },
  };
};

export interface StepEvidenceRow {
  from: string;
  to: string;
  paperIds: string[];
  hostings: HostingRow[];
}

/** For each consecutive pair of a path: their shared papers (newest first) and hostings between them. */
export const stepEvidence = (pairs: ReadonlyArray<{ from: string; to: string }>): Statement<Record<string, unknown>> => ({
  name: 'stepEvidence',
  cypher: `
    UNWIND $pairs AS pair
    MATCH (x:Person {id: pair.from}), (y:Person {id: pair.to})
    RETURN pair.from AS from, pair.to AS to,
      COLLECT { MATCH (x)-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(y) WITH paper ORDER BY coalesce(paper.year, 0) DESC, paper.title RETURN paper.id } AS paperIds,
      COLLECT {
        MATCH (x)-[h:HOSTED]-(y)
        WITH startNode(h) AS host, h, endNode(h) AS intern ORDER BY coalesce(h.start, '') DESC
        RETURN ${hostingMap('host', 'h', 'intern')}
      } AS hostings`,
  params: { pairs },
});

export interface SuggestionRow {
  person: PersonRow;
  score: number;
  sharedCoauthors: string[];
  sharedTopics: string[];
}

/**
 * People the person has not co-authored with, reached through a co-author or a shared
 * topic, scored 1 per shared co-author and 0.5 per shared topic. Candidates are capped
 * before scoring so a prolific person cannot make the query explode.
 */
export const suggestions = (id: string, limit: number): Statement<Record<string, unknown>> => ({
  name: 'suggestedCollaborators',
  cypher: `
    MATCH (p:Person {id: $id})
    CALL (p) {
      MATCH (p)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(:Person)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(s:Person) RETURN s
      UNION
      MATCH (p)-[:AUTHORED]->(:Paper)-[:HAS_TOPIC]->(:Topic)<-[:HAS_TOPIC]-(:Paper)<-[:AUTHORED]-(s:Person) RETURN s
    }
    WITH p, s WHERE s <> p AND NOT EXISTS { (p)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(s) }
    WITH p, s LIMIT 1000
    WITH p, s,
      COLLECT {
        MATCH (p)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(c:Person)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(s)
        WHERE c <> p AND c <> s
        WITH DISTINCT c ORDER BY c.name RETURN c.name
      } AS sharedCoauthors,
      COLLECT {
        MATCH (p)-[:AUTHORED]->(:Paper)-[:HAS_TOPIC]->(t:Topic)<-[:HAS_TOPIC]-(:Paper)<-[:AUTHORED]-(s)
        WITH DISTINCT t ORDER BY t.name RETURN t.name
      } AS sharedTopics
    WITH s, sharedCoauthors, sharedTopics, size(sharedCoauthors) + 0.5 * size(sharedTopics) AS score
    WHERE score > 0
    ORDER BY score DESC, s.name, s.id LIMIT $limit
    RETURN ${personMap('s')} AS person, score, sharedCoauthors, sharedTopics`,
  params: { id, limit: neo4j.int(limit) },
});
