import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { VenueEdge } from './venue-edge.type';

@ObjectType({ description: 'A page of venues (Relay connection).' })
export class VenueConnection extends ConnectionType(VenueEdge) {}
