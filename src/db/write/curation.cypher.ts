/**
 * The statements of the mutations that are not upserts of a document: moving a person's
 * relationships into another (mergePeople), deleting, and the reads a mutation makes inside its
 * transaction. Every name and alias is written by upsertPeople (write.cypher.ts) alone.
 */
import type { Statement } from '../executor';
import { paperMap, personMap } from '../cypher/projections';

/** The outgoing and incoming relationship types a person can have, moved one by one by mergePeople. */
export const PERSON_RELATIONSHIPS = [
  { type: 'AUTHORED', direction: 'out', keyed: false },
  { type: 'HELD_POSITION', direction: 'out', keyed: true },
  { type: 'STUDIED_AT', direction: 'out', keyed: true },
  { type: 'INTERESTED_IN', direction: 'out', keyed: false },
  { type: 'GAVE', direction: 'out', keyed: false },
  { type: 'HOSTED', direction: 'out', keyed: true },
  { type: 'HOSTED', direction: 'in', keyed: true },
] as const;

/** Moves one relationship type from `mergeId` to `keepId` (skipping would-be self-loops), returning how many moved. */
export const moveRelationships = (shape: (typeof PERSON_RELATIONSHIPS)[number], params: { keepId: string; mergeId: string }): Statement<typeof params> => {
  const key = shape.keyed ? ' {key: r.key}' : '';
  const match = shape.direction === 'out' ? `(m)-[r:${shape.type}]->(x)` : `(x)-[r:${shape.type}]->(m)`;
  const merge = shape.direction === 'out' ? `(k)-[moved:${shape.type}${key}]->(x)` : `(x)-[moved:${shape.type}${key}]->(k)`;
  return {
    name: `move${shape.type}${shape.direction}`,
    cypher: `MATCH (k:Person {id: $keepId}), (m:Person {id: $mergeId})
MATCH ${match}
WHERE x <> k
MERGE ${merge}
ON CREATE SET moved = properties(r)
DELETE r
RETURN count(*) AS count`,
    params,
  };
};

/** Deletes the merged person (its names are the kept one's aliases by now), keeping its ORCID iD if the kept one has none. */
export const absorbPerson = (params: { keepId: string; mergeId: string; source: string }): Statement<typeof params> => ({
  name: 'absorbPerson',
  cypher: `MATCH (k:Person {id: $keepId}), (m:Person {id: $mergeId})
SET k.orcid = coalesce(k.orcid, m.orcid), k.updatedBy = $source, k.updatedAt = datetime()
DETACH DELETE m
RETURN ${personMap('k')} AS person`,
  params,
});

/** The next free position in a paper's author list; no row when the paper does not exist. */
export const nextAuthorPosition = (params: { paperId: string }): Statement<typeof params> => ({
  name: 'nextAuthorPosition',
  cypher: `MATCH (p:Paper {id: $paperId})
OPTIONAL MATCH (:Person)-[existing:AUTHORED]->(p)
WITH p, max(existing.position) AS last
RETURN coalesce(last, 0) + 1 AS next`,
  params,
});

export const deletePaper = (params: { id: string }): Statement<typeof params> => ({
  name: 'deletePaper',
  cypher: `MATCH (p:Paper {id: $id})
OPTIONAL MATCH (p)-[r]-()
WITH p, count(r) AS relationships
DETACH DELETE p
RETURN relationships`,
  params,
});

export const peopleExist = (params: { ids: string[] }): Statement<typeof params> => ({
  name: 'peopleExist',
  cypher: 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases',
  params,
});

/** A person as the API shows them, read inside the mutation's transaction. */
export const readPerson = (params: { id: string }): Statement<typeof params> => ({
  name: 'readPerson',
  cypher: `MATCH (p:Person {id: $id}) RETURN ${personMap('p')} AS person`,
  params,
});

/** A paper as the API shows it, read inside the mutation's transaction. */
export const readPaper = (params: { id: string }): Statement<typeof params> => ({
  name: 'readPaper',
  cypher: `MATCH (p:Paper {id: $id}) RETURN ${paperMap('p')} AS paper`,
  params,
});
