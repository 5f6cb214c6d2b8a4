import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { checkFirst } from '../common/page-request';
import { Person } from '../../model/person.type';
import { Talk } from '../../model/talk.type';
import { InstitutionPeopleArgs } from './institution-people.args';
import { Institution } from '../../model/institution.type';

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true })
  institution(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.loaders.institution.load(id);
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
