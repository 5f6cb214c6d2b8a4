import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

/** A publication. Authors, topics, venue and citations are field resolvers in PaperResolver. */
@ObjectType({ implements: Node, description: 'A publication.' })
export class Paper implements Node {
  @Field(() => ID, { description: '`doi:<doi>` when known, else `paper:<title-slug>`.' })
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  abstract!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  doi!: string | null;

  /** The stated author count of a truncated list; resolved to the list's length otherwise. */
  authorCount!: number | null;
}
