import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { CoauthorEdge } from './coauthor-edge.type';

@ObjectType({ description: 'A page of co-authors: most shared papers first, then by name.' })
export class CoauthorConnection extends ConnectionType(CoauthorEdge) {}
