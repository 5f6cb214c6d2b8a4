import { GraphQLError } from 'graphql';
import type { OperationCheck } from './operation-limits.plugin';
import { MAX_COST_NODES, operationCost } from './operation-cost';

/**
 * Refuses, with QUERY_TOO_COMPLEX (HTTP 400), an operation whose cost as it will run (see
 * operationCost: variables, defaults and fragments counted) is over `maxCost`. The cost is
 * kept on the context for the request log.
 */
export function costLimit(maxCost: number): OperationCheck {
  return ({ schema, document, request, operationName, contextValue }) => {
    const outcome = operationCost(schema, document, request.variables, operationName);
    if ('invalidVariables' in outcome) return; // execution refuses them with BAD_USER_INPUT, before any resolver runs
    if ('tooManyNodes' in outcome) throw refused(`the operation selects more than ${MAX_COST_NODES} fields once its fragments are expanded`);
    contextValue.operationCost = outcome.cost;
    if (outcome.cost > maxCost) throw refused(`query cost ${outcome.cost} exceeds the limit of ${maxCost}: ask for smaller pages or fewer nested fields`);
  };
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}
