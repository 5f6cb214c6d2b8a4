import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { TopicEdge } from './topic-edge.type';

@ObjectType({ description: 'A page of topics (Relay connection).' })
export class TopicConnection extends ConnectionType(TopicEdge) {}
