import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class TopicsArgs {
  @Field(() => String, { nullable: true, description: 'Full-text over names and synonyms; ranked by relevance. Without it, by name.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
