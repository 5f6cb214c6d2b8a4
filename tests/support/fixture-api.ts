/**
 * The API over the small fixture graph: a real Neo4j (cleared, migrated, loaded with
 * writeGraphDocument) and the real server. `query` answers data, errors and the round trips
 * the request cost (extensions.roundTrips, added outside production).
 */
import { applyMigrations } from '../../src/db/migrations';
import type { GraphDocument } from '../../src/graph/graph-document';
import { writeGraphDocument } from '../../src/db/write/write-graph-document';
import { smallGraph } from '../fixtures/graph/small-graph';
import { postGraphQL } from './graphql-client';
import { startTestServer, TestServer } from './start-test-server';
import { connectTestDatabase, TestDatabase } from './test-database';

export interface QueryResult {
  status: number;
  data: Record<string, any> | null | undefined;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  roundTrips: number;
}

export interface FixtureApi {
  db: TestDatabase;
  api: TestServer;
  query(query: string, variables?: Record<string, unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

export async function startFixtureApi(document: GraphDocument = smallGraph, overrides: Record<string, string> = {}): Promise<FixtureApi> {
  const db = await connectTestDatabase(overrides);
  await db.clear();
  await applyMigrations(db.executor);
  const report = await writeGraphDocument(db.executor, document);
  if (report.rejected.length) throw new Error(`the fixture has rejected records: ${JSON.stringify(report.rejected)}`);
  const api = await startTestServer(db.config, db.executor);
  return {
    db,
    api,
    async query(query, variables = {}) {
      const { status, body } = await postGraphQL(api.url, query, variables);
      const extensions = (body as { extensions?: { roundTrips?: number } }).extensions;
      return { status, data: body.data, errors: body.errors, roundTrips: extensions?.roundTrips ?? NaN };
    },
    async close() {
      await api.stop();
      await db.close();
    },
  };
}
