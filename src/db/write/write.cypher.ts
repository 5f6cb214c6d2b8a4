/**
 * The import's writes: idempotent UNWIND upserts that report, per row, whether they created,
 * updated or left a node or relationship unchanged. Labels and types come from the constants
 * below, never from input; every value is a parameter.
 */
import type { NodeLabel } from '../cypher/schema.cypher';
import type { Statement } from '../executor';
import { BLOCKING_KEYS_VERSION } from '../../graph/identity/blocking-keys';

export type Outcome = 'created' | 'updated' | 'unchanged';
export interface OutcomeRow {
  outcome: Outcome;
  count: number;
}

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export interface PersonWriteRow {
  id: string;
  name: string;
  nameKey: string;
  /** Every spelling in this write (display name first), and their folded keys, index for index. */
  names: string[];
  keys: string[];
  orcid: string | null;
  /** DBLP pid, DBLP numbered name, OpenAlex id: only those the source gives. */
  external: { dblpPid?: string; dblpName?: string; openalexId?: string };
  /** Blocking keys of every name ("<keim|d>"), kept in blockText for the identity step's look-ups. */
  blockKeys: string[];
  /** Why the identity step joined mentions into this person (one line per merge). */
  evidence: string[];
  /** Make `name` the display name even when the person exists (updatePerson). */
  rename: boolean;
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

/**
 * How an upsert treats what exists: `upsert` creates or merges; `create` writes only what is
 * new (the writer answers CONFLICT for the rest, and rolls the transaction back); `keep` creates
 * what is missing and leaves what exists as it is; `update` changes only what exists.
 */
export type WriteMode = 'upsert' | 'create' | 'keep' | 'update';

const CHANGED = (existing: string, props: string) =>
  `CASE WHEN ${existing} IS NULL THEN 'created' WHEN all(key IN keys(${props}) WHERE ${existing}[key] = ${props}[key]) AND $source IN coalesce(${existing}.sources, []) THEN 'unchanged' ELSE 'updated' END`;

/** Every node and relationship keeps the sources that stated it (the import's source, "api" for mutations). */
const ADD_SOURCE = (v: string) => `${v}.sources = CASE WHEN $source IN coalesce(${v}.sources, []) THEN ${v}.sources ELSE coalesce(${v}.sources, []) + $source END`;

/**
 * MERGE's ON CREATE is the one exact answer to "did this statement create it" when two
 * transactions race for one id (the loser's earlier OPTIONAL MATCH saw nothing); the flag lives
 * only inside the statement.
 */
const MARK_CREATED = (v: string) => `${v}.createdNow = true`;
const TAKE_CREATED = (v: string, carried: string) => `WITH ${carried}, ${v}.createdNow IS NOT NULL AS createdNow REMOVE ${v}.createdNow`;
/** 'created' only when this statement created it; a lost race reads as existing. */
const OUTCOME = `CASE WHEN createdNow THEN 'created' WHEN outcome = 'created' THEN 'unchanged' ELSE outcome END`;
const MAY_CHANGE = `(outcome <> 'unchanged' AND (createdNow OR $mode IN ['upsert', 'update']))`;

/** Creates or updates nodes of `label` by id; properties are merged, never removed. */
export const upsertNodes = (
  label: Exclude<NodeLabel, 'Person'>,
  rows: NodeRow[],
  source: string,
  mode: WriteMode = 'upsert',
): Statement<{ rows: NodeRow[]; source: string; mode: WriteMode }> => ({
  name: `upsert${label}`,
  cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:${label} {id: row.id})
WITH row, existing, ${CHANGED('existing', 'row.props')} AS outcome
WHERE $mode <> 'update' OR existing IS NOT NULL
MERGE (n:${label} {id: row.id})
ON CREATE SET n.createdBy = $source, n.createdAt = datetime(), ${MARK_CREATED('n')}
${TAKE_CREATED('n', 'n, row, outcome')}
FOREACH (_ IN CASE WHEN ${MAY_CHANGE} THEN [1] ELSE [] END | SET n += row.props, ${ADD_SOURCE('n')})
FOREACH (_ IN CASE WHEN ${MAY_CHANGE} AND NOT createdNow THEN [1] ELSE [] END | SET n.updatedBy = $source, n.updatedAt = datetime())
RETURN ${OUTCOME} AS outcome, count(*) AS count`,
  params: { rows, source, mode },
});

/**
 * Creates or updates people by id: the one statement that writes a person's names. The first
 * spelling seen stays the display name unless the row renames; every other spelling is kept as
 * an alias (with its folded key, for lookups by name), and `aliasText` (what the full-text index
 * reads) is rebuilt from the aliases here and nowhere else.
 */
export const upsertPeople = (
  rows: PersonWriteRow[],
  source: string,
  mode: WriteMode = 'upsert',
): Statement<{ rows: PersonWriteRow[]; source: string; mode: WriteMode; blockKeysVersion: number }> => ({
  name: 'upsertPerson',
  cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Person {id: row.id})
WITH row, existing, CASE
  WHEN existing IS NULL THEN 'created'
  WHEN (NOT row.rename OR existing.name = row.name)
       AND all(name IN row.names WHERE name = existing.name OR name IN coalesce(existing.aliases, []))
       AND (row.orcid IS NULL OR existing.orcid = row.orcid)
       AND all(key IN keys(row.external) WHERE existing[key] = row.external[key])
       AND all(key IN row.blockKeys WHERE coalesce(existing.blockText, '') CONTAINS key)
       AND all(line IN row.evidence WHERE line IN coalesce(existing.identityEvidence, []))
       AND $source IN coalesce(existing.sources, []) THEN 'unchanged'
  ELSE 'updated' END AS outcome
WHERE $mode <> 'update' OR existing IS NOT NULL
MERGE (n:Person {id: row.id})
ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.blockKeysVersion = toInteger($blockKeysVersion), n.createdBy = $source, n.createdAt = datetime(), ${MARK_CREATED('n')}
${TAKE_CREATED('n', 'n, row, outcome')}
WITH n, row, ${OUTCOME} AS outcome, ${MAY_CHANGE} AS mayChange
FOREACH (_ IN CASE WHEN mayChange AND row.rename THEN [1] ELSE [] END | SET n.name = row.name, n.nameKey = row.nameKey)
WITH n, row, outcome, mayChange,
     [i IN range(0, size(row.names) - 1) WHERE mayChange AND row.names[i] <> n.name AND NOT row.names[i] IN coalesce(n.aliases, [])] AS fresh
WITH n, row, outcome, mayChange, fresh,
     coalesce(n.aliases, []) + [i IN fresh | row.names[i]] AS aliases,
     coalesce(n.aliasKeys, []) + [i IN fresh | row.keys[i]] AS aliasKeys
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET n.aliases = aliases, n.aliasKeys = aliasKeys,
      n.aliasText = reduce(text = '', alias IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + alias))
FOREACH (_ IN CASE WHEN mayChange AND row.orcid IS NOT NULL THEN [1] ELSE [] END | SET n.orcid = row.orcid)
FOREACH (_ IN CASE WHEN mayChange THEN [1] ELSE [] END |
  SET n += row.external, ${ADD_SOURCE('n')},
      n.blockText = reduce(text = coalesce(n.blockText, ''), key IN row.blockKeys | CASE WHEN text CONTAINS key THEN text ELSE text + key END),
      n.identityEvidence = coalesce(n.identityEvidence, []) + [line IN row.evidence WHERE NOT line IN coalesce(n.identityEvidence, [])])
FOREACH (_ IN CASE WHEN mayChange AND outcome = 'updated' THEN [1] ELSE [] END | SET n.updatedBy = $source, n.updatedAt = datetime())
RETURN outcome, count(*) AS count`,
  params: { rows, source, mode, blockKeysVersion: BLOCKING_KEYS_VERSION },
});

/** Creates or updates relationships between existing nodes; a row whose ends are missing returns no outcome. */
export const upsertRelationships = (
  shape: RelationshipShape,
  rows: RelationshipRow[],
  source: string,
  mode: WriteMode = 'upsert',
): Statement<{ rows: RelationshipRow[]; source: string; mode: WriteMode }> => {
  const key = shape.keyed ? ' {key: row.key}' : '';
  return {
    name: `upsert${shape.type}`,
    cypher: `UNWIND $rows AS row
MATCH (a:${shape.from} {id: row.from})
MATCH (b:${shape.to} {id: row.to})
OPTIONAL MATCH (a)-[existing:${shape.type}${key}]->(b)
WITH a, b, row, existing, ${CHANGED('existing', 'row.props')} AS outcome
WHERE $mode <> 'update' OR existing IS NOT NULL
MERGE (a)-[r:${shape.type}${key}]->(b)
ON CREATE SET ${MARK_CREATED('r')}
${TAKE_CREATED('r', 'r, row, outcome')}
FOREACH (_ IN CASE WHEN ${MAY_CHANGE} THEN [1] ELSE [] END | SET r += row.props, r.updatedBy = $source, ${ADD_SOURCE('r')})
RETURN ${OUTCOME} AS outcome, count(*) AS count`,
    params: { rows, source, mode },
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
