/**
 * The cost of one GraphQL request to a server that runs over a recording driver: the
 * statements it sent (round trips), their PROFILE db hits, and the answer's size.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphQLRequest } from '../operations/operations';
import { postGraphQL } from './post-graphql';
import { profileDbHits } from './profile-statements';
import type { RecordingDriver } from './recording-driver';

export interface ContenderCost {
  /** False when the operation failed (not implemented yet, or an error): the reason is in `error`. */
  ok: boolean;
  error?: string;
  roundTrips: number;
  dbHits: number;
  /** Items in the answer (co-authors, network nodes, path steps, people, hits, papers). */
  size: number;
  /** collabgraph only: the round trips its own QueryCounter reported (extensions.roundTrips). */
  counterRoundTrips?: number;
}

export async function graphqlCost(
  url: string,
  request: GraphQLRequest,
  recorder: RecordingDriver,
  driver: Driver,
  database: string,
  size: (data: Record<string, any>) => number,
): Promise<ContenderCost> {
  // Once to warm plans and caches, once measured.
  await postGraphQL(url, request);
  recorder.reset();
  const answer = await postGraphQL(url, request);
  const statements = [...recorder.statements];
  const counterRoundTrips = typeof answer.extensions?.roundTrips === 'number' ? answer.extensions.roundTrips : undefined;
  if (answer.errors?.length || !answer.data) {
    const error = answer.errors?.map((item) => `${item.extensions?.code ?? ''} ${item.message}`.trim()).join('; ') ?? `HTTP ${answer.status}`;
    return { ok: false, error, roundTrips: statements.length, dbHits: NaN, size: 0, counterRoundTrips };
  }
  const dbHits = await profileDbHits(driver, database, statements);
  return { ok: true, roundTrips: statements.length, dbHits, size: size(answer.data), counterRoundTrips };
}
