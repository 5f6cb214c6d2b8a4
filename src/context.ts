import type { Request } from 'express';
import { Executor, QueryCounter } from './db/executor';
import { createRepositories, Repositories } from './db/repositories';

/** What every resolver sees: built fresh for each request. */
export interface RequestContext {
  serviceVersion: string;
  counter: QueryCounter;
  repositories: Repositories;
  /** True when the request carried a valid write key. */
  canWrite: boolean;
}

export interface ContextFactoryOptions {
  executor: Executor;
  apiKeys: readonly string[];
  serviceVersion: string;
}

/** Returns the per-request context builder the Express integration calls. */
export function createContextFactory(options: ContextFactoryOptions) {
  return async ({ req }: { req: Request }): Promise<RequestContext> => {
    const counter = new QueryCounter();
    const executor = options.executor.withCounter(counter);
    return {
      serviceVersion: options.serviceVersion,
      counter,
      repositories: createRepositories(executor),
      canWrite: hasWriteKey(req.headers.authorization, options.apiKeys),
    };
  };
}

function hasWriteKey(header: string | undefined, apiKeys: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && apiKeys.includes(match[1]);
}
