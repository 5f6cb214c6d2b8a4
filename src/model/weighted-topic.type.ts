import { Field, Float, ObjectType } from 'type-graphql';
import { Topic } from './topic.type';

@ObjectType({ description: 'A topic with how strongly it applies (score, summed scores or co-occurrence count).' })
export class WeightedTopic {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => Float)
  weight!: number;
}
