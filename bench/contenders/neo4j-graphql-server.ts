/**
 * @neo4j/graphql 7 as a user would serve it: the same Apollo Server and Express 5
 * integration as collabgraph, the library's schema from equivalent type definitions.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { BenchServer } from './bench-server';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql-typedefs';

export async function startNeo4jGraphql(driver: Driver, database: string): Promise<BenchServer> {
  const library = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver });
  const schema = await library.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => apollo.stop() };
}
