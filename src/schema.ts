import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { SystemResolver } from './graphql/system/system.resolver';

/** Every resolver class of the API. */
export const RESOLVERS = [SystemResolver] as const;

/** Builds the executable schema from the type-graphql classes, with class-validator on every input. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
  });
}
