import { Field, Int, ObjectType } from 'type-graphql';
import { Person } from './person.type';

@ObjectType({ description: 'One entry of an author list.' })
export class Authorship {
  @Field(() => Int, { description: '1-based position in the author list.' })
  position!: number;

  @Field()
  equalContribution!: boolean;

  @Field(() => String, { nullable: true, description: 'The name exactly as the source spelled it.' })
  rawName!: string | null;

  @Field(() => Person)
  person!: Person;

  /** The paper of the list, set by Paper.authors so that `sources` can be looked up. */
  paperId?: string;
}
