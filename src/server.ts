import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Config } from './config';
import { createContextFactory, RequestContext } from './context';
import { queryLimitRules } from './graphql/limits/query-limit-rules';
import { Executor } from './db/executor';
import { SystemRepository } from './db/system.repository';
import { HTTP_STATUS_BY_CODE, ErrorCode, mapDatabaseError } from './errors';
import { limitErrorCode } from './graphql/limits/limit-error-code';
import { graphqlErrorHandler, graphqlHttpGuards } from './http/graphql-http-guards';
import { corsMiddleware } from './http/cors';
import { securityHeaders } from './http/security-headers';
import { rateLimitPlugin } from './graphql/limits/rate-limit.plugin';
import { createRateLimitStore } from './graphql/limits/rate-limit-store';
import { operationLimitsPlugin } from './graphql/limits/operation-limits.plugin';
import { costLimit } from './graphql/limits/cost-limit';
import { MAX_NETWORK_NODES } from './graphql/collaboration/network.args';
import { mountWeb } from './web/mount-web';
import type { Logger } from 'pino';
import { createLogger } from './observability/logger';
import { AppMetrics } from './observability/app-metrics';
import { requestObservability } from './http/request-observability';
import { sessionsInUse } from './db/executor';

export interface AppServerOptions {
  config: Config;
  schema: GraphQLSchema;
  executor: Executor;
  serviceVersion: string;
  /** Called once when the server stops, after HTTP has drained (closes the driver, stops Neo4j). */
  onStop?: () => Promise<void>;
  /** Why the database is not ready yet (migrations, seeding), or undefined once it is. */
  notReadyReason?: () => string | undefined;
  /** The JSON logger; default: one on stdout at config.logLevel. */
  logger?: Logger;
}

export interface AppServer {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  logger: Logger;
  metrics: AppMetrics;
  /** Listens on config.http; resolves with the bound URL. */
  listen(): Promise<string>;
  /** Drains in-flight requests, then runs onStop. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Apollo Server on Express: POST /graphql (the API), GET /healthz (process alive),
 * GET /readyz (200 when Neo4j answers, 503 with the reason otherwise), GET /metrics
 * (Prometheus). Every request gets an id, one JSON log line and its metrics.
 */
export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = new AppMetrics(() => sessionsInUse(options.executor.driver));
  const rateLimits = createRateLimitStore({
    perMinute: config.expensiveRequestsPerMinute,
    redisUrl: config.expensiveRequestsPerMinute > 0 ? config.redisUrl : undefined,
    logger,
    onFallback: () => metrics.rateLimitStoreFallbacks.inc(),
  });
  // A Redis that does not answer within 2 s does not stop start-up: budgets are per process until it does.
  await rateLimits.ready(2000);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: config.graphql.exposeStackTraces,
    allowBatchedHttpRequests: false,
    validationRules: queryLimitRules(config.graphql),
    // Apollo's own guard against fragment fan-out, before validation runs.
    maxRecursiveSelections: true,
    // No "Did you mean ...?" hints when the schema is not public.
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    formatError: formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no @cacheControl hints; the default plugin still wrapped every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      httpStatusFromErrorsPlugin(),
      requestFactsPlugin(),
      // Once variables are known, before any resolver: the cost as it will run, then the per-client budget.
      operationLimitsPlugin([
        costLimit(config.graphql.maxCost, { first: config.graphql.maxPageSize, limit: MAX_NETWORK_NODES }),
        rateLimitPlugin(config.expensiveRequestsPerMinute, rateLimits),
      ]),
      ...(config.nodeEnv === 'production' ? [] : [roundTripsPlugin()]),
      lifecyclePlugin(async () => {
        await rateLimits.close();
        await options.onStop?.();
      }),
    ],
  });
  await apollo.start();

  app.use(...requestObservability(logger, metrics));
  app.use(securityHeaders());
  app.use(corsMiddleware(config.corsOrigins));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const system = new SystemRepository(options.executor);
  app.get('/readyz', async (_req, res) => {
    try {
      await system.ping();
      const notReady = options.notReadyReason?.();
      if (notReady) {
        res.status(503).json({ status: 'unavailable', reason: notReady });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      const mapped = mapDatabaseError(error);
      res.status(503).json({ status: 'unavailable', reason: mapped instanceof Error ? mapped.message : String(mapped) });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  mountWeb(app, apollo, { ...options, metrics }); // GET / (explorer), GET /graphql for browsers (IDE), /assets, /export
  app.use(
    '/graphql',
    ...graphqlHttpGuards({ maxAliases: config.graphql.maxAliases }),
    expressMiddleware(apollo, {
      context: createContextFactory({
        executor: options.executor,
        apiKeys: config.apiKeys,
        serviceVersion: options.serviceVersion,
        topicsFile: config.seed.topicsFile,
        maxPageSize: config.graphql.maxPageSize,
        metrics,
      }),
    }),
  );
  app.use(graphqlErrorHandler);

  let stopping: Promise<void> | undefined;
  return {
    app,
    httpServer,
    apollo,
    logger,
    metrics,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.http.port, config.http.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.http.port;
          resolve(`http://${config.http.host}:${port}`);
        });
      }),
    stop: () => (stopping ??= apollo.stop()),
  };
}

/** Every error leaves with an extensions.code; database errors are mapped to typed ones. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  const limitCode = limitErrorCode(error);
  if (limitCode) return { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
  const mapped = original ? mapDatabaseError(original) : undefined;
  if (mapped && mapped !== original && mapped instanceof Error && 'extensions' in mapped) {
    const extensions = (mapped as { extensions: Record<string, unknown> }).extensions;
    return { ...formatted, message: mapped.message, extensions: { ...formatted.extensions, ...extensions, stacktrace: undefined } };
  }
  if (!formatted.extensions?.code) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}

/** When every error of a response shares one HTTP-worthy code (503, 401...), use it as the status. */
function httpStatusFromErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length || response.body.singleResult.data) return;
          const codes = new Set(errors.map((error) => error.extensions?.code as ErrorCode | undefined));
          const [code] = [...codes];
          if (codes.size === 1 && code && (code === 'SERVICE_UNAVAILABLE' || code === 'UNAUTHENTICATED' || code === 'QUERY_TIMEOUT')) {
            response.http.status = HTTP_STATUS_BY_CODE[code];
          }
        },
      };
    },
  };
}

/**
 * Outside production, every response carries `extensions.roundTrips`: the Cypher round
 * trips the request cost (tests assert it; it shows N+1 regressions at a glance).
 */
function roundTripsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, roundTrips: contextValue.counter.roundTrips };
        },
      };
    },
  };
}

/**
 * Tells the request log and metrics what the GraphQL layer knows (operation name, outcome,
 * cost), and puts the request id in every error's `extensions.requestId` so a client's report
 * leads to the log line.
 */
function requestFactsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, operationName }) {
          const facts = contextValue.facts;
          if (operation) facts.operationName = operationName ?? '(anonymous)';
          facts.cost = contextValue.operationCost;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const errors = result.errors;
          facts.outcome = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
          if (errors?.length) result.errors = errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }));
        },
      };
    },
  };
}

/** Runs `onStop` once Apollo has drained HTTP: the driver closes last. */
function lifecyclePlugin(onStop?: () => Promise<void>): ApolloServerPlugin<RequestContext> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await onStop?.();
        },
      };
    },
  };
}
