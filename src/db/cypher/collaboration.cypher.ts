import neo4j from 'neo4j-driver';
import type { Statement } from '../executor';
import { hostingMap, PAPER_ORDER, paperMap, personMap } from './projections';
import type { Hosting } from '../../model/hosting.type';
import type { Paper } from '../../model/paper.type';
import type { Person } from '../../model/person.type';

export interface CoauthorRow {
  person: Person;
  sharedPaperCount: number;
  /** Shared papers, newest first; only when the evidence was asked for (else null). */
  papers: Paper[] | null;
}

/**
 * The co-authors of each person with at least `minShared` shared papers, one page each:
 * most shared papers first, then name. Read from the COAUTHOR projection (one relationship
 * per pair, its `papers` the shared count; docs/graph-model.md) through its relationship indexes
 * on (fromId, papers, toId) and (toId, papers, fromId): the pairs where the person is the smaller
 * id and those where they are the larger, each side in index order (most shared first) and cut after
 * `skip + limit` rows and the ties of the last (PartialTop), then merged and cut again. A prolific
 * person's page so reads a few dozen of their thousands of COAUTHOR, and no paper; only with
 * `evidence` (the client asked for `papers`, `firstYear` or `lastYear`) are the page's shared
 * papers read: the person's papers once, then each co-author's papers matched against that list
 * (no Expand(Into) back to a prolific person, which costs a db hit per relationship of theirs).
 * AUTHORED always links a Person to a Paper (docs/graph-model.md), so the far ends need no label
 * check (each costs a db hit per row).
 */
export const coauthorsByPeople = (ids: readonly string[], minShared: number, skip: number, limit: number, evidence: boolean): Statement<Record<string, unknown>> => ({
  name: evidence ? 'coauthorsWithPapersByPeople' : 'coauthorsByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})${evidence ? '\n    WITH id, p, COLLECT { MATCH (p)-[:AUTHORED]->(x) RETURN x } AS mine' : ''}
    RETURN id, COLLECT {
      CALL (id) {
        MATCH ()-[c:COAUTHOR]->(o) USING INDEX SEEK c:COAUTHOR(fromId, papers, toId) WHERE c.fromId = id AND c.papers >= $minShared AND c.toId IS NOT NULL
        WITH o, c ORDER BY c.fromId DESC, c.papers DESC, o.name, o.id LIMIT $top
        RETURN o, c.papers AS shared
        UNION ALL
        MATCH (o)-[c:COAUTHOR]->() USING INDEX SEEK c:COAUTHOR(toId, papers, fromId) WHERE c.toId = id AND c.papers >= $minShared AND c.fromId IS NOT NULL
        WITH o, c ORDER BY c.toId DESC, c.papers DESC, o.name, o.id LIMIT $top
        RETURN o, c.papers AS shared
      }
      WITH o, shared ORDER BY shared DESC, o.name, o.id SKIP $skip LIMIT $limit
      RETURN {person: ${personMap('o')}, sharedPaperCount: shared, papers: ${
        evidence ? `COLLECT { MATCH (o)-[:AUTHORED]->(x) WHERE x IN mine WITH x ORDER BY ${PAPER_ORDER('x')} RETURN ${paperMap('x')} }` : 'null'
      }}
    } AS items`,
  params: { ids, minShared: neo4j.int(minShared), skip: neo4j.int(skip), limit: neo4j.int(limit), top: neo4j.int(skip + limit) },
});

/**
 * How many co-authors each person has with at least `minShared` shared papers. Every COAUTHOR
 * has `papers` >= 1 (a pair without a shared paper has none), so at `minShared` <= 1 the count is
 * the person's COAUTHOR degree, which Neo4j reads without walking the relationships.
 */
export const countCoauthorsByPeople = (ids: readonly string[], minShared: number): Statement<Record<string, unknown>> => ({
  name: 'countCoauthorsByPeople',
  cypher: `
    UNWIND $ids AS id MATCH (p:Person {id: id})
    RETURN id, ${minShared <= 1 ? 'COUNT { (p)-[:COAUTHOR]-() }' : 'COUNT { MATCH (p)-[c:COAUTHOR]-() WHERE c.papers >= $minShared }'} AS total`,
  params: { ids, minShared: neo4j.int(minShared) },
});

/**
 * A network's person with their edges within the network, each co-authorship once (from its
 * smaller id), as parallel lists (target ids and weights) rather than one map per edge: a map
 * costs the driver its keys too, and decoding a prolific network's thousands of edge maps took
 * twice the CPU of the lists (18.6 against 9.3 ms a request at 1M papers).
 */
export interface NetworkNodeRow {
  id: string;
  name: string;
  paperCount: number;
  /** Co-authorships from this person (the smaller id) to `coauthorTargets[i]`, `coauthorWeights[i]` shared papers. */
  coauthorTargets: string[];
  coauthorWeights: number[];
  /** Hostings by this person of `hostedTargets[i]`, `hostedWeights[i]` of them. */
  hostedTargets: string[];
  hostedWeights: number[];
}

/**
 * Subquery body: the COAUTHOR of the person bound to `person` with at least `minPapers` shared
 * papers, strongest first, from the indexes on (fromId, papers, toId) and (toId, papers, fromId):
 * the pairs where the person is the smaller id, then the larger, each side cut at `cap` rows. Ties:
 * - `byPersonId`: by the far person's id, which the index does not hold, so each side also reads
 *   the ties of its last row; rows (o, weight). Enough for the strongest `cap` of both sides, ties
 *   by id, however many the person has.
 * - `inIndexOrder`: by the far end's id as the index holds it, the larger first, so each side is
 *   `cap` index entries and nothing past them; rows (o, weight, otherId), to be merged in the same
 *   order (weight DESC, otherId DESC).
 */
const strongestCoauthorships = (person: string, minPapers: string, cap: string, ties: 'byPersonId' | 'inIndexOrder') => {
  const side = (match: string, self: 'fromId' | 'toId', other: 'fromId' | 'toId') => `
        ${match} USING INDEX SEEK c:COAUTHOR(${self}, papers, ${other}) WHERE c.${self} = ${person}.id AND c.papers >= ${minPapers} AND c.${other} IS NOT NULL
        WITH o, c ORDER BY c.${self} DESC, c.papers DESC, ${ties === 'inIndexOrder' ? `c.${other} DESC` : 'o.id'} LIMIT ${cap}
        RETURN o, c.papers AS weight${ties === 'inIndexOrder' ? `, c.${other} AS otherId` : ''}`;
  return `${side('MATCH ()-[c:COAUTHOR]->(o)', 'fromId', 'toId')}
        UNION ALL${side('MATCH (o)-[c:COAUTHOR]->()', 'toId', 'fromId')}`;
};

/**
 * One breadth-first step, inside network's statement: the people linked to `frontier` (co-authors
 * with enough shared papers, read from COAUTHOR, or a hosting either way) not in `seen`, strongest
 * first, then by id; at most $limit of them (the caller keeps as many as there is room for), and
 * none without room (a full network does not expand its last level). Always one row (collect of
 * nothing is []). COAUTHOR and HOSTED link a Person to a Person (docs/graph-model.md), so the far
 * ends need no label check (a db hit per row each).
 *
 * A frontier person's co-authors come from the COAUTHOR indexes (strongestCoauthorships, ties by
 * person id), each side in index order and cut at $candidates = 2 × $limit (and the ties of the
 * last): enough, since a person in the step's top $limit has fewer than $limit + size(seen)
 * < 2 × $limit people ahead of them on the side that gives their strongest link (each of those
 * is as strong or stronger, so ahead of them in the step's order too). A prolific frontier person
 * so costs a few hundred index entries, not all their COAUTHOR.
 */
const NETWORK_STEP = `
      WITH seen, frontier WHERE size(seen) < $limit
      UNWIND frontier AS p
      CALL (p) {${strongestCoauthorships('p', '$minShared', '$candidates', 'byPersonId')}
        UNION ALL
        MATCH (p)-[:HOSTED]-(o)
        RETURN o, 1 AS weight
      }
      WITH seen, o, max(weight) AS weight WHERE NOT o IN seen
      WITH o, weight ORDER BY weight DESC, o.id LIMIT $limit
      RETURN collect(o) AS next`;

/**
 * The network around a person in one statement: `depth` breadth-first steps (NETWORK_STEP, the
 * text repeated once per level, so depths 1 to 3 are three statements with plans of their own),
 * at most `limit` people; then the nodes, in the order they were reached, with every edge among
 * them. Each co-authorship is found once, from its smaller id, by the COAUTHOR index on
 * (fromId, toId): one look-up per pair of the network's people, where walking each person's
 * COAUTHOR would read all of a prolific person's thousands. No row when the person does not exist.
 */
export const network = (centerId: string, depth: number, minShared: number, limit: number): Statement<Record<string, unknown>> => ({
  name: `collaborationNetwork${depth}`,
  cypher: `
    MATCH (center:Person {id: $centerId})
    WITH [center] AS seen, [center] AS frontier
    ${Array.from(
      { length: depth },
      () => `CALL (seen, frontier) {${NETWORK_STEP}
    }
    WITH seen, next[0..($limit - size(seen))] AS frontier
    WITH seen + frontier AS seen, frontier`,
    ).join('\n    ')}
    WITH seen, [n IN seen | n.id] AS ids
    UNWIND range(0, size(seen) - 1) AS position
    WITH seen[position] AS a, ids[position] AS aId, position, seen, ids
    CALL (aId, ids) {
      MATCH ()-[c:COAUTHOR]->() USING INDEX SEEK c:COAUTHOR(fromId, toId) WHERE c.fromId = aId AND c.toId IN [id IN ids WHERE id > aId] AND c.papers >= $minShared
      RETURN collect(c.toId) AS coauthorTargets, collect(c.papers) AS coauthorWeights
    }
    CALL (a, seen) {
      MATCH (a)-[h:HOSTED]->(b)
      WHERE b IN seen
      WITH b, count(h) AS weight
      RETURN collect(b.id) AS hostedTargets, collect(weight) AS hostedWeights
    }
    RETURN aId AS id, a.name AS name, COUNT { (a)-[:AUTHORED]->() } AS paperCount, coauthorTargets, coauthorWeights, hostedTargets, hostedWeights
    ORDER BY position`,
  params: { centerId, minShared: neo4j.int(minShared), limit: neo4j.int(limit), candidates: neo4j.int(2 * limit) },
});

export interface PathRow {
  fromFound: boolean;
  toFound: boolean;
  /** The people of the path in order, or null without a path. */
  people: Person[] | null;
  /** One per consecutive pair of `people`, in order; null without a path or when it is longer than `maxLength` steps. */
  steps: PathStepRow[] | null;
}

export interface PathStepRow {
  /** COAUTHOR when the path goes through a shared paper, HOSTED when through a hosting. */
  relation: 'COAUTHOR' | 'HOSTED';
  /** Papers the two share, newest first ([] unless asked for). */
  papers: Paper[];
  /** The latest hosting between the two, either way (null unless asked for, or none). */
  hosting: Hosting | null;
}

/** What evidence of each step the statement reads. */
export interface PathEvidence {
  papers: boolean;
  hosting: boolean;
}

/** What a path walks: the COAUTHOR projection (a co-authorship) and HOSTED (a hosting), one hop per step. */
export type PathRelationshipType = 'COAUTHOR' | 'HOSTED';

/**
 * The shortest path between two people over the given relationship types, with the evidence
 * of every step, in one statement. Every step is one relationship, so `maxLength` bounds the
 * expansion exactly; it is an integer validated here (Cypher cannot take it as a parameter),
 * and the types come from code constants. A step is a hosting when the two have a hosting and
 * hostings are allowed (also when they co-authored too: the hosting is the stronger tie), else
 * a co-authorship.
 */
export const shortestPath = (
  fromId: string,
  toId: string,
  types: ReadonlyArray<PathRelationshipType>,
  maxLength: number,
  evidence: PathEvidence,
): Statement<Record<string, unknown>> => {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 20) throw new RangeError(`maxLength out of range: ${maxLength}`);
  const hostingAllowed = types.includes('HOSTED');
  const papers = evidence.papers ? `COLLECT { MATCH (x)-[:AUTHORED]->(paper)<-[:AUTHORED]-(y) WITH paper ORDER BY ${PAPER_ORDER('paper')} RETURN ${paperMap('paper')} }` : '[]';
  const hosting = evidence.hosting
    ? `head(COLLECT {
          MATCH (x)-[h:HOSTED]-(y)
          WITH startNode(h) AS host, h, endNode(h) AS intern ORDER BY coalesce(h.start, '') DESC LIMIT 1
          RETURN ${hostingMap('host', 'h', 'intern')}
        })`
    : 'null';
  return {
    name: 'shortestPath',
    cypher: `
      OPTIONAL MATCH (a:Person {id: $fromId})
      OPTIONAL MATCH (b:Person {id: $toId})
      CALL (a, b) {
        OPTIONAL MATCH path = shortestPath((a)-[:${types.join('|')}*..${maxLength}]-(b))
        RETURN path
      }
      WITH a, b, path, CASE WHEN path IS NULL THEN [] ELSE nodes(path) END AS people, CASE WHEN path IS NULL THEN [] ELSE relationships(path) END AS rels
      CALL (people, rels) {
        UNWIND range(0, size(rels) - 1) AS k
        WITH k, people[k] AS x, people[k + 1] AS y, rels[k] AS r
        WITH k, x, y, type(r) = 'HOSTED'${hostingAllowed ? ' OR EXISTS { (x)-[:HOSTED]-(y) }' : ''} AS hosted
        ORDER BY k
        RETURN collect({
          relation: CASE WHEN hosted THEN 'HOSTED' ELSE 'COAUTHOR' END,
          papers: ${papers},
          hosting: ${hosting}
        }) AS steps
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
        CASE WHEN path IS NULL THEN null ELSE [n IN people | ${personMap('n')}] END AS people,
        CASE WHEN path IS NULL THEN null ELSE steps END AS steps`,
    params: { fromId, toId },
  };
};

export interface SuggestionRow {
  person: Person;
  score: number;
  sharedCoauthors: string[];
  sharedTopics: string[];
}

/** How far suggestedCollaborators looks: see `suggestions`. */
export const SUGGESTION_REACH = {
  /** The person's strongest co-authors it asks. */
  coauthors: 100,
  /** The strongest co-authors of each of them it counts. */
  linksPerCoauthor: 50,
  /** The person's topics it asks (those they have most papers on). */
  topics: 20,
  /** The people with most papers on each of those topics it counts. */
  peoplePerTopic: 50,
} as const;

/**
 * People the person has not co-authored with, scored 1 per shared co-author and 0.5 per shared
 * topic, with those co-authors' and topics' names (sorted) as the reasons. The evidence is read
 * from the strongest links only (SUGGESTION_REACH), so that a prolific person costs a bounded
 * number of index entries: a shared co-author counts when they are among the person's 100
 * strongest co-authors and the candidate among their 50 strongest; a shared topic when it is
 * among the person's 20 topics with most papers and the candidate among its 50 people with most
 * papers (strongest by shared papers, ties by id, the larger first: the order of the COAUTHOR
 * indexes, read without a tie past the cut; a topic's people by papers on it, ties by id). On a
 * person whose neighbourhood is within those bounds this is every shared co-author and topic.
 * Scoring every candidate in full (the statement before this one) walked each candidate's
 * COAUTHOR: 213k db hits and 150 ms for the most prolific person of the 1M graph (BENCHMARKS.md).
 *
 * Read from the projections: COAUTHOR through its (fromId, papers, toId) and (toId, papers,
 * fromId) indexes, PUBLISHES_ON with papers > 0 (a paper on the topic itself) through its
 * (topicId, papers) index.
 * The person's co-authors are collected once to leave them out (a membership test, no db hit).
 */
export const suggestions = (id: string, limit: number): Statement<Record<string, unknown>> => ({
  name: 'suggestedCollaborators',
  cypher: `
    MATCH (p:Person {id: $id})
    WITH p, COLLECT { MATCH (p)-[:COAUTHOR]-(c) RETURN c } AS mine
    CALL (p) {
      CALL (p) {${strongestCoauthorships('p', '1', '$coauthors', 'inIndexOrder')}
      }
      WITH o AS v, weight, otherId ORDER BY weight DESC, otherId DESC LIMIT $coauthors
      WITH v, v.name AS viaCoauthor
      CALL (v) {
        CALL (v) {${strongestCoauthorships('v', '1', '$linksPerCoauthor', 'inIndexOrder')}
        }
        WITH o, weight, otherId ORDER BY weight DESC, otherId DESC LIMIT $linksPerCoauthor
        RETURN o AS s
      }
      RETURN s, viaCoauthor, null AS viaTopic
      UNION ALL
      MATCH (p)-[r:PUBLISHES_ON]->(t) WHERE r.papers > 0
      WITH t, r.papers AS papers ORDER BY papers DESC, t.id LIMIT $topics
      WITH t, t.name AS viaTopic
      CALL (t) {
        MATCH (s)-[q:PUBLISHES_ON]->() WHERE q.topicId = t.id AND q.papers > 0
        WITH s, q ORDER BY q.topicId DESC, q.papers DESC, s.id LIMIT $peoplePerTopic
        RETURN s
      }
      RETURN s, null AS viaCoauthor, viaTopic
    }
    WITH p, mine, s, viaCoauthor, viaTopic WHERE s <> p AND NOT s IN mine
    WITH s, collect(viaCoauthor) AS viaCoauthors, collect(viaTopic) AS viaTopics
    WITH s, viaCoauthors, viaTopics, size(viaCoauthors) + 0.5 * size(viaTopics) AS score
    ORDER BY score DESC, s.name, s.id LIMIT $limit
    RETURN ${personMap('s')} AS person, score,
      COLLECT { UNWIND viaCoauthors AS name WITH name ORDER BY name RETURN name } AS sharedCoauthors,
      COLLECT { UNWIND viaTopics AS name WITH name ORDER BY name RETURN name } AS sharedTopics
    ORDER BY score DESC, s.name, s.id`,
  params: {
    id,
    limit: neo4j.int(limit),
    coauthors: neo4j.int(SUGGESTION_REACH.coauthors),
    linksPerCoauthor: neo4j.int(SUGGESTION_REACH.linksPerCoauthor),
    topics: neo4j.int(SUGGESTION_REACH.topics),
    peoplePerTopic: neo4j.int(SUGGESTION_REACH.peoplePerTopic),
  },
});
