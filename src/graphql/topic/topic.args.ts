import { ArgsType, Field, ID } from 'type-graphql';

/** topic(id, name): exactly one of the two. */
@ArgsType()
export class TopicArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Name or synonym, case-insensitive.' })
  name?: string | null;
}
