import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { InstitutionEdge } from './institution-edge.type';

@ObjectType({ description: 'A page of institutions (Relay connection).' })
export class InstitutionConnection extends ConnectionType(InstitutionEdge) {}
