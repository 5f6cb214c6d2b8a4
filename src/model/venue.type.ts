import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'A journal or conference.' })
export class Venue implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
