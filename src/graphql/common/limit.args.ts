import { ArgsType, Field, Int } from 'type-graphql';

/** `first` of a bounded, unpaged list. */
@ArgsType()
export class LimitArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'How many, 1 to the configured maximum.' })
  first!: number;
}
