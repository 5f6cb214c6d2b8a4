import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class SuggestionsArgs {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  first!: number;
}
