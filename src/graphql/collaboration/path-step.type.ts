import { Field, ObjectType } from 'type-graphql';
import { Hosting } from '../../model/hosting.type';
import { Person } from '../../model/person.type';
import { Relation } from '../../model/relation.enum';
import { Paper } from '../../model/paper.type';

/** One step of a path, with its evidence: the papers of a COAUTHOR step, the hosting of a HOSTED one. */
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
  @Field(() => [Paper], { description: 'Papers the two share (when COAUTHOR is allowed), newest first.' })
  papers!: Paper[];
}
