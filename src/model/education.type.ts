import { Field, ObjectType } from 'type-graphql';
import { Institution } from './institution.type';

@ObjectType({ description: 'A degree studied for at an institution.' })
export class Education {
  @Field(() => Institution)
  institution!: Institution;

  @Field(() => String, { nullable: true })
  degree!: string | null;

  @Field(() => String, { nullable: true })
  field!: string | null;
}
