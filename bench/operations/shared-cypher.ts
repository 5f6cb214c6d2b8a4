/**
 * The hand-written Cypher of the traversals that are one statement for the raw floor and
 * the `@cypher` fields of @neo4j/graphql alike: the best a user would write by hand.
 * Parameters are named as the GraphQL arguments, since @neo4j/graphql passes field
 * arguments to `@cypher` as parameters of the same names.
 */

/**
 * The 2-hop collaboration network of `$personId` with at most `$limit` people, with the
 * semantics of collabgraph's `collaborationNetwork(depth: 2)`: breadth first over
 * co-authorships and hostings, strongest links first, then every edge among the people
 * (co-authorships once, from the smaller id; weights as floats). Returns `network`.
 */
export const NETWORK_CYPHER = `
MATCH (center:Person {id: $personId})
CALL (center) {
  CALL (center) {
    MATCH (center)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(o:Person) WHERE o <> center
    WITH o, count(*) AS weight RETURN o, weight
    UNION ALL
    MATCH (center)-[:HOSTED]-(o:Person) RETURN o, 1 AS weight
  }
  WITH o, max(weight) AS weight ORDER BY weight DESC, o.id LIMIT $limit - 1
  RETURN collect(o) AS level1
}
CALL (center, level1) {
  // Level 1 may already fill the limit: then do not expand it (no row, and collect() gives []).
  WITH level1 WHERE size(level1) < $limit - 1
  UNWIND level1 AS f
  CALL (f) {
    MATCH (f)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(o:Person) WHERE o <> f
    WITH o, count(*) AS weight RETURN o, weight
    UNION ALL
    MATCH (f)-[:HOSTED]-(o:Person) RETURN o, 1 AS weight
  }
  WITH o, max(weight) AS weight WHERE o <> center AND NOT o IN level1
  WITH o, weight ORDER BY weight DESC, o.id LIMIT $limit
  RETURN collect(o) AS level2
}
WITH [center] + level1 + level2[0..($limit - 1 - size(level1))] AS people
WITH people, [p IN people | p.id] AS ids
UNWIND people AS a
CALL (a, ids) {
  MATCH (a)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(b:Person) WHERE a.id < b.id AND b.id IN ids
  WITH b, count(x) AS weight
  RETURN collect({source: a.id, target: b.id, weight: toFloat(weight)}) AS coauthorEdges
}
CALL (a, ids) {
  MATCH (a)-[h:HOSTED]->(b:Person) WHERE b.id IN ids
  WITH b, count(h) AS weight
  RETURN collect({source: a.id, target: b.id, weight: toFloat(weight)}) AS hostingEdges
}
WITH collect({id: a.id, label: a.name, weight: toFloat(COUNT { (a)-[:AUTHORED]->(:Paper) })}) AS nodes,
     collect(coauthorEdges + hostingEdges) AS edgeLists
RETURN {nodes: nodes, edges: reduce(all = [], list IN edgeLists | all + list)} AS network`;

/**
 * A shortest co-authorship chain from `$fromId` to `$toId` of at most 6 steps (12
 * relationships: a co-authorship goes through the paper), with each step's shared papers,
 * newest first. No row when there is no such chain. Returns `path`.
 */
export const PATH_CYPHER = `
MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
MATCH route = shortestPath((a)-[:AUTHORED*..12]-(b))
WITH [n IN nodes(route) WHERE n:Person] AS people
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
