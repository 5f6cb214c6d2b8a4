import fs from 'node:fs';
import type { LocalNeo4j } from '../src/neo4j-local/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as Record<string, unknown>).__collabgraphTestNeo4j as LocalNeo4j | undefined;
  if (!local) return;
  await local.stop();
  const dataDir = process.env.COLLABGRAPH_TEST_NEO4J_DATA_DIR;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
