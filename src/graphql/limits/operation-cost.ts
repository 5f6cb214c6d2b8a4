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
export function pageWeightEstimator(caps: PageCaps = {}, onOverCap?: (over: OverCap) => void): ComplexityEstimator {
  return ({ args, childComplexity, field }) => {
    const name = PAGE_ARGUMENTS.find((argument) => typeof args[argument] === 'number');
    const page = name ? (args[name] as number) : 1;
    if (name && caps[name] !== undefined && page > caps[name]!) onOverCap?.({ field: field.name, argument: name, value: page, max: caps[name]! });
    // A page over its maximum is refused by the field's own argument check (BAD_USER_INPUT
    // naming the argument) before any database work: counted at the maximum, that clearer
    // error is the one the client gets.
    return 1 + Math.max(1, Math.min(page, (name && caps[name]) || Infinity)) * childComplexity;
  };
}

/** A page argument over its maximum: the operation is refused with BAD_USER_INPUT naming it. */
export interface OverCap {
  field: string;
  argument: string;
  value: number;
  max: number;
}

/** The largest value each page argument accepts (GRAPHQL_MAX_PAGE_SIZE for first, the network size for limit). */
export type PageCaps = Partial<Record<(typeof PAGE_ARGUMENTS)[number], number>>;

/** Why an operation's cost could not be measured. */
export type CostOutcome = { cost: number; overCap?: OverCap } | { tooManyNodes: true } | { invalidVariables: GraphQLError };

/**
 * The cost of `operationName` in `document` as it will run: variables and argument defaults
 * applied, fragments (named and inline) expanded, `@skip`/`@include` honoured, abstract
 * types costed by their most expensive member. Variables that do not coerce are reported
 * as such (execution refuses them with BAD_USER_INPUT before any work).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
  caps: PageCaps = {},
): CostOutcome {
  let overCap: OverCap | undefined;
  try {
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pageWeightEstimator(caps, (over) => (overCap ??= over))],
      maxQueryNodes: MAX_COST_NODES,
    });
    return overCap ? { cost, overCap } : { cost };
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return { tooManyNodes: true };
    if (error instanceof GraphQLError) return { invalidVariables: error };
    throw error;
  }
}
