import { Field, ObjectType } from 'type-graphql';
import { NetworkEdge } from './network-edge.type';
import { NetworkNode } from './network-node.type';

@ObjectType({ description: 'People around a person and the links among them, ready to draw. The centre is the first node.' })
export class Network {
  @Field(() => [NetworkNode])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge])
  edges!: NetworkEdge[];
}
