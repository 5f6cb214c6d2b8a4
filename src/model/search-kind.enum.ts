import { registerEnumType } from 'type-graphql';

/** What search may be asked to look for. Values are the GraphQL type names of the hits. */
export enum SearchKindFilter {
  PERSON = 'Person',
  PAPER = 'Paper',
  VENUE = 'Venue',
  INSTITUTION = 'Institution',
  TOPIC = 'Topic',
}

registerEnumType(SearchKindFilter, { name: 'SearchKind', description: 'A kind of thing search finds.' });
