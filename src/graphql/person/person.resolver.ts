import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { badInput } from '../../errors';
import { coauthorConnection } from '../collaboration/coauthor-connection';
import { CoauthorConnection } from '../collaboration/coauthor-connection.type';
import { PersonCoauthorsArgs } from '../collaboration/person-coauthors.args';
import { buildConnection, emptyConnection, nodeEdge } from '../common/build-connection';
import { PageArgs } from '../common/page.args';
import { checkFirst, pageRequest } from '../common/page-request';
import { PaperConnection } from '../paper/paper-connection.type';
import { WeightedTopic } from '../../model/weighted-topic.type';
import { Education } from '../../model/education.type';
import { Colleague } from '../../model/colleague.type';
import { Hosting } from '../../model/hosting.type';
import { PeopleArgs } from './people.args';
import { PersonArgs } from './person.args';
import { PersonConnection } from './person-connection.type';
import { PersonTopicsArgs } from './person-topics.args';
import { Person } from '../../model/person.type';
import { Position } from '../../model/position.type';
import { Talk } from '../../model/talk.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id, name, ORCID iD, DBLP id or OpenAlex id (exactly one); null when nobody matches.' })
  async person(@Args() { id, name, orcid, dblp, openalex }: PersonArgs, @Ctx() context: RequestContext) {
    const given = Object.entries({ id, name, orcid, dblp, openalex }).filter(([, value]) => value !== undefined && value !== null);
    if (given.length !== 1) throw badInput('person needs exactly one of id, name, orcid, dblp or openalex', { argument: given[1]?.[0] ?? 'id' });
    if (id) return context.loaders.person.load(id);
    if (orcid) return context.loaders.personByExternalId('orcid', orcid);
    if (dblp) return context.loaders.personByExternalId('dblp', dblp);
    if (openalex) return context.loaders.personByExternalId('openalex', openalex);
    const matches = await context.loaders.personByName(name!);
    if (matches.length > 1) {
      throw badInput(`${matches.length} people answer to "${name}": ${matches.map((match) => `${match.name} (${match.id})`).join(', ')}; ask by id`, {
        argument: 'name',
        candidates: matches.map((match) => ({ id: match.id, name: match.name })),
      });
    }
    return matches[0] ?? null;
  }

  @Query(() => PersonConnection, { description: 'People by name, or ranked by a full-text search over names and aliases.' })
  async people(@Args() { search, first, after }: PeopleArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.peoplePage(search, request);
    return buildConnection(page, request, nodeEdge, () => context.loaders.peopleCount(search));
  }

  @FieldResolver(() => PaperConnection, { description: 'Their papers, newest first.' })
  async papers(@Root() person: Person, @Args() { first, after }: PageArgs, @Ctx() context: RequestContext) {
    const request = pageRequest(first, after, context.maxPageSize);
    const page = await context.loaders.papersByPerson.load({ id: person.id, ...request });
    return buildConnection(page, request, nodeEdge, () => context.loaders.paperCountByPerson.load(person.id));
  }

  @FieldResolver(() => CoauthorConnection, { description: 'Their co-authors: most shared papers first, then by name.' })
  async coauthors(@Root() person: Person, @Args() args: PersonCoauthorsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    // Empty, not an error, if the person was deleted while the request ran.
    return (await coauthorConnection(context, person.id, args, info)) ?? emptyConnection();
  }

  @FieldResolver(() => [Hosting], { description: 'Who hosted them (visits, internships, mentoring), newest first. Hosts only: see alsoWorkedWith.' })
  hosts(@Root() person: Person, @Ctx() context: RequestContext) {
    return context.loaders.hostsByPerson.load(person.id);
  }

  @FieldResolver(() => [Hosting], { description: 'Whom they hosted, newest first.' })
  hosted(@Root() person: Person, @Ctx() context: RequestContext) {
    return context.loaders.hostedByPerson.load(person.id);
  }

  @FieldResolver(() => [Colleague], {
    description: 'People they also worked with at a position (a bio\'s "Also worked with:", role collaborator), from either side; newest first. Not hosts.',
  })
  alsoWorkedWith(@Root() person: Person, @Ctx() context: RequestContext) {
    return context.loaders.colleaguesByPerson.load(person.id);
  }

  @FieldResolver(() => [Position], { description: 'Their positions, newest first.' })
  positions(@Root() person: Person, @Ctx() context: RequestContext) {
    return context.loaders.positionsByPerson.load(person.id);
  }

  @FieldResolver(() => [Education])
  education(@Root() person: Person, @Ctx() context: RequestContext) {
    return context.loaders.educationByPerson.load(person.id);
  }

  @FieldResolver(() => [WeightedTopic], { description: 'Their topics: summed topic scores of their papers (+1 for a stated interest).' })
  topics(@Root() person: Person, @Args() { first }: PersonTopicsArgs, @Ctx() context: RequestContext) {
    return context.loaders.topicsByPerson.load({ id: person.id, limit: checkFirst(first, context.maxPageSize) });
  }

  @FieldResolver(() => [Talk], { description: 'Talks they gave, newest first.' })
  talks(@Root() person: Person, @Ctx() context: RequestContext) {
    return context.loaders.talksByPerson.load(person.id);
  }
}
