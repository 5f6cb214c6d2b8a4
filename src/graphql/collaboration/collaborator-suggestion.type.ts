import { Field, Float, ObjectType } from 'type-graphql';
import { Person } from '../../model/person.type';

@ObjectType({ description: 'Someone the person has not written with yet, and why they might.' })
export class CollaboratorSuggestion {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float, { description: '1 per shared co-author + 0.5 per shared topic.' })
  score!: number;

  @Field(() => [String])
  reasons!: string[];
}
