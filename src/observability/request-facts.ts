import type { Response } from 'express';

/**
 * What one HTTP request learnt about itself, for its log line and its metrics: filled by the
 * GraphQL layer (operation, errors, round trips) and read when the response has been sent.
 * Lives on `res.locals`, so the middleware that logs and the plugin that learns share it.
 */
export interface RequestFacts {
  requestId: string;
  /** The GraphQL operation's name, '(anonymous)' for one without, unset when none was resolved. */
  operationName?: string;
  /** 'ok', or the `extensions.code` of the first GraphQL error. */
  outcome?: string;
  /** Cypher round trips so far (read at the end). */
  roundTrips?: () => number;
  /** The operation's cost as the cost limit measured it. */
  cost?: number;
}

const KEY = 'collabgraphRequestFacts';

/** This response's facts, created on first use. */
export function requestFacts(res: Response | undefined, requestId = ''): RequestFacts {
  if (!res) return { requestId };
  const locals = res.locals as Record<string, RequestFacts | undefined>;
  return (locals[KEY] ??= { requestId });
}
