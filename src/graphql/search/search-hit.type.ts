import { Field, Float, ObjectType } from 'type-graphql';
import { SearchResult } from './search-result.union';

@ObjectType({ description: 'A full-text hit and its relevance.' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance; higher is better.' })
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}
