import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of a network drawing.' })
export class NetworkNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What to print on the node (the name).' })
  label!: string;

  @Field({ description: 'The node kind: Person.' })
  kind!: string;

  @Field(() => Float, { description: 'Node size: the number of papers (in a topic network, of papers on the topic).' })
  weight!: number;
}
