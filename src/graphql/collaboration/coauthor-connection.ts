import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import type { CoauthorRow } from '../../db/cypher/collaboration.cypher';
import { buildConnection, ConnectionData } from '../common/build-connection';
import { pageRequest } from '../common/page-request';
import { selectsAny } from '../common/selection';
import type { PersonCoauthorsArgs } from './person-coauthors.args';

/** The edge fields that need each co-author's shared papers. */
const EVIDENCE_FIELDS = ['papers', 'firstYear', 'lastYear'] as const;

export type CoauthorEdgeData = CoauthorRow & { node: CoauthorRow['person']; firstYear: number | null; lastYear: number | null };

/**
 * The co-authors of a person as a connection, through the request's loader (so a list of
 * people asking for their co-authors costs one round trip). The shared papers are read only
 * when the selection asks for `papers`, `firstYear` or `lastYear`, and then in the same
 * statement. Null when the person does not exist.
 */
export async function coauthorConnection(
  context: RequestContext,
  personId: string,
  args: PersonCoauthorsArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionData<CoauthorEdgeData> | null> {
  const request = pageRequest(args.first, args.after, context.maxPageSize);
  const minShared = args.minSharedPapers;
  const evidence = selectsAny(info, ['edges'], EVIDENCE_FIELDS);
  const page = await context.loaders.coauthorsByPerson.load({ id: personId, minShared, evidence, ...request });
  if (!page) return null;
  return buildConnection(page, request, toEdge, () => context.loaders.coauthorCountByPerson.load({ id: personId, minShared }));
}

function toEdge(row: CoauthorRow): CoauthorEdgeData {
  const years = (row.papers ?? []).flatMap((paper) => (paper.year === null ? [] : [paper.year]));
  return {
    ...row,
    node: row.person,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}
