import { Field, ObjectType } from 'type-graphql';
import { Institution } from './institution.type';
import { Person } from './person.type';

/**
 * Someone a person "also worked with" at a position (a bio's "Also worked with:" line, or a
 * hosting recorded with role `collaborator`): a colleague, not a host. The relation reads the
 * same from both sides, so `person` is always the other one.
 */
@ObjectType({ description: 'Someone they also worked with at a position: a colleague, not a host.' })
export class Colleague {
  @Field(() => Person, { description: 'The other person.' })
  person!: Person;

  @Field(() => Institution, { nullable: true })
  institution!: Institution | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the precision the source gives (2022, 2022-10).' })
  start!: string | null;

  @Field(() => String, { nullable: true })
  end!: string | null;
}
