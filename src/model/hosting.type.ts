import { Field, ObjectType } from 'type-graphql';
import { Institution } from './institution.type';
import { Person } from './person.type';

@ObjectType({ description: 'A visit: `host` hosted (or worked with) `intern`.' })
export class Hosting {
  @Field(() => Person)
  host!: Person;

  @Field(() => Person)
  intern!: Person;

  @Field(() => Institution, { nullable: true })
  institution!: Institution | null;

  @Field({ description: '`host` for a named host, `collaborator` for "also worked with".' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'ISO date of the precision the source gives (2022, 2022-10).' })
  start!: string | null;

  @Field(() => String, { nullable: true })
  end!: string | null;
}
