import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { notFound } from '../../errors';
import { checkFirst } from '../common/page-request';
import { selectedFields } from '../common/selection';
import { coauthorConnection } from './coauthor-connection';
import { CoauthorConnection } from './coauthor-connection.type';
import { CoauthorsArgs } from './coauthors.args';
import { CollaborationPath } from './collaboration-path.type';
import { CollaboratorSuggestion } from './collaborator-suggestion.type';
import { Network } from '../../model/network.type';
import { NetworkArgs } from './network.args';
import { PathArgs } from './path.args';
import { SuggestionsArgs } from './suggestions.args';

const noPerson = (id: string, argument = 'personId') => notFound(`${argument}: no person with id "${id}"`, { argument });

/** Traversals between people: co-authors, the network around someone, paths, suggestions. */
@Resolver()
export class CollaborationResolver {
  @Query(() => CoauthorConnection, { description: 'Co-authors of a person: most shared papers first, then by name. NOT_FOUND for an unknown person.' })
  async coauthors(@Args() args: CoauthorsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    const connection = await coauthorConnection(context, args.personId, args, info);
    if (!connection) throw noPerson(args.personId);
    return connection;
  }

  @Query(() => Network, { description: 'The people within `depth` co-authorship or hosting hops of a person, and the links among them.' })
  async collaborationNetwork(@Args() { personId, depth, minSharedPapers, limit }: NetworkArgs, @Ctx() context: RequestContext) {
    const network = await context.loaders.network(personId, depth, minSharedPapers, limit);
    if (!network) throw noPerson(personId);
    return network;
  }

  @Query(() => CollaborationPath, {
    nullable: true,
    description: 'A shortest chain of collaborations between two people, with the evidence of each step; null when none within maxLength.',
  })
  async collaborationPath(@Args() { fromId, toId, via, maxLength }: PathArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    if (fromId === toId) {
      const person = await context.loaders.person.load(fromId);
      if (!person) throw noPerson(fromId, 'fromId');
      return { length: 0, people: [person], steps: [] };
    }
    // The evidence is read in the path's own statement, and only the kinds the client selected.
    const stepFields = selectedFields(info, ['steps']);
    const result = await context.loaders.path(fromId, toId, via, maxLength, { papers: stepFields.has('papers'), hosting: stepFields.has('hosting') });
    if (!result.fromFound) throw noPerson(fromId, 'fromId');
    if (!result.toFound) throw noPerson(toId, 'toId');
    return result.path;
  }

  @Query(() => [CollaboratorSuggestion], {
    description: 'People the person has not written with, ranked by shared co-authors and shared topics (see CollaboratorSuggestion.score), best first, then by name.',
  })
  async suggestedCollaborators(@Args() { personId, first }: SuggestionsArgs, @Ctx() context: RequestContext) {
    const limit = checkFirst(first, context.maxPageSize);
    const [person, suggestions] = await Promise.all([context.loaders.person.load(personId), context.loaders.suggestions(personId, limit)]);
    if (!person) throw noPerson(personId);
    return suggestions;
  }
}
