import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** Arguments that multiply the cost of what a field selects under it. */
export const PAGE_ARGUMENTS = ['first', 'limit'] as const;

/** Most field nodes (fragments expanded) measured before the operation is refused outright. */
export const MAX_COST_NODES = 10_000;

/**
 * The project's weights: every selected field costs 1, plus its page size (`first`, else
 * `limit`) times the cost of what it selects. `args` are the values the field will run
 * with: graphql-query-complexity has already applied the request's variables and the
 * schema's default values. Unpaged lists (authors, topics of one paper) are small by
 * nature: weight 1.
 */
export const pageWeightEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const page = PAGE_ARGUMENTS.map((name) => args[name]).find((value) => typeof value === 'number') as number | undefined;
  return 1 + Math.max(1, page ?? 1) * childComplexity;
};

/** Why an operation's cost could not be measured. */
export type CostOutcome = { cost: number } | { tooManyNodes: true } | { invalidVariables: GraphQLError };

/**
 * The cost of `operationName` in `document` as it will run: variables and argument defaults
 * applied, fragments (named and inline) expanded, `@skip`/`@include` honoured, abstract
 * types costed by their most expensive member. Variables that do not coerce are reported
 * as such (execution refuses them with BAD_USER_INPUT before any work).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): CostOutcome {
  try {
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pageWeightEstimator],
      maxQueryNodes: MAX_COST_NODES,
    });
    return { cost };
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return { tooManyNodes: true };
    if (error instanceof GraphQLError) return { invalidVariables: error };
    throw error;
  }
}
