import { createUnionType } from 'type-graphql';
import { Institution } from '../institution/institution.type';
import { Paper } from '../paper/paper.type';
import { Person } from '../person/person.type';
import { Topic } from '../topic/topic.type';
import { Venue } from '../venue/venue.type';

/** What a search hit can be. Hits are tagged with `__typename` by the search resolver. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything full-text search finds.',
  types: () => [Person, Paper, Venue, Institution, Topic] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});
