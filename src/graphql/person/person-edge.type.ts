import { Field, ObjectType } from 'type-graphql';
import { Person } from '../../model/person.type';

@ObjectType({ description: 'A person in a page of a list (Relay edge).' })
export class PersonEdge {
  @Field({ description: 'Pass as `after` to continue after this edge.' })
  cursor!: string;

  @Field(() => Person)
  node!: Person;
}
