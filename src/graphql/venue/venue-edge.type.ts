import { Field, ObjectType } from 'type-graphql';
import { Venue } from '../../model/venue.type';

@ObjectType({ description: 'A venue in a page of a list (Relay edge).' })
export class VenueEdge {
  @Field({ description: 'Pass as `after` to continue after this edge.' })
  cursor!: string;

  @Field(() => Venue)
  node!: Venue;
}
