import { Field, ObjectType } from 'type-graphql';
import type { PaperRow } from '../../db/cypher/projections';
import { Hosting } from '../person/hosting.type';
import { Person } from '../person/person.type';
import { Relation } from './relation.enum';

/** One step of a path; `papers` (the evidence of a COAUTHOR step) is resolved by PathStepResolver. */
@ObjectType({ description: 'One step of a collaboration path, with its evidence.' })
export class PathStep {
  @Field(() => Person)
  from!: Person;

  @Field(() => Person)
  to!: Person;

  @Field(() => Relation)
  relation!: Relation;

  @Field(() => Hosting, { nullable: true, description: 'The hosting linking the two, when HOSTED is allowed and there is one.' })
  hosting!: Hosting | null;

  /** The papers the two share (when COAUTHOR is allowed), newest first: read with the path. */
  papers!: PaperRow[];
}
