import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { SearchKindFilter } from '../../model/search-kind.enum';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Free text; every word matches as itself or as a prefix. Lucene syntax is not interpreted.' })
  @MaxLength(200)
  query!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  first!: number;

  @Field(() => [SearchKindFilter], { nullable: true, description: 'Only these kinds (all when absent).' })
  @IsOptional()
  @ArrayMaxSize(5)
  kinds?: SearchKindFilter[] | null;
}
