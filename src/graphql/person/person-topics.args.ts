import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PersonTopicsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10 })
  first!: number;
}
