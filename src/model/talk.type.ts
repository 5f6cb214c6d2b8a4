import { Field, ID, ObjectType } from 'type-graphql';
import { Institution } from './institution.type';
import { Person } from './person.type';

@ObjectType({ description: 'An invited talk.' })
export class Talk {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'ISO date, month precision (2022-10).' })
  date!: string | null;

  @Field()
  title!: string;

  @Field(() => Institution, { nullable: true })
  institution!: Institution | null;

  @Field(() => Person, { nullable: true })
  speaker!: Person | null;
}
