import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { PaperEdge } from './paper-edge.type';

@ObjectType({ description: 'A page of papers (Relay connection).' })
export class PaperConnection extends ConnectionType(PaperEdge) {}
