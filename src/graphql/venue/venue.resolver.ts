import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { buildConnection, nodeEdge } from '../common/build-connection';
import { PageArgs } from '../common/page.args';
import { pageRequest } from '../common/page-request';
import { PaperConnection } from '../paper/paper-connection.type';
import { Venue } from '../../model/venue.type';
import { VenueConnection } from './venue-connection.type';
import { VenuesArgs } from './venues.args';

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true, description: 'A venue by id; null when there is none.' })
  venue(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.loaders.venue.load(id);
  }

  @Query(() => VenueConnection, { description: 'Venues by name, or ranked by a full-text search over their names; totalCount counts them.' })
  async venues(@Args() { search, first, after }: VenuesArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.venuesPage(search, request);
    return buildConnection(page, request, nodeEdge, () => context.loaders.venuesCount(search));
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers published there, newest first.' })
  async papers(@Root() venue: Venue, @Args() { first, after }: PageArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.papersByVenue.load({ id: venue.id, ...request });
    return buildConnection(page, request, nodeEdge, () => context.loaders.paperCountByVenue.load(venue.id));
  }
}
