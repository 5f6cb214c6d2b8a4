import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CurationResolver } from './graphql/curation/curation.resolver';
import { AuthorshipResolver } from './graphql/paper/authorship.resolver';
import { CollaborationResolver } from './graphql/collaboration/collaboration.resolver';
import { InstitutionResolver } from './graphql/institution/institution.resolver';
import { NodeResolver } from './graphql/node/node.resolver';
import { PaperResolver } from './graphql/paper/paper.resolver';
import { PersonResolver } from './graphql/person/person.resolver';
import { SearchResolver } from './graphql/search/search.resolver';
import { SystemResolver } from './graphql/system/system.resolver';
import { TopicResolver } from './graphql/topic/topic.resolver';
import { VenueResolver } from './graphql/venue/venue.resolver';
import { validateArguments } from './graphql/common/validate-arguments';

/** Every resolver class of the API. */
export const RESOLVERS = [
  SystemResolver,
  NodeResolver,
  PersonResolver,
  PaperResolver,
  AuthorshipResolver,
  VenueResolver,
  InstitutionResolver,
  TopicResolver,
  SearchResolver,
  CollaborationResolver,
  CurationResolver,
] as const;

/**
 * Builds the executable schema from the type-graphql classes, with class-validator on every
 * input; a broken rule is BAD_USER_INPUT naming its argument (validateArguments).
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validateFn: validateArguments,
  });
}
