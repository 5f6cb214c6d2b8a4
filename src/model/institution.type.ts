import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'A university, institute or company.' })
export class Institution implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
