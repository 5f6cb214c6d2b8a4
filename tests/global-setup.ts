/**
 * Starts the throw-away Neo4j for the test run: a fresh data folder and a free port, tied
 * to this process so it cannot outlive the run. With NEO4J_URI set, tests use that server
 * instead (and wipe its database: never point it at data you want to keep).
 */
import { startThrowawayNeo4j } from '../src/neo4j-local/start-throwaway-neo4j';

export const TEST_PASSWORD = 'collabgraph-test';

export default async function globalSetup(): Promise<void> {
  if (process.env.COLLABGRAPH_TEST_NO_DB === '1' || process.env.NEO4J_URI) return;
  const neo4j = await startThrowawayNeo4j({ password: TEST_PASSWORD, prefix: 'collabgraph-test-neo4j-', log: (line) => console.log(line) });
  console.log(`\nTest Neo4j (throw-away) at ${neo4j.uri}, data in ${neo4j.dataDir}, ready in ${(neo4j.startMs / 1000).toFixed(1)} s`);
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  (globalThis as Record<string, unknown>).__collabgraphTestNeo4j = neo4j;
}
