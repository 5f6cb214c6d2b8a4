import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppMetrics } from '../observability/app-metrics';
import { requestFacts } from '../observability/request-facts';
import { requestIdOf } from '../observability/request-id';

/** Routes named as themselves in logs and metrics; any other path is "(other route)" (paths are the client's choice). */
const KNOWN_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/export', '/assets', '/'];

/**
 * Mounted first: gives each request its id (an acceptable incoming X-Request-Id is kept, and
 * echoed in the response's X-Request-Id), and once the response is sent writes one JSON line
 * (pino-http) and records the metrics. The line holds the request id, method, path, status,
 * duration, GraphQL operation name, outcome, cost and Cypher round trips; never a header, a
 * body or a query string (where keys, passwords or personal data could be).
 */
export function requestObservability(logger: Logger, metrics: AppMetrics): RequestHandler[] {
  const facts = (req: Request, res: Response) => {
    const known = requestFacts(res, String(req.id));
    const route = routeOf(req);
    const operation = route === '/graphql' ? (known.operationName ?? '(none)') : route;
    return { route, operation, known };
  };

  const log = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Only the fields below: never pino-http's req/res objects (they carry every header).
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value) => line(req as Request, res as Response, value.responseTime),
    customErrorObject: (req, res, error, value) => ({ ...line(req as Request, res as Response, value.responseTime), error: { message: error.message, type: error.name } }),
  });

  const line = (req: Request, res: Response, durationMs: number) => {
    const { operation, known } = facts(req, res);
    return {
      method: req.method,
      path: pathOf(req),
      status: res.statusCode,
      durationMs,
      operationName: known.operationName,
      operation,
      outcome: outcomeOf(res, known.outcome),
      roundTrips: known.roundTrips?.() ?? 0,
      cost: known.cost,
    };
  };

  const measure: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const { operation, known } = facts(req, res);
      metrics.observeRequest(operation, outcomeOf(res, known.outcome), Number(process.hrtime.bigint() - started) / 1e9, known.roundTrips?.() ?? 0);
    });
    next();
  };

  return [log, measure];
}

/** The path as the client sent it: routers mounted on a prefix (app.use('/graphql')) rewrite req.path while they run. */
function pathOf(req: Request): string {
  return (req.originalUrl ?? req.url).split('?')[0];
}

function routeOf(req: Request): string {
  const path = pathOf(req);
  for (const route of KNOWN_ROUTES) {
    if (route === '/' ? path === '/' : path === route || path.startsWith(`${route}/`)) return route;
  }
  return '(other route)';
}

/** 'ok', the first GraphQL error code, else the HTTP status class (e.g. "http_404"). */
function outcomeOf(res: Response, graphqlOutcome: string | undefined): string {
  if (graphqlOutcome) return graphqlOutcome;
  return res.statusCode < 400 ? 'ok' : `http_${res.statusCode}`;
}
