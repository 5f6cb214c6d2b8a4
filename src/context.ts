import type { Request } from 'express';
import { Executor, QueryCounter } from './db/executor';
import { createRepositories, Repositories } from './db/repositories';
import { createLoaders, Loaders } from './loaders/create-loaders';

/** What every resolver sees: built fresh for each request. */
export interface RequestContext {
  serviceVersion: string;
  counter: QueryCounter;
  repositories: Repositories;
  /** This request's DataLoaders: batch and cache lookups for its lifetime only. */
  loaders: Loaders;
  /** Largest `first` / `limit` a client may ask for (config.graphql.maxPageSize). */
  maxPageSize: number;
  /** True when the request carried a valid write key. */
  canWrite: boolean;
}

export interface ContextFactoryOptions {
  executor: Executor;
  apiKeys: readonly string[];
  serviceVersion: string;
  maxPageSize: number;
}

/** Returns the per-request context builder the Express integration calls. */
export function createContextFactory(options: ContextFactoryOptions) {
  return async ({ req }: { req: Request }): Promise<RequestContext> => {
    const counter = new QueryCounter();
    const executor = options.executor.withCounter(counter);
    const repositories = createRepositories(executor);
    return {
      serviceVersion: options.serviceVersion,
      counter,
      repositories,
      loaders: createLoaders(repositories),
      maxPageSize: options.maxPageSize,
      canWrite: hasWriteKey(req.headers.authorization, options.apiKeys),
    };
  };
}

function hasWriteKey(header: string | undefined, apiKeys: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && apiKeys.includes(match[1]);
}
