import { Field, ObjectType } from 'type-graphql';
import { NetworkEdge } from './network-edge.type';
import { NetworkNode } from './network-node.type';

@ObjectType({ description: 'People and the links among them, ready to draw: around a person (collaborationNetwork) or on a topic (topicNetwork). The centre is the first node.' })
export class Network {
  @Field(() => [NetworkNode])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge])
  edges!: NetworkEdge[];
}
