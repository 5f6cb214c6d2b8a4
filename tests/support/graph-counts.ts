import type { TestDatabase } from './test-database';

/** Node counts per label and relationship counts per type, for before/after comparisons. */
export async function graphCounts(db: TestDatabase): Promise<Record<string, number>> {
  const rows = await db.executor.read<{ kind: string; count: unknown }>({
    name: 'graphCounts',
    cypher: `MATCH (n) UNWIND labels(n) AS label RETURN '(:' + label + ')' AS kind, count(*) AS count
             UNION ALL
             MATCH ()-[r]->() RETURN '[:' + type(r) + ']' AS kind, count(*) AS count`,
    params: {},
  });
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.count)]).sort());
}
