/**
 * Gives nodes written before the identity step existed the keys it finds them by: a paper's
 * folded title, a venue's match keys, a person's blocking keys. Run by applyMigrations on every
 * start; a graph that has them all costs three short reads.
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../executor';
import { foldTitle } from '../../graph/papers/fold-title';
import { personBlockKeys, venueMatchProps } from './plan-writes';
import { BLOCKING_KEYS_VERSION } from '../../graph/identity/blocking-keys';

const BATCH = 5000;

interface Backfill {
  name: string;
  missing: string;
  set: string;
  compute: (row: Record<string, unknown>) => Record<string, unknown>;
}

const BACKFILLS: Backfill[] = [
  {
    name: 'Paper.titleKey',
    missing: 'MATCH (n:Paper) WHERE n.titleKey IS NULL AND n.title IS NOT NULL RETURN n.id AS id, n.title AS title LIMIT $limit',
    set: 'UNWIND $rows AS row MATCH (n:Paper {id: row.id}) SET n.titleKey = row.value',
    compute: (row) => ({ id: row.id, value: foldTitle(String(row.title)) }),
  },
  {
    name: 'Venue.matchText',
    missing: 'MATCH (n:Venue) WHERE n.matchText IS NULL RETURN n.id AS id, n.name AS name, n.aliases AS aliases LIMIT $limit',
    set: 'UNWIND $rows AS row MATCH (n:Venue {id: row.id}) SET n.matchText = row.value',
    compute: (row) => ({ id: row.id, value: venueMatchProps({ id: String(row.id), name: String(row.name), aliases: (row.aliases as string[] | null) ?? undefined }).matchText }),
  },
  {
    // Also recomputed when written under older blocking rules (BLOCKING_KEYS_VERSION).
    name: 'Person.blockText',
    missing: 'MATCH (n:Person) WHERE n.blockText IS NULL OR coalesce(n.blockKeysVersion, 1) < $version RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names LIMIT $limit',
    set: 'UNWIND $rows AS row MATCH (n:Person {id: row.id}) SET n.blockText = row.value, n.blockKeysVersion = $version',
    compute: (row) => ({ id: row.id, value: personBlockKeys(row.names as string[]).join('') }),
  },
];

/** Fills in the identity step's keys where they are missing; returns how many nodes got them. */
export async function backfillMatchKeys(executor: Executor): Promise<number> {
  let filled = 0;
  for (const backfill of BACKFILLS) {
    for (;;) {
      const rows = await executor.read<Record<string, unknown>>({
        name: `missing ${backfill.name}`,
        cypher: backfill.missing,
        params: { limit: neo4j.int(BATCH), version: neo4j.int(BLOCKING_KEYS_VERSION) },
      });
      if (rows.length === 0) break;
      await executor.write({ name: `backfill ${backfill.name}`, cypher: backfill.set, params: { rows: rows.map(backfill.compute), version: neo4j.int(BLOCKING_KEYS_VERSION) } });
      filled += rows.length;
      if (rows.length < BATCH) break;
    }
  }
  return filled;
}
