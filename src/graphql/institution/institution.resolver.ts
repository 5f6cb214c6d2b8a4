import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { buildConnection, nodeEdge } from '../common/build-connection';
import { checkFirst, pageRequest } from '../common/page-request';
import { InstitutionConnection } from './institution-connection.type';
import { InstitutionsArgs } from './institutions.args';
import { Person } from '../../model/person.type';
import { Talk } from '../../model/talk.type';
import { InstitutionPeopleArgs } from './institution-people.args';
import { Institution } from '../../model/institution.type';

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true, description: 'An institution by id; null when there is none.' })
  institution(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.loaders.institution.load(id);
  }

  @Query(() => InstitutionConnection, { description: 'Institutions by name, or ranked by a full-text search over their names; totalCount counts them.' })
  async institutions(@Args() { search, first, after }: InstitutionsArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.institutionsPage(search, request);
    return buildConnection(page, request, nodeEdge, () => context.loaders.institutionsCount(search));
  }

  @FieldResolver(() => [Person], { description: 'People who held a position or studied there, by name.' })
  people(@Root() institution: Institution, @Args() { first }: InstitutionPeopleArgs, @Ctx() context: RequestContext) {
    return context.loaders.peopleByInstitution.load({ id: institution.id, limit: checkFirst(first, context.maxPageSize) });
  }

  @FieldResolver(() => [Talk], { description: 'Talks given there, newest first.' })
  talks(@Root() institution: Institution, @Ctx() context: RequestContext) {
    return context.loaders.talksByInstitution.load(institution.id);
  }
}
