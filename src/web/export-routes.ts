import type { ApolloServer } from '@apollo/server';
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { RequestContext } from '../context';
import { HTTP_STATUS_BY_CODE, type ErrorCode } from '../errors';
import { NETWORK_FIELDS } from './explorer-operations';
import { exportBaseName, type NetworkData, type NetworkExportMeta } from './export/network-data';
import { networkToGraphml } from './export/network-graphml';
import { networkToJson } from './export/network-json';

/** The public GraphQL operations the exports run: the same ones the explorer sends. */
export const EXPORT_NETWORK_QUERY = /* GraphQL */ `
  query ExportNetwork($personId: ID!, $depth: Int, $minSharedPapers: Int, $limit: Int) {
    network: collaborationNetwork(personId: $personId, depth: $depth, minSharedPapers: $minSharedPapers, limit: $limit) {
      ...NetworkFields
    }
  }
  ${NETWORK_FIELDS}
`;

export const EXPORT_TOPIC_NETWORK_QUERY = /* GraphQL */ `
  query ExportTopicNetwork($topicId: ID!, $minSharedPapers: Int, $limit: Int) {
    network: topicNetwork(topicId: $topicId, minSharedPapers: $minSharedPapers, limit: $limit) {
      ...NetworkFields
    }
  }
  ${NETWORK_FIELDS}
`;

export type ContextBuilder = (req: Request, res: Response) => Promise<RequestContext>;

/**
 * GET /export/network.graphml and /export/network.json ?personId=&depth=&minSharedPapers=&limit=
 * (a person's network) or ?topicId=&minSharedPapers=&limit= (a topic's).
 * For scripts (curl, Gephi's "import from URL"). They call the public GraphQL API in-process
 * through Apollo's executeOperation, so they get the same validation, limits, errors and
 * plugins as POST /graphql: no private path into the database.
 */
export function exportRoutes(apollo: ApolloServer<RequestContext>, buildContext: ContextBuilder): Router {
  const router = express.Router();
  router.get('/export/network.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'graphml' && format !== 'json') {
      res.status(404).json({ errors: [{ message: 'unknown export format: use network.graphml or network.json', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const variables = readVariables(req, res);
    if (!variables) return;
    const response = await apollo.executeOperation<{ network: NetworkData }>(
      { query: 'topicId' in variables ? EXPORT_TOPIC_NETWORK_QUERY : EXPORT_NETWORK_QUERY, variables: { ...variables } },
      { contextValue: await buildContext(req, res) },
    );
    if (response.body.kind !== 'single') {
      res.status(500).json({ errors: [{ message: 'unexpected incremental response', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      return;
    }
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      const code = (errors?.[0]?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
      res.status(HTTP_STATUS_BY_CODE[code] ?? 500).json({ errors });
      return;
    }
    const meta: NetworkExportMeta = { ...variables, exportedAt: new Date().toISOString() };
    sendExport(res, format, data.network, meta);
  });
  return router;
}

type ExportVariables = { minSharedPapers: number; limit: number } & ({ personId: string; depth: number } | { topicId: string });

/** Query-string → GraphQL variables; answers 400 itself (and returns undefined) when one is malformed. Ranges are the API's to check. */
function readVariables(req: Request, res: Response): ExportVariables | undefined {
  const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string).trim() : '');
  const personId = text('personId');
  const topicId = text('topicId');
  if (!personId === !topicId) {
    badRequest(res, 'give personId or topicId (one of them), e.g. /export/network.graphml?personId=person:paul-vicol&depth=2', personId ? 'topicId' : 'personId');
    return undefined;
  }
  const ints: Record<'depth' | 'minSharedPapers' | 'limit', number> = { depth: 1, minSharedPapers: 1, limit: 200 };
  for (const name of Object.keys(ints) as Array<keyof typeof ints>) {
    const raw = req.query[name];
    if (raw === undefined || raw === '') continue;
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value)) {
      badRequest(res, `${name} must be an integer`, name);
      return undefined;
    }
    ints[name] = value;
  }
  const { depth, minSharedPapers, limit } = ints;
  return personId ? { personId, depth, minSharedPapers, limit } : { topicId, minSharedPapers, limit };
}

function badRequest(res: Response, message: string, argument: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argument } }] });
}

function sendExport(res: Response, format: 'graphml' | 'json', network: NetworkData, meta: NetworkExportMeta): void {
  const base = exportBaseName(meta);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (format === 'graphml') {
    res.type('application/graphml+xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${base}.graphml"`);
    res.send(networkToGraphml(network, meta));
  } else {
    res.type('application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${base}.json"`);
    res.send(networkToJson(network, meta));
  }
}
