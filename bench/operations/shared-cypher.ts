/**
 * The hand-written Cypher of the operations, for the raw floor and the `@cypher` fields of
 * @neo4j/graphql alike: the best a user would write by hand on the same graph model as
 * collabgraph's, projections included (docs/graph-model.md: COAUTHOR, one per pair with its
 * shared-paper count, from the smaller id; PUBLISHES_ON, a person's papers on a topic).
 * Parameters are named as the GraphQL arguments, since @neo4j/graphql passes field arguments
 * to `@cypher` as parameters of the same names.
 */

/**
 * A person's `$first` co-authors, most shared papers first, then name and id. `p` is the person.
 * Read through the relationship indexes on COAUTHOR (fromId, papers, toId) and (toId, papers,
 * fromId): the pairs where the person is the smaller id, then those where they are the larger,
 * each in index order and cut at `$first`, then merged. (`c.papers > 0` and `IS NOT NULL` are
 * always true; without a predicate on each property the planner cannot use a composite index and
 * scans every COAUTHOR.)
 */
export const coauthorsOf = (p: string) => `
CALL (${p}) {
  MATCH ()-[c:COAUTHOR]->(o:Person) USING INDEX SEEK c:COAUTHOR(fromId, papers, toId) WHERE c.fromId = ${p}.id AND c.papers > 0 AND c.toId IS NOT NULL
  WITH o, c ORDER BY c.fromId DESC, c.papers DESC, o.name, o.id LIMIT $first
  RETURN o, c.papers AS shared
  UNION ALL
  MATCH (o:Person)-[c:COAUTHOR]->() USING INDEX SEEK c:COAUTHOR(toId, papers, fromId) WHERE c.toId = ${p}.id AND c.papers > 0 AND c.fromId IS NOT NULL
  WITH o, c ORDER BY c.toId DESC, c.papers DESC, o.name, o.id LIMIT $first
  RETURN o, c.papers AS shared
}
WITH o, shared ORDER BY shared DESC, o.name, o.id LIMIT $first`;

/**
 * The `$first` people with the most papers on topic `t` itself, then by name and id. Read through
 * the relationship index on PUBLISHES_ON (topicId, papers), in its order.
 */
export const topicPeopleOf = (t: string) => `
MATCH (p:Person)-[r:PUBLISHES_ON]->() WHERE r.topicId = ${t}.id AND r.papers > 0
WITH p, r ORDER BY r.topicId DESC, r.papers DESC, p.name, p.id LIMIT $first
WITH p, r.papers AS papers`;

/**
 * `p`'s COAUTHOR (rows `o, weight`) strongest first: the pairs where `p` is the smaller id, then the
 * larger, through the indexes on (fromId, papers, toId) and (toId, papers, fromId), each side cut
 * at `cap`. The body of a `CALL (p) { }`. Ties `byPersonId`: by the far person's id (each side also
 * reads the ties of its last row); `inIndexOrder`: by the far end's id as the index holds it, the
 * larger first, `cap` index entries a side, rows `o, weight, otherId` (merge by weight DESC,
 * otherId DESC).
 */
const strongestCoauthorsOf = (p: string, cap: string, ties: 'byPersonId' | 'inIndexOrder') => {
  const side = (match: string, self: 'fromId' | 'toId', other: 'fromId' | 'toId') => `
    ${match} USING INDEX SEEK c:COAUTHOR(${self}, papers, ${other}) WHERE c.${self} = ${p}.id AND c.papers > 0 AND c.${other} IS NOT NULL
    WITH o, c ORDER BY c.${self} DESC, c.papers DESC, ${ties === 'inIndexOrder' ? `c.${other} DESC` : 'o.id'} LIMIT ${cap}
    RETURN o, c.papers AS weight${ties === 'inIndexOrder' ? `, c.${other} AS otherId` : ''}`;
  return `${side('MATCH ()-[c:COAUTHOR]->(o:Person)', 'fromId', 'toId')}
    UNION ALL${side('MATCH (o:Person)-[c:COAUTHOR]->()', 'toId', 'fromId')}`;
};

/**
 * The strongest co-authorship links of person `p` (rows `o, weight`), each side of the COAUTHOR
 * indexes cut at 2 × `$limit` (strongestCoauthorsOf; enough: see collabgraph's NETWORK_STEP), with
 * their hostings (weight 1). The body of a `CALL (p) { }`.
 */
const strongestLinksOf = (p: string) => `${strongestCoauthorsOf(p, '2 * $limit', 'byPersonId')}
    UNION ALL
    MATCH (${p})-[:HOSTED]-(o:Person) RETURN o, 1 AS weight`;

/**
 * The 2-hop collaboration network of `$personId` with at most `$limit` people, with the
 * semantics of collabgraph's `collaborationNetwork(depth: 2)`: breadth first over
 * co-authorships and hostings, strongest links first, then every edge among the people
 * (co-authorships once, from the smaller id; weights as floats). Returns `network`.
 * A person's strongest links come from strongestLinksOf, the edges among the people from the
 * COAUTHOR index on (fromId, toId), one look-up per pair.
 */
export const NETWORK_CYPHER = `
MATCH (center:Person {id: $personId})
CALL (center) {
  CALL (center) {${strongestLinksOf('center')}
  }
  WITH o, max(weight) AS weight ORDER BY weight DESC, o.id LIMIT $limit - 1
  RETURN collect(o) AS level1
}
CALL (center, level1) {
  // Level 1 may already fill the limit: then do not expand it (no row, and collect() gives []).
  WITH level1 WHERE size(level1) < $limit - 1
  UNWIND level1 AS f
  CALL (f) {${strongestLinksOf('f')}
  }
  WITH o, max(weight) AS weight WHERE o <> center AND NOT o IN level1
  WITH o, weight ORDER BY weight DESC, o.id LIMIT $limit
  RETURN collect(o) AS level2
}
WITH [center] + level1 + level2[0..($limit - 1 - size(level1))] AS people
WITH people, [p IN people | p.id] AS ids
UNWIND people AS a
CALL (a, ids) {
  MATCH ()-[c:COAUTHOR]->() USING INDEX SEEK c:COAUTHOR(fromId, toId) WHERE c.fromId = a.id AND c.toId IN ids
  RETURN collect({source: c.fromId, target: c.toId, weight: toFloat(c.papers)}) AS coauthorEdges
}
CALL (a, people) {
  MATCH (a)-[h:HOSTED]->(b:Person) WHERE b IN people
  WITH b, count(h) AS weight
  RETURN collect({source: a.id, target: b.id, weight: toFloat(weight)}) AS hostingEdges
}
WITH collect({id: a.id, label: a.name, weight: toFloat(COUNT { (a)-[:AUTHORED]->(:Paper) })}) AS nodes,
     collect(coauthorEdges + hostingEdges) AS edgeLists
RETURN {nodes: nodes, edges: reduce(all = [], list IN edgeLists | all + list)} AS network`;

/**
 * A shortest co-authorship chain from `$fromId` to `$toId` of at most 6 steps along COAUTHOR,
 * with each step's shared papers, newest first. No row when there is no such chain. Returns `path`.
 */
export const PATH_CYPHER = `
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MATCH route = shortestPath((a)-[:COAUTHOR*..6]-(b))
WITH nodes(route) AS people
UNWIND range(0, size(people) - 2) AS i
WITH people, i, people[i] AS x, people[i + 1] AS y
CALL (x, y) {
  MATCH (x)-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(y)
  WITH paper ORDER BY coalesce(paper.year, 0) DESC, paper.title
  RETURN collect({id: paper.id, title: paper.title}) AS papers
}
WITH people, i, x, y, papers ORDER BY i
WITH people, collect({from: x.id, to: y.id, papers: papers}) AS steps
RETURN {length: size(steps), people: [p IN people | {id: p.id, name: p.name}], steps: steps} AS path`;

/**
 * People `$personId` has not co-authored with, scored 1 per shared co-author and 0.5 per shared
 * topic with collabgraph's `suggestedCollaborators` reach: a co-author counts when among the
 * person's 100 strongest and the candidate among their 50 strongest (ties by id, the larger
 * first); a topic when among the person's 20 with most papers and the candidate among its 50
 * people with most papers. Returns `suggestion` rows: {id, name, score}.
 */
export const SUGGESTIONS_CYPHER = `
MATCH (p:Person {id: $personId})
WITH p, COLLECT { MATCH (p)-[:COAUTHOR]-(c) RETURN c } AS mine
CALL (p) {
  CALL (p) {${strongestCoauthorsOf('p', '100', 'inIndexOrder')}
  }
  WITH o AS v, weight, otherId ORDER BY weight DESC, otherId DESC LIMIT 100
  CALL (v) {
    CALL (v) {${strongestCoauthorsOf('v', '50', 'inIndexOrder')}
    }
    WITH o, weight, otherId ORDER BY weight DESC, otherId DESC LIMIT 50
    RETURN o AS s
  }
  RETURN s, 1.0 AS evidence
  UNION ALL
  MATCH (p)-[r:PUBLISHES_ON]->(t:Topic) WHERE r.papers > 0
  WITH t, r.papers AS papers ORDER BY papers DESC, t.id LIMIT 20
  CALL (t) {
    MATCH (s:Person)-[q:PUBLISHES_ON]->() WHERE q.topicId = t.id AND q.papers > 0
    WITH s, q ORDER BY q.topicId DESC, q.papers DESC, s.id LIMIT 50
    RETURN s
  }
  RETURN s, 0.5 AS evidence
}
WITH p, mine, s, evidence WHERE s <> p AND NOT s IN mine
WITH s, sum(evidence) AS score
WITH s, score ORDER BY score DESC, s.name, s.id LIMIT $first
RETURN {id: s.id, name: s.name, score: score} AS suggestion`;
