import { Field, ObjectType } from 'type-graphql';
import { Topic } from '../../model/topic.type';

@ObjectType({ description: 'A topic in a page of a list (Relay edge).' })
export class TopicEdge {
  @Field({ description: 'Pass as `after` to continue after this edge.' })
  cursor!: string;

  @Field(() => Topic)
  node!: Topic;
}
