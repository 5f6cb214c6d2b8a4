import { GraphQLError } from 'graphql';

/**
 * The stable code of a limit error that Apollo re-labelled. Apollo wraps every validation
 * error in its own ValidationError with code GRAPHQL_VALIDATION_FAILED; the original (our
 * limit rules' QUERY_TOO_COMPLEX, or graphql-js aborting validation when its own complexity
 * budget runs out) is kept as `originalError`. Returns 'QUERY_TOO_COMPLEX' for those, else
 * undefined.
 */
export function limitErrorCode(error: unknown): 'QUERY_TOO_COMPLEX' | undefined {
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  if (!(original instanceof GraphQLError)) return undefined;
  if (original.extensions?.code === 'QUERY_TOO_COMPLEX') return 'QUERY_TOO_COMPLEX';
  if (original.message === 'Validation aborted.') return 'QUERY_TOO_COMPLEX';
  return undefined;
}
