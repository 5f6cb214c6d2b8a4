import { Field, Float, ObjectType } from 'type-graphql';
import { SearchResult } from './search-result.union';

@ObjectType({ description: 'A full-text hit and its relevance.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance on one scale for every kind, 0 to 3.5, higher is better: 2 for an exact name or title, plus the share of the query words in its name, plus a little for a tight name and for its full-text score normalised within its kind.',
  })
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}
