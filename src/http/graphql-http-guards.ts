/**
 * HTTP-level guards of POST/GET /graphql, in front of Apollo. Whatever a client sends, the
 * answer is a JSON GraphQL error body with a stable `extensions.code` and a 4xx status:
 *
 * | what                                         | status | code                    |
 * |----------------------------------------------|--------|-------------------------|
 * | body is not JSON, or JSON but not an object  | 400    | BAD_REQUEST             |
 * | body over `maxBodyBytes` (1 MiB)             | 413    | PAYLOAD_TOO_LARGE       |
 * | unsupported charset or content-encoding      | 415    | UNSUPPORTED_MEDIA_TYPE  |
 * | `query` over `maxQueryLength` characters     | 400    | QUERY_TOO_LARGE         |
 * | `query` present but not a string             | 400    | BAD_REQUEST             |
 * | alias flood, field repeated, too many tokens | 400    | QUERY_TOO_COMPLEX       |
 *
 * Apollo itself refuses batched arrays, GET mutations (405), and text/plain or form POSTs
 * without a preflight header (CSRF prevention); tests/integration/hostile asserts both.
 */
import { LRUCache } from 'lru-cache';
import express, { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { precheckDocument, PRECHECK_DEFAULTS } from '../graphql/limits/document-precheck';
import { requestFacts } from '../observability/request-facts';

export interface GraphqlHttpGuardOptions {
  /** Most aliases in one document (config.graphql.maxAliases). */
  maxAliases: number;
  /** Largest request body; default 1 MiB. */
  maxBodyBytes?: number;
  /** Longest `query` text in characters; default 100 000. */
  maxQueryLength?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_QUERY_LENGTH = 100_000;

/** Writes `{ errors: [{ message, extensions: { code } }] }` with `status`. */
export function sendGraphqlError(res: Response, status: number, code: string, message: string): void {
  const requestId = (res.req as { id?: unknown } | undefined)?.id;
  const extensions = requestId === undefined ? { code } : { code, requestId: String(requestId) };
  requestFacts(res).outcome = code;
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * The middleware chain to mount on /graphql before Apollo's: JSON body parsing with a size
 * limit, its error handler (JSON, never Express's HTML page), and the query shape checks.
 */
export function graphqlHttpGuards(options: GraphqlHttpGuardOptions): Array<RequestHandler | ErrorRequestHandler> {
  const maxQueryLength = options.maxQueryLength ?? DEFAULT_MAX_QUERY_LENGTH;
  const limits = { maxAliases: options.maxAliases, ...PRECHECK_DEFAULTS };
  // The verdict depends on the text alone: clients repeat their queries, and parsing each again cost 2% of the CPU per request.
  const verdicts = new LRUCache<string, { refused: string | undefined }>({
    max: 1000,
    maxSize: 8 * maxQueryLength,
    sizeCalculation: (_verdict, query) => Math.max(1, query.length),
  });

  const checkQuery: RequestHandler = (req, res, next) => {
    const query = queryOf(req);
    if (query === undefined || query === null) return next(); // Apollo answers a missing query
    if (typeof query !== 'string') return sendGraphqlError(res, 400, 'BAD_REQUEST', '`query` must be a string holding a GraphQL document');
    if (query.length > maxQueryLength) return sendGraphqlError(res, 400, 'QUERY_TOO_LARGE', `the query is ${query.length} characters, over the limit of ${maxQueryLength}`);
    let verdict = verdicts.get(query);
    if (!verdict) verdicts.set(query, (verdict = { refused: precheckDocument(query, limits) }));
    const { refused } = verdict;
    if (refused) return sendGraphqlError(res, 400, 'QUERY_TOO_COMPLEX', refused);
    next();
  };

  return [express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }), graphqlErrorHandler, checkQuery];
}

/**
 * Turns an error raised before Apollo (body parser, zlib, anything thrown by a middleware)
 * into a JSON GraphQL error. 5xx keeps no detail: the message never leaks a stack or path.
 * Mounted in the /graphql chain and once more, last, for the whole app (static assets' 404s
 * included), so no route answers with Express's HTML error page.
 */
export const graphqlErrorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const { status, code, message } = describeHttpError(error);
  if (status >= 500) {
    if (req.log) req.log.error({ err: error }, 'request failed before GraphQL');
    else console.error('collabgraph: request failed before GraphQL:', error);
  }
  sendGraphqlError(res, status, code, message);
};

/** Status, code and a client-safe message for an error of body-parser, raw-body or zlib. */
export function describeHttpError(error: unknown): { status: number; code: string; message: string } {
  const { type, status } = (error ?? {}) as { type?: string; status?: number; limit?: number };
  switch (type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'the request body is not a JSON object: send {"query": "...", "variables": {...}}' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `the request body is over the limit of ${(error as { limit?: number }).limit ?? DEFAULT_MAX_BODY_BYTES} bytes` };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported charset or content-encoding: send UTF-8 JSON' };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return { status: 400, code: 'BAD_REQUEST', message: 'the request body could not be read' };
  }
  if (status === 404) return { status, code: 'NOT_FOUND', message: 'not found' };
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: 'the request could not be read (bad body or encoding)' };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'internal server error' };
}

/** The `query` of a GraphQL POST body or GET query string; undefined when there is none. */
function queryOf(req: Request): unknown {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).query : undefined;
  }
  return req.query?.query;
}
