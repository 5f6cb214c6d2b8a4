import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { buildConnection, nodeEdge } from '../common/build-connection';
import { PageArgs } from '../common/page.args';
import { pageRequest } from '../common/page-request';
import { PaperConnection } from '../paper/paper-connection.type';
import { Venue } from '../../model/venue.type';

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true })
  venue(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.loaders.venue.load(id);
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers published there, newest first.' })
  async papers(@Root() venue: Venue, @Args() { first, after }: PageArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.papersByVenue.load({ id: venue.id, ...request });
    return buildConnection(page, request, nodeEdge, () => context.loaders.paperCountByVenue.load(venue.id));
  }
}
