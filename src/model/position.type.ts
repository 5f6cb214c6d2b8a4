import { Field, ObjectType } from 'type-graphql';
import { Institution } from './institution.type';

@ObjectType({ description: 'A job held at an institution.' })
export class Position {
  @Field(() => Institution)
  institution!: Institution;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  start!: string | null;

  @Field(() => String, { nullable: true, description: 'Null while the position is held.' })
  end!: string | null;
}
