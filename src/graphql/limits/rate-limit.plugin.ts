import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import type { OperationCheck } from './operation-limits.plugin';

/** Root fields whose cost grows with the graph: limited per client. */
export const EXPENSIVE_ROOT_FIELDS = new Set(['collaborationNetwork', 'topicNetwork', 'collaborationPath', 'suggestedCollaborators', 'search']);

/** The most clients remembered at once; the least recently seen are forgotten first. */
const MAX_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per client (its API key, else its IP) for operations that select an
 * expensive root field: `perMinute` of them per minute, refilled continuously. Over the
 * limit the request is refused before any database work with RATE_LIMITED (HTTP 429).
 */
export function rateLimitPlugin(perMinute: number, now: () => number = Date.now): OperationCheck {
  const buckets = new Map<string, Bucket>();
  const take = (client: string): boolean => {
    const time = now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, updatedAt: time };
    buckets.delete(client); // re-inserted below: Map order is recency order
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((time - bucket.updatedAt) / 60_000) * perMinute);
    bucket.updatedAt = time;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.set(client, bucket);
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
    return allowed;
  };
  return ({ operation, contextValue }) => {
    if (perMinute <= 0 || !operation || !selectsExpensiveField(operation)) return;
    if (!take(contextValue.clientId)) {
      throw new GraphQLError(`too many expensive requests: at most ${perMinute} a minute per client; retry later`, {
        extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', '60']]) } },
      });
    }
  };
}

function selectsExpensiveField(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && EXPENSIVE_ROOT_FIELDS.has(selection.name.value));
}
