/** A GraphQL server under test, listening on 127.0.0.1. */
export interface BenchServer {
  /** The GraphQL endpoint (POST). */
  url: string;
  stop(): Promise<void>;
}

export type ServerKind = 'collabgraph' | 'neo4j-graphql';
