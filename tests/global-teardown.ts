import type { ThrowawayNeo4j } from '../src/neo4j-local/start-throwaway-neo4j';

export default async function globalTeardown(): Promise<void> {
  await ((globalThis as Record<string, unknown>).__collabgraphTestNeo4j as ThrowawayNeo4j | undefined)?.dispose();
}
