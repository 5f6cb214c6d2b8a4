import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A research topic, in a broader/narrower hierarchy.' })
export class Topic {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names the topic is matched by.' })
  synonyms!: string[];
}
