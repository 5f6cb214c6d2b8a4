import { toPlain } from './to-plain';

/**
 * Indexes the rows of an `UNWIND $ids AS id ... RETURN id, <value>` statement by id, with
 * Neo4j integers converted. Ids without a row are absent (their node does not exist).
 */
export function rowsById<T>(rows: ReadonlyArray<Record<string, unknown>>, field: string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const row of rows) byId.set(row.id as string, toPlain<T>(row[field]));
  return byId;
}
