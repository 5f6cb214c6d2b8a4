import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_NETWORK_NODES } from '../collaboration/network.args';

/** topicNetwork(topicId, includeNarrower, minSharedPapers, limit). */
@ArgsType()
export class TopicNetworkArgs {
  @Field(() => ID)
  topicId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Count papers on narrower topics too (three levels down).' })
  includeNarrower!: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Co-authorships sharing fewer papers on the topic are not drawn.' })
  @Min(1)
  minSharedPapers!: number;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: `Most people, 1 to ${MAX_NETWORK_NODES}: those with the most papers on the topic.` })
  @Min(1)
  @Max(MAX_NETWORK_NODES)
  limit!: number;
}
