import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OperationCheck } from './operation-limits.plugin';
import { CostOutcome, MAX_COST_NODES, operationCost, PageCaps } from './operation-cost';

/** Outcomes remembered per parsed document (Apollo keeps one DocumentNode per query text), by operation and variables. */
const OUTCOMES_PER_DOCUMENT = 64;

/**
 * Refuses, with QUERY_TOO_COMPLEX (HTTP 400), an operation whose cost as it will run (see
 * operationCost: variables, defaults and fragments counted) is over `maxCost`. The cost is
 * kept on the context for the request log.
 */
export function costLimit(maxCost: number, caps: PageCaps = {}): OperationCheck {
  // The cost of a document depends only on the operation and the variables: a client repeating
  // a query skips the walk (2.4% of the API's CPU per request when measured each time).
  const remembered = new WeakMap<object, LRUCache<string, CostOutcome>>();
  return ({ schema, document, request, operationName, contextValue }) => {
    let outcomes = remembered.get(document);
    if (!outcomes) remembered.set(document, (outcomes = new LRUCache({ max: OUTCOMES_PER_DOCUMENT })));
    const key = `${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
    let outcome = outcomes.get(key);
    if (!outcome) outcomes.set(key, (outcome = operationCost(schema, document, request.variables, operationName, caps)));
    if ('invalidVariables' in outcome) return; // execution refuses them with BAD_USER_INPUT, before any resolver runs
    if ('tooManyNodes' in outcome) throw refused(`the operation selects more than ${MAX_COST_NODES} fields once its fragments are expanded`);
    contextValue.operationCost = outcome.cost;
    if (outcome.overCap) {
      // Refused for the argument, not the cost: the field's own check would say the same, but no other field of the operation may run uncounted.
      const { field, argument, value, max } = outcome.overCap;
      throw new GraphQLError(`${argument} of ${field} must be between 1 and ${max}, got ${value}`, {
        // 200, as when the field's own check refuses it (the status clients of this API already see for a bad page size).
        extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 200 } },
      });
    }
    if (outcome.cost > maxCost) throw refused(`query cost ${outcome.cost} exceeds the limit of ${maxCost}: ask for smaller pages or fewer nested fields`);
  };
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}
