import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { checkFirst } from '../common/page-request';
import { SearchArgs } from './search.args';
import { SearchHit } from './search-hit.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over people, papers, venues, institutions and topics (or the kinds asked for), best first: an exact (case- and accent-folded) name or title of any kind before partial matches.',
  })
  async search(@Args() { query, first, kinds }: SearchArgs, @Ctx() context: RequestContext) {
    const hits = await context.loaders.search(query, checkFirst(first, context.maxPageSize), kinds ? [...new Set(kinds)] : undefined);
    return hits.map((hit) => ({ score: hit.score, node: { ...hit.item, __typename: hit.kind } }));
  }
}
