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

/**
 * Deletes the merged person (its names are the kept one's aliases by now), keeping its external
 * ids where the kept one has none, its id (and the ids it had retired) as retired ids of the kept
 * one, so that old links still find the person, and the merge as evidence.
 */
export const absorbPerson = (params: { keepId: string; mergeId: string; source: string }): Statement<typeof params> => ({
  name: 'absorbPerson',
  cypher: `MATCH (k:Person {id: $keepId}), (m:Person {id: $mergeId})
WITH k, m, m {.orcid, .dblpPid, .dblpName, .openalexId} AS ids, coalesce(m.retiredIdText, '') + '<' + m.id + '>' AS retired
DETACH DELETE m
SET k.orcid = coalesce(k.orcid, ids.orcid), k.dblpPid = coalesce(k.dblpPid, ids.dblpPid), k.dblpName = coalesce(k.dblpName, ids.dblpName),
    k.openalexId = coalesce(k.openalexId, ids.openalexId),
    k.retiredIdText = coalesce(k.retiredIdText, '') + retired,
    k.identityEvidence = coalesce(k.identityEvidence, []) + ($source + ': mergePeople folded ' + $mergeId + ' into ' + $keepId),
    k.updatedBy = $source, k.updatedAt = datetime()
WITH k
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
  cypher: 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.orcid AS orcid',
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

/**
 * Moves the authorships of `papers` from `fromId` to the person `toId`, keeping their properties,
 * and returns how many moved.
 */
export const moveAuthorships = (params: { fromId: string; toId: string; papers: string[]; source: string }): Statement<typeof params> => ({
  name: 'moveAuthorships',
  cypher: `MATCH (from:Person {id: $fromId}), (to:Person {id: $toId})
MATCH (from)-[r:AUTHORED]->(paper:Paper) WHERE paper.id IN $papers
CREATE (to)-[moved:AUTHORED]->(paper)
SET moved = properties(r), moved.updatedBy = $source
DELETE r
RETURN count(moved) AS count`,
  params,
});

/** Which of `papers` `personId` authored. */
export const authoredPapers = (params: { personId: string; papers: string[] }): Statement<typeof params> => ({
  name: 'authoredPapers',
  cypher: 'MATCH (:Person {id: $personId})-[:AUTHORED]->(paper:Paper) WHERE paper.id IN $papers RETURN paper.id AS id',
  params,
});

/** Records why a person was split off another. */
export const recordSplit = (params: { id: string; line: string }): Statement<typeof params> => ({
  name: 'recordSplit',
  cypher: 'MATCH (p:Person {id: $id}) SET p.identityEvidence = coalesce(p.identityEvidence, []) + $line RETURN p.id AS id',
  params,
});
