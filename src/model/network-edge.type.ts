import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Relation, RelationKind } from './relation.enum';

@ObjectType({ description: 'An edge of a network drawing. HOSTED edges point from host to intern.' })
export class NetworkEdge {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Relation)
  kind!: RelationKind;

  @Field(() => Float, { description: 'Shared papers for COAUTHOR (in a topic network, shared papers on the topic), number of hostings for HOSTED.' })
  weight!: number;
}
