import { GraphQLError } from 'graphql';

/** A query refused before execution for its shape; clients see QUERY_TOO_COMPLEX (HTTP 400). */
export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}
