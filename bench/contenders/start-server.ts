import type { Driver } from 'neo4j-driver';
import type { BenchServer, ServerKind } from './bench-server';
import { startCollabgraph } from './collabgraph-server';
import { startNeo4jGraphql } from './neo4j-graphql-server';

/** Starts the GraphQL server of `kind` over `driver` on a free port. */
export function startServer(kind: ServerKind, driver: Driver, database: string): Promise<BenchServer> {
  return kind === 'collabgraph' ? startCollabgraph(driver, database) : startNeo4jGraphql(driver, database);
}
