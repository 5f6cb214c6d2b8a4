import crypto from 'node:crypto';
import type { Request } from 'express';
import { ApiKey, hasWriteKey } from './auth/write-keys';
import { Executor, QueryCounter } from './db/executor';
import { createRepositories, Repositories } from './db/repositories';
import { loadTopicVocabulary, TopicVocabulary } from './importers/topics/topic-vocabulary';
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
  /** Who is asking, for rate limits: a digest of the bearer token, else the client address. */
  clientId: string;
  /** The topic vocabulary imports tag papers with (TOPICS_FILE), loaded on first use. */
  topicVocabulary: () => TopicVocabulary;
}

export interface ContextFactoryOptions {
  executor: Executor;
  apiKeys: readonly ApiKey[];
  serviceVersion: string;
  maxPageSize: number;
  /** TOPICS_FILE; the bundled seed/topics.json when absent. */
  topicsFile?: string;
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
      clientId: clientId(req),
      topicVocabulary: () => cachedVocabulary(options.topicsFile),
    };
  };
}

const vocabularies = new Map<string, TopicVocabulary>();

/** The vocabulary is read from disk once per process and file. */
function cachedVocabulary(file: string | undefined): TopicVocabulary {
  const key = file ?? '';
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) vocabularies.set(key, (vocabulary = file ? loadTopicVocabulary(file) : loadTopicVocabulary()));
  return vocabulary;
}

/** A bearer token identifies a client across addresses; it is hashed so it is never kept as is. */
function clientId(req: Request): string {
  const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1];
  return token ? `key:${crypto.createHash('sha256').update(token).digest('hex').slice(0, 16)}` : `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
