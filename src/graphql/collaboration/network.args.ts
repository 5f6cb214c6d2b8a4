import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** The most people a network may hold. */
export const MAX_NETWORK_NODES = 5000;

@ArgsType()
export class NetworkArgs {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Hops from the person, 1 to 3.' })
  @Min(1)
  @Max(3)
  depth!: number;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Co-authorships with fewer shared papers are not followed or drawn.' })
  @Min(1)
  minSharedPapers!: number;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: `Most people in the network, 1 to ${MAX_NETWORK_NODES}; the closest and strongest links are kept.` })
  @Min(1)
  @Max(MAX_NETWORK_NODES)
  limit!: number;
}
