import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { ApiKey, hasWriteKey } from './auth/write-keys';
import { Executor, QueryCounter } from './db/executor';
import { createRepositories } from './db/repositories';
import type { GraphWriter } from './db/write/graph-writer';
import { createLoaders, Loaders } from './loaders/create-loaders';
import type { AppMetrics } from './observability/app-metrics';
import { RequestFacts, requestFacts } from './observability/request-facts';

/** What every resolver sees: built fresh for each request. */
export interface RequestContext {
  serviceVersion: string;
  counter: QueryCounter;
  /** This request's reads: DataLoaders that batch and cache for its lifetime only, and its unbatched queries. */
  loaders: Loaders;
  /** Every write (the mutations): the data layer's one write path. */
  writer: GraphWriter;
  /** Largest `first` / `limit` a client may ask for (config.graphql.maxPageSize). */
  maxPageSize: number;
  /** True when the request carried a valid write key. */
  canWrite: boolean;
  /** Who is asking, for rate limits: a digest of the bearer token, else the client address. */
  clientId: string;
  /** TOPICS_FILE, the vocabulary importBibtex tags papers with; the bundled seed/topics.json when absent. */
  topicsFile?: string;
  /** The operation's cost as measured by the cost limit (for the request log); unset until measured. */
  operationCost?: number;
  /** This request's id (X-Request-Id): in its log line and in every error's extensions.requestId. */
  requestId: string;
  /** What the request log and metrics learn from the GraphQL layer (operation, outcome, round trips). */
  facts: RequestFacts;
  /** The server's metrics (import rows), when it keeps any. */
  metrics?: AppMetrics;
}

export interface ContextFactoryOptions {
  executor: Executor;
  apiKeys: readonly ApiKey[];
  serviceVersion: string;
  maxPageSize: number;
  /** TOPICS_FILE; the bundled seed/topics.json when absent. */
  topicsFile?: string;
  metrics?: AppMetrics;
}

/** Returns the per-request context builder the Express integration calls. */
export function createContextFactory(options: ContextFactoryOptions) {
  return async ({ req, res }: { req: Request; res?: Response }): Promise<RequestContext> => {
    const counter = new QueryCounter();
    const repositories = createRepositories(options.executor.withCounter(counter));
    const facts = requestFacts(res, String((req as { id?: unknown }).id ?? crypto.randomUUID()));
    facts.roundTrips = () => counter.roundTrips;
    return {
      requestId: facts.requestId,
      facts,
      metrics: options.metrics,
      serviceVersion: options.serviceVersion,
      counter,
      loaders: createLoaders(repositories),
      writer: repositories.writer,
      maxPageSize: options.maxPageSize,
      canWrite: hasWriteKey(req.headers.authorization, options.apiKeys),
      clientId: clientId(req),
      topicsFile: options.topicsFile,
    };
  };
}

/** A bearer token identifies a client across addresses; it is hashed so it is never kept as is. */
function clientId(req: Request): string {
  const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1];
  return token ? `key:${crypto.createHash('sha256').update(token).digest('hex').slice(0, 16)}` : `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
