import { ArgsType, Field, ID } from 'type-graphql';

/** person(id, name): exactly one of the two. */
@ArgsType()
export class PersonArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Display name or alias, case- and accent-insensitive.' })
  name?: string | null;
}
