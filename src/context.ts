import type { Request } from 'express';
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
  /** The topic vocabulary imports tag papers with (TOPICS_FILE), loaded on first use. */
  topicVocabulary: () => TopicVocabulary;
}

export interface ContextFactoryOptions {
  executor: Executor;
  apiKeys: readonly string[];
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
      topicVocabulary: () => cachedVocabulary(options.topicsFile),
    };
  };
}

function hasWriteKey(header: string | undefined, apiKeys: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && apiKeys.includes(match[1]);
}

const vocabularies = new Map<string, TopicVocabulary>();

/** The vocabulary is read from disk once per process and file. */
function cachedVocabulary(file: string | undefined): TopicVocabulary {
  const key = file ?? '';
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) vocabularies.set(key, (vocabulary = file ? loadTopicVocabulary(file) : loadTopicVocabulary()));
  return vocabulary;
}
