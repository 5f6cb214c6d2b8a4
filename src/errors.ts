/**
 * Typed errors. Each carries the `extensions.code` a GraphQL client sees; Neo4j driver
 * errors are mapped here and nowhere else.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError, isRetryableError } from 'neo4j-driver';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'QUERY_TOO_COMPLEX' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

/** HTTP status an error code maps to when it is the only error of a response. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** An error meant for the client, with a stable code. */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, extra?: Record<string, unknown>) => new AppError(message, 'BAD_USER_INPUT', extra);
export const notFound = (message: string, extra?: Record<string, unknown>) => new AppError(message, 'NOT_FOUND', extra);
export const unauthenticated = (message = 'this operation needs Authorization: Bearer <API key>') => new AppError(message, 'UNAUTHENTICATED');
export const conflict = (message: string) => new AppError(message, 'CONFLICT');

/** The database cannot be reached or is not ready; clients should retry later. */
export class DatabaseUnavailableError extends AppError {
  constructor(reason: string) {
    super(`the database is unavailable: ${reason}`, 'SERVICE_UNAVAILABLE');
  }
}

/** Maps a neo4j-driver error to the AppError a client should see. Unknown errors pass through. */
export function mapDatabaseError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const code = (error as Neo4jError).code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return conflict(`already exists: ${firstLine(error.message)}`);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new AppError('the query took longer than the configured timeout and was stopped', 'QUERY_TIMEOUT');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseUnavailableError('Neo4j refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)');
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || isRetryableError(error) || /acquisition timed out|connection.*(closed|refused)/i.test(error.message)) {
    return new DatabaseUnavailableError(firstLine(error.message));
  }
  return error;
}

function firstLine(message: string): string {
  return message.split('\n')[0].slice(0, 300);
}
