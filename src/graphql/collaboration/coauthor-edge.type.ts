import { Field, Int, ObjectType } from 'type-graphql';
import { Person } from '../../model/person.type';
import { Paper } from '../../model/paper.type';

/** A co-author and what the two share. */
@ObjectType({ description: 'A co-author of the person, with the evidence: their shared papers.' })
export class CoauthorEdge {
  @Field()
  cursor!: string;

  @Field(() => Person)
  node!: Person;

  @Field(() => Int)
  sharedPaperCount!: number;

  @Field(() => Int, { nullable: true, description: 'Year of their first shared paper.' })
  firstYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of their latest shared paper.' })
  lastYear!: number | null;

  /** The shared papers, newest first: read with the page when the selection asks for them, else null. */
  @Field(() => [Paper], { description: 'The shared papers, newest first.' })
  papers!: Paper[] | null;
}
