import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'A research topic, in a broader/narrower hierarchy.' })
export class Topic implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names the topic is matched by.' })
  synonyms!: string[];
}
