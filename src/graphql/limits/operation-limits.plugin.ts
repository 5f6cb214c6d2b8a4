import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { RequestContext } from '../../context';

/** One check of a resolved operation, before execution: throws a GraphQLError to refuse it. */
export type OperationCheck = (request: GraphQLRequestContextDidResolveOperation<RequestContext>) => void | Promise<void>;

/**
 * Runs the checks one after the other once the operation is known (variables included) and
 * before any resolver runs. Apollo runs the didResolveOperation hooks of separate plugins
 * concurrently; here the order is fixed, so an operation refused for its cost never spends
 * rate-limit budget.
 */
export function operationLimitsPlugin(checks: OperationCheck[]): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          for (const check of checks) await check(request);
        },
      };
    },
  };
}
