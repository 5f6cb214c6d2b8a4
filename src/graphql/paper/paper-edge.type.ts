import { Field, ObjectType } from 'type-graphql';
import { Paper } from '../../model/paper.type';

@ObjectType({ description: 'A paper in a page of a list (Relay edge).' })
export class PaperEdge {
  @Field({ description: 'Pass as `after` to continue after this edge.' })
  cursor!: string;

  @Field(() => Paper)
  node!: Paper;
}
