/**
 * PROFILE database hits of recorded statements: each is run again under PROFILE with its
 * own parameters, and the hits of every operator of the plan are summed. Database hits are
 * the storage-engine work a query does, independent of the machine and of caching.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import type { RecordedStatement } from './recording-driver';

/** Total db hits of `statements`, run one after another in read transactions. */
export async function profileDbHits(driver: Driver, database: string, statements: readonly RecordedStatement[]): Promise<number> {
  let total = 0;
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (const statement of statements) {
      const result = await session.executeRead((tx) => tx.run(withProfile(statement.cypher), statement.params));
      const profile = result.summary.profile;
      if (profile) total += sumHits(profile);
    }
  } finally {
    await session.close();
  }
  return total;
}

/**
 * Inserts PROFILE after any leading `CYPHER ...` option lines (@neo4j/graphql prefixes
 * `CYPHER 5`), where Neo4j expects it.
 */
export function withProfile(cypher: string): string {
  const match = /^(\s*(?:CYPHER[^\n]*\n\s*)*)/i.exec(cypher);
  const prefix = match ? match[1] : '';
  return `${prefix}PROFILE ${cypher.slice(prefix.length)}`;
}

function sumHits(plan: ProfiledPlan): number {
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + sumHits(child), 0);
}
