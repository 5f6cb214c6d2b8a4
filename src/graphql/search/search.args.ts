import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Free text; every word matches as itself or as a prefix. Lucene syntax is not interpreted.' })
  @MaxLength(200)
  query!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  first!: number;
}
