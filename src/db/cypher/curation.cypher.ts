/**
 * Writes behind the mutations. CREATE (not MERGE) where a duplicate must fail: the id
 * uniqueness constraints turn a concurrent duplicate into a CONFLICT, exactly once.
 */
import type { Statement } from '../executor';
import { personMap, paperMap, PersonRow, PaperRow } from './projections';

export const createPerson = (params: {
  id: string;
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
  orcid: string | null;
  source: string;
}): Statement<typeof params> => ({
  name: 'createPerson',
  cypher: `CREATE (p:Person {id: $id, name: $name, nameKey: $nameKey, aliases: $aliases, aliasKeys: $aliasKeys,
  aliasText: reduce(text = '', alias IN $aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + alias),
  createdBy: $source, createdAt: datetime()})
SET p.orcid = $orcid
RETURN ${personMap('p')} AS person`,
  params,
});

export const updatePerson = (params: {
  id: string;
  name: string | null;
  nameKey: string | null;
  addAliases: string[];
  addAliasKeys: string[];
  orcid: string | null;
  source: string;
}): Statement<typeof params> => ({
  name: 'updatePerson',
  cypher: `MATCH (p:Person {id: $id})
WITH p, [i IN range(0, size($addAliases) - 1) WHERE NOT $addAliases[i] IN coalesce(p.aliases, []) AND $addAliases[i] <> coalesce($name, p.name) | i] AS fresh
WITH p, fresh, coalesce(p.aliases, []) + [i IN fresh | $addAliases[i]] AS aliases
SET p.name = coalesce($name, p.name), p.nameKey = coalesce($nameKey, p.nameKey), p.orcid = coalesce($orcid, p.orcid),
    p.aliases = aliases, p.aliasKeys = coalesce(p.aliasKeys, []) + [i IN fresh | $addAliasKeys[i]],
    p.aliasText = reduce(text = '', alias IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + alias),
    p.updatedBy = $source, p.updatedAt = datetime()
RETURN ${personMap('p')} AS person`,
  params,
});

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

/** Adds the merged person's names as aliases of the kept one, then deletes it (and any self-loop left). */
export const absorbPerson = (params: { keepId: string; mergeId: string; names: string[]; keys: string[]; source: string }): Statement<typeof params> => ({
  name: 'absorbPerson',
  cypher: `MATCH (k:Person {id: $keepId}), (m:Person {id: $mergeId})
WITH k, m, [i IN range(0, size($names) - 1) WHERE $names[i] <> k.name AND NOT $names[i] IN coalesce(k.aliases, []) | i] AS fresh
WITH k, m, fresh, coalesce(k.aliases, []) + [i IN fresh | $names[i]] AS aliases
SET k.aliases = aliases, k.aliasKeys = coalesce(k.aliasKeys, []) + [i IN fresh | $keys[i]],
    k.aliasText = reduce(text = '', alias IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + alias),
    k.orcid = coalesce(k.orcid, m.orcid), k.updatedBy = $source, k.updatedAt = datetime()
DETACH DELETE m
RETURN ${personMap('k')} AS person, [i IN fresh | $names[i]] AS aliasesAdded`,
  params,
});

export const createPaper = (params: {
  id: string;
  title: string;
  abstract: string | null;
  year: number | null;
  doi: string | null;
  venue: { id: string; name: string } | null;
  authors: Array<{ personId: string; position: number; equalContribution: boolean }>;
  source: string;
}): Statement<typeof params> => ({
  name: 'createPaper',
  cypher: `CREATE (p:Paper {id: $id, title: $title, createdBy: $source, createdAt: datetime()})
SET p.abstract = $abstract, p.year = $year, p.doi = $doi
WITH p
CALL (p) {
  UNWIND $authors AS author
  MATCH (a:Person {id: author.personId})
  CREATE (a)-[:AUTHORED {position: author.position, equalContribution: author.equalContribution, rawName: a.name}]->(p)
  RETURN count(*) AS authors
}
CALL (p) {
  UNWIND CASE WHEN $venue IS NULL THEN [] ELSE [$venue] END AS venue
  MERGE (v:Venue {id: venue.id}) ON CREATE SET v.name = venue.name, v.createdBy = $source, v.createdAt = datetime()
  CREATE (p)-[:PUBLISHED_IN {year: $year}]->(v)
  RETURN count(*) AS venues
}
RETURN ${paperMap('p')} AS paper, authors`,
  params,
});

export const addAuthorship = (params: { paperId: string; personId: string; position: number | null; equalContribution: boolean; source: string }): Statement<typeof params> => ({
  name: 'addAuthorship',
  cypher: `MATCH (p:Paper {id: $paperId}), (a:Person {id: $personId})
OPTIONAL MATCH (:Person)-[existing:AUTHORED]->(p)
WITH p, a, coalesce(max(existing.position), 0) + 1 AS next
MERGE (a)-[r:AUTHORED]->(p)
ON CREATE SET r.position = coalesce($position, next), r.equalContribution = $equalContribution, r.rawName = a.name, r.updatedBy = $source
RETURN ${paperMap('p')} AS paper`,
  params,
});

export const addHosting = (params: {
  hostId: string;
  internId: string;
  institution: { id: string; name: string } | null;
  key: string;
  role: string;
  start: string | null;
  end: string | null;
  source: string;
}): Statement<typeof params> => ({
  name: 'addHosting',
  cypher: `MATCH (h:Person {id: $hostId}), (i:Person {id: $internId})
CALL (h) {
  UNWIND CASE WHEN $institution IS NULL THEN [] ELSE [$institution] END AS institution
  MERGE (place:Institution {id: institution.id}) ON CREATE SET place.name = institution.name, place.createdBy = $source, place.createdAt = datetime()
  RETURN count(*) AS places
}
MERGE (h)-[r:HOSTED {key: $key}]->(i)
SET r.role = $role, r.institution = $institution.id, r.start = $start, r.end = $end, r.updatedBy = $source
RETURN ${personMap('h')} AS host, ${personMap('i')} AS intern`,
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

export type { PersonRow, PaperRow };
