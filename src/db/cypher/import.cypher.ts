/**
 * The import's writes: idempotent UNWIND upserts that report, per row, whether they created,
 * updated or left a node or relationship unchanged. Labels and types come from the constants
 * below, never from input; every value is a parameter.
 */
import type { NodeLabel } from './schema.cypher';
import type { Statement } from '../executor';

export type Outcome = 'created' | 'updated' | 'unchanged';
export interface OutcomeRow {
  outcome: Outcome;
  count: number;
}

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export interface PersonRow {
  id: string;
  name: string;
  nameKey: string;
  /** Every spelling in this import (display name first), and their folded keys, index for index. */
  names: string[];
  keys: string[];
  orcid: string | null;
}

export interface RelationshipRow {
  from: string;
  to: string;
  /** Distinguishes parallel relationships of one type between the same pair (see docs/graph-model.md). */
  key?: string;
  props: Record<string, unknown>;
}

export type RelationshipType = 'AUTHORED' | 'PUBLISHED_IN' | 'HELD_POSITION' | 'HOSTED' | 'STUDIED_AT' | 'HAS_TOPIC' | 'INTERESTED_IN' | 'BROADER' | 'CITES' | 'GAVE' | 'AT';

export interface RelationshipShape {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  keyed: boolean;
}

const CHANGED = (existing: string, props: string) =>
  `CASE WHEN ${existing} IS NULL THEN 'created' WHEN all(key IN keys(${props}) WHERE ${existing}[key] = ${props}[key]) THEN 'unchanged' ELSE 'updated' END`;

/** Creates or updates nodes of `label` by id; properties are merged, never removed. */
export const upsertNodes = (label: Exclude<NodeLabel, 'Person'>, rows: NodeRow[], source: string): Statement<{ rows: NodeRow[]; source: string }> => ({
  name: `upsert${label}`,
  cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:${label} {id: row.id})
WITH row, ${CHANGED('existing', 'row.props')} AS outcome
MERGE (n:${label} {id: row.id})
ON CREATE SET n.createdBy = $source, n.createdAt = datetime()
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' THEN [1] ELSE [] END | SET n += row.props)
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET n.updatedBy = $source, n.updatedAt = datetime())
RETURN outcome, count(*) AS count`,
  params: { rows, source },
});

/**
 * Creates or updates people by id. The first spelling seen stays the display name; every
 * other spelling is kept as an alias (with its folded key, for lookups by name).
 */
export const upsertPeople = (rows: PersonRow[], source: string): Statement<{ rows: PersonRow[]; source: string }> => ({
  name: 'upsertPerson',
  cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Person {id: row.id})
WITH row, CASE
  WHEN existing IS NULL THEN 'created'
  WHEN all(name IN row.names WHERE name = existing.name OR name IN coalesce(existing.aliases, []))
       AND (row.orcid IS NULL OR existing.orcid = row.orcid) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (n:Person {id: row.id})
ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.createdBy = $source, n.createdAt = datetime()
WITH n, row, outcome,
     [i IN range(0, size(row.names) - 1) WHERE row.names[i] <> n.name AND NOT row.names[i] IN coalesce(n.aliases, [])] AS fresh
WITH n, row, outcome, fresh,
     coalesce(n.aliases, []) + [i IN fresh | row.names[i]] AS aliases,
     coalesce(n.aliasKeys, []) + [i IN fresh | row.keys[i]] AS aliasKeys
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET n.aliases = aliases, n.aliasKeys = aliasKeys,
      n.aliasText = reduce(text = '', alias IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + alias))
FOREACH (_ IN CASE WHEN row.orcid IS NOT NULL THEN [1] ELSE [] END | SET n.orcid = row.orcid)
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET n.updatedBy = $source, n.updatedAt = datetime())
RETURN outcome, count(*) AS count`,
  params: { rows, source },
});

/** Creates or updates relationships between existing nodes; a row whose ends are missing returns no outcome. */
export const upsertRelationships = (shape: RelationshipShape, rows: RelationshipRow[], source: string): Statement<{ rows: RelationshipRow[]; source: string }> => {
  const key = shape.keyed ? ' {key: row.key}' : '';
  return {
    name: `upsert${shape.type}`,
    cypher: `UNWIND $rows AS row
MATCH (a:${shape.from} {id: row.from})
MATCH (b:${shape.to} {id: row.to})
OPTIONAL MATCH (a)-[existing:${shape.type}${key}]->(b)
WITH a, b, row, ${CHANGED('existing', 'row.props')} AS outcome
MERGE (a)-[r:${shape.type}${key}]->(b)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' THEN [1] ELSE [] END | SET r += row.props, r.updatedBy = $source)
RETURN outcome, count(*) AS count`,
    params: { rows, source },
  };
};

/** Which of `ids` exist as nodes of `label`. */
export const existingIds = (label: NodeLabel, ids: string[]): Statement<{ ids: string[] }> => ({
  name: `existing${label}Ids`,
  cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`,
  params: { ids },
});

/** How many nodes carry any of our labels: zero means the graph is empty and may be seeded. */
export const countPeople = (): Statement<Record<string, never>> => ({
  name: 'countPeople',
  cypher: 'MATCH (n:Person) RETURN count(n) AS count',
  params: {},
});
