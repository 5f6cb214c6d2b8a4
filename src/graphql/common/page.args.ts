import { ArgsType, Field, Int } from 'type-graphql';

/** `first` / `after` of a paged field (first is checked against the configured maximum by pageRequest). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to the configured maximum (100 by default).' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}
