import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import express, { type Express, type Request, type Response } from 'express';
import { createContextFactory, type RequestContext } from '../context';
import type { AppServerOptions } from '../server';
import type { AppMetrics } from '../observability/app-metrics';
import { exportRoutes } from './export-routes';
import { setPageHeaders } from './security-headers';

/**
 * Serves the browser side from the API process (no CDN, no second server):
 * - `GET /`                         the explorer (dist/web/explorer.html)
 * - `GET /graphql` with Accept: text/html and no `query` param: the GraphiQL IDE (dist/web/ide.html);
 *   every other /graphql request (POST, GET ?query=, non-HTML GET) falls through to Apollo untouched
 * - `GET /assets/*`                 the esbuild bundles (scripts/build-web.mjs)
 * - `GET /export/network.graphml|json`  exports for scripts, through the public GraphQL API
 *
 * Must be called before Apollo's /graphql middleware is mounted, so the HTML case is seen first.
 */
export function mountWeb(app: Express, apollo: ApolloServer<RequestContext>, options: AppServerOptions & { metrics?: AppMetrics }): void {
  const webRoot = path.join(options.config.rootDir, 'dist', 'web');

  const sendPage = (file: string) => (_req: Request, res: Response) => {
    const full = path.join(webRoot, file);
    if (!fs.existsSync(full)) {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build:web` (or `npm run build`).\n');
      return;
    }
    setPageHeaders(res, true);
    res.sendFile(full);
  };

  app.get('/', sendPage('explorer.html'));
  const idePage = sendPage('ide.html');
  app.get('/graphql', (req, res, next) => (wantsIdePage(req) ? idePage(req, res) : next()));
  app.use(
    '/assets',
    express.static(path.join(webRoot, 'assets'), {
      index: false,
      fallthrough: false,
      setHeaders: (res) => setPageHeaders(res as unknown as Response, false),
    }),
  );

  // Reads only: no write key is passed on, whatever the caller sent.
  const buildContext = createContextFactory({
    executor: options.executor,
    apiKeys: [],
    serviceVersion: options.serviceVersion,
    maxPageSize: options.config.graphql.maxPageSize,
    metrics: options.metrics,
  });
  app.use(exportRoutes(apollo, (req, res) => buildContext({ req, res })));
}

/**
 * A browser navigating to /graphql (Accept lists text/html before JSON), not a GraphQL GET
 * request: those carry `query` and stay Apollo's. curl's `*\/*` prefers JSON here.
 */
function wantsIdePage(req: Request): boolean {
  if (req.query.query !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}
