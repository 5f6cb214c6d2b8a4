import { Field, ID, InterfaceType } from 'type-graphql';

/** The kinds `node(id:)` can answer; a value returned as a Node carries its kind as `__typename`. */
export type NodeTypename = 'Person' | 'Paper' | 'Venue' | 'Institution' | 'Topic';

/**
 * Relay's global object identification: every kind with an id implements Node, and
 * `node(id:)` / `nodes(ids:)` refetch any of them by that id alone. The ids are used as they
 * are: their forms differ by kind (`person:…`/`orcid:…`, `doi:…`/`paper:…`, `venue:…`,
 * `institution:…`, `topic:…`), so an id names one object.
 */
@InterfaceType({
  description: 'An object with a global id (Relay global object identification): refetch it with node(id:).',
  resolveType: (value) => (value as { __typename?: NodeTypename }).__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, stable across requests.' })
  id!: string;
}
