/**
 * Machine-independent costs of every operation for each contender: Cypher round trips per
 * request and PROFILE database hits (summed over the statements the request sent), plus
 * the size of the answer as a check that the contenders answer the same question.
 * The GraphQL servers run in this process over a recording driver, so every statement they
 * send is captured with its parameters; collabgraph's own counter (extensions.roundTrips)
 * is reported beside the driver's count.
 */
import type { Driver } from 'neo4j-driver';
import type { BenchServer, ServerKind } from '../contenders/bench-server';
export type { ContenderCost } from './graphql-cost';
import { startServer } from '../contenders/start-server';
import { runRaw } from '../load/driver-load';
import type { BenchInputs, Operation, OperationName } from '../operations/operations';
import { ContenderCost, graphqlCost } from './graphql-cost';
import { nestingDepth } from './nesting-depth';
import { profileDbHits } from './profile-statements';
import { recordingDriver } from './recording-driver';

export interface OperationCost {
  name: OperationName;
  /** Nesting depth of collabgraph's query; the target is roundTrips <= depth + 1. */
  nestingDepth: number;
  raw: ContenderCost;
  collabgraph: ContenderCost;
  neo4jGraphql: ContenderCost;
}

export async function measureCosts(driver: Driver, database: string, operations: readonly Operation[], inputs: BenchInputs): Promise<OperationCost[]> {
  const recorder = recordingDriver(driver);
  const servers: Record<ServerKind, BenchServer> = {
    collabgraph: await startServer('collabgraph', recorder.driver, database),
    'neo4j-graphql': await startServer('neo4j-graphql', recorder.driver, database),
  };
  try {
    const costs: OperationCost[] = [];
    for (const operation of operations) {
      const raw = await rawCost(driver, database, operation, inputs);
      const collabgraph = await graphqlCost(servers.collabgraph.url, operation.collabgraph(inputs), recorder, driver, database, operation.size.collabgraph);
      const neo4jGraphql = await graphqlCost(servers['neo4j-graphql'].url, operation.neo4jGraphql(inputs), recorder, driver, database, operation.size.neo4jGraphql);
      costs.push({ name: operation.name, nestingDepth: nestingDepth(operation.collabgraph(inputs).query), raw, collabgraph, neo4jGraphql });
    }
    return costs;
  } finally {
    await servers.collabgraph.stop();
    await servers['neo4j-graphql'].stop();
  }
}

async function rawCost(driver: Driver, database: string, operation: Operation, inputs: BenchInputs): Promise<ContenderCost> {
  const request = operation.raw(inputs);
  try {
    const rows = await runRaw(driver, database, request);
    return { ok: true, roundTrips: 1, dbHits: await profileDbHits(driver, database, [request]), size: operation.size.raw(rows) };
  } catch (error) {
    return { ok: false, error: (error as Error).message, roundTrips: 1, dbHits: NaN, size: 0 };
  }
}
