import { Field, Int, ObjectType } from 'type-graphql';
import { Person } from '../../model/person.type';
import { PathStep } from './path-step.type';

@ObjectType({ description: 'A shortest chain of collaborations between two people.' })
export class CollaborationPath {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [Person], { description: 'From the first person to the last, in order.' })
  people!: Person[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}
