import { createUnionType } from 'type-graphql';
import { Institution } from '../../model/institution.type';
import { Paper } from '../../model/paper.type';
import { Person } from '../../model/person.type';
import { Topic } from '../../model/topic.type';
import { Venue } from '../../model/venue.type';

/** What a search hit can be. Hits are tagged with `__typename` by the search resolver. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything full-text search finds.',
  types: () => [Person, Paper, Venue, Institution, Topic] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});
