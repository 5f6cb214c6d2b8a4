import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { PersonEdge } from './person-edge.type';

@ObjectType({ description: 'A page of people (Relay connection).' })
export class PersonConnection extends ConnectionType(PersonEdge) {}
