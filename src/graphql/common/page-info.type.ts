import { Field, ObjectType } from 'type-graphql';

/** Relay page information. */
@ObjectType({ description: 'Where this page sits in the whole list (Relay).' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}
