import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A university, institute or company.' })
export class Institution {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
