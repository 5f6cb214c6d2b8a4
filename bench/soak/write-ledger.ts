import type { Driver } from 'neo4j-driver';

/** Every write the API acknowledged (HTTP 200, no errors, an id back). */
export interface LedgerEntry {
  id: string;
  name: string;
}

export interface LedgerCheck {
  acknowledged: number;
  /** Acknowledged writes not found in Neo4j. */
  missing: LedgerEntry[];
  /** Acknowledged writes found more than once (by id or by name). */
  duplicated: LedgerEntry[];
}

/** Checks, straight in Neo4j, that every acknowledged write exists exactly once (by id and by name). */
export async function verifyLedger(driver: Driver, database: string, ledger: LedgerEntry[]): Promise<LedgerCheck> {
  const result = await driver.executeQuery(
    `UNWIND $entries AS entry
     OPTIONAL MATCH (byId:Person {id: entry.id})
     WITH entry, count(byId) AS ids
     OPTIONAL MATCH (byName:Person {name: entry.name})
     RETURN entry.id AS id, entry.name AS name, ids, count(byName) AS names`,
    { entries: ledger },
    { database },
  );
  const missing: LedgerEntry[] = [];
  const duplicated: LedgerEntry[] = [];
  for (const record of result.records) {
    const entry = { id: record.get('id') as string, name: record.get('name') as string };
    const ids = Number(record.get('ids'));
    const names = Number(record.get('names'));
    if (ids === 0 || names === 0) missing.push(entry);
    else if (ids > 1 || names > 1) duplicated.push(entry);
  }
  return { acknowledged: ledger.length, missing, duplicated };
}
