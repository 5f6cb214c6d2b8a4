import { Field, Float, ObjectType } from 'type-graphql';
import { Person } from '../../model/person.type';

@ObjectType({ description: 'Someone the person has not written with yet, and why they might.' })
export class CollaboratorSuggestion {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float, {
    description:
      "1 per shared co-author + 0.5 per shared topic, from the strongest links: a co-author counts when among the person's 100 strongest (most shared papers) and this person among their 50 strongest; a topic when among the person's 20 with most papers and this person among its 50 with most papers.",
  })
  score!: number;

  @Field(() => [String], { description: 'The shared co-authors and topics behind the score, by name (the first five of each).' })
  reasons!: string[];
}
