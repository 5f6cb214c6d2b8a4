import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class InstitutionPeopleArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  first!: number;
}
