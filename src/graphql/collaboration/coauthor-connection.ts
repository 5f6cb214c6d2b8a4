import type { RequestContext } from '../../context';
import type { CoauthorRow } from '../../db/cypher/collaboration.cypher';
import { buildConnection, ConnectionData } from '../common/build-connection';
import { pageRequest } from '../common/page-request';
import type { PersonCoauthorsArgs } from './person-coauthors.args';

/**
 * The co-authors of a person as a connection, through the request's loader (so a list of
 * people asking for their co-authors costs one round trip). Null when the person does not exist.
 */
export async function coauthorConnection(context: RequestContext, personId: string, args: PersonCoauthorsArgs): Promise<ConnectionData<CoauthorRow & { node: CoauthorRow['person'] }> | null> {
  const request = pageRequest(args.first, args.after, context.maxPageSize);
  const minShared = args.minSharedPapers;
  const page = await context.loaders.coauthorsByPerson.load({ id: personId, minShared, ...request });
  if (!page) return null;
  return buildConnection(page, request, (row) => ({ ...row, node: row.person }), () => context.loaders.coauthorCountByPerson.load({ id: personId, minShared }));
}
