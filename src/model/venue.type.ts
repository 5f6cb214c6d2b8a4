import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A journal or conference.' })
export class Venue {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
