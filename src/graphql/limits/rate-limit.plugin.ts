import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { OperationCheck } from './operation-limits.plugin';
import type { RateLimitStore } from './rate-limit-store';

/** Root fields whose cost grows with the graph: limited per client. */
export const EXPENSIVE_ROOT_FIELDS = new Set(['collaborationNetwork', 'topicNetwork', 'collaborationPath', 'suggestedCollaborators', 'search']);

/**
 * A budget per client (its API key, else its IP) for the expensive root fields: `perMinute`
 * of them per minute, kept by `store` (memory, or Redis shared by replicas). Every expensive
 * field the operation will run costs one point: aliases count one each, and fields inside
 * named or inline fragments are counted like the others. Over the budget the request is
 * refused before any database work with RATE_LIMITED (HTTP 429, Retry-After).
 */
export function rateLimitPlugin(perMinute: number, store: RateLimitStore): OperationCheck {
  return async ({ operation, document, contextValue }) => {
    if (perMinute <= 0 || !operation) return;
    const points = expensiveFieldCount(operation, document);
    if (points === 0) return;
    const decision = await store.consume(contextValue.clientId, points);
    if (!decision.allowed) {
      throw new GraphQLError(`too many expensive requests: at most ${perMinute} a minute per client; retry in ${decision.retryAfterSeconds} s`, {
        extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(decision.retryAfterSeconds)]]) } },
      });
    }
  };
}

/** How many expensive root fields the operation selects, through fragments (named and inline) and aliases. */
export function expensiveFieldCount(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  // A fragment's count does not depend on where it is spread: memoised, so fan-out stays linear.
  const memo = new Map<string, number>();
  const count = (set: SelectionSetNode, path: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += EXPENSIVE_ROOT_FIELDS.has(selection.name.value) ? 1 : 0;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet, path);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is refused by validation before this runs; the guard keeps this total finite anyway.
        if (!fragment || path.has(name)) continue;
        if (!memo.has(name)) memo.set(name, count(fragment.selectionSet, new Set([...path, name])));
        total += memo.get(name)!;
      }
    }
    return total;
  };
  return count(operation.selectionSet, new Set());
}
