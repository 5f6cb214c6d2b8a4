import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Person } from '../../model/person.type';

@ObjectType({ description: 'Relationships of one type moved by mergePeople.' })
export class MovedRelationships {
  @Field() type!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class MergePeoplePayload {
  @Field(() => Person, { description: "The person kept, with the other's names as aliases." })
  person!: Person;

  @Field(() => ID, { description: 'The id that no longer exists.' })
  mergedId!: string;

  @Field(() => [String], { description: 'Names added as aliases.' })
  aliasesAdded!: string[];

  @Field(() => [MovedRelationships], { description: 'What moved, per relationship type.' })
  moved!: MovedRelationships[];
}

@ObjectType()
export class DeletePaperPayload {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Relationships removed with it (authorships, topics, citations).' }) relationshipsRemoved!: number;
}

@ObjectType({ description: 'A record an import did not take, with where it was and why.' })
export class ImportRejectItem {
  @Field(() => Int, { nullable: true }) line?: number;
  @Field() record!: string;
  @Field() reason!: string;
}

@ObjectType({ description: 'Counts of an import: every parsed record was imported or rejected.' })
export class ImportReportPayload {
  @Field(() => Int) papersParsed!: number;
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) nodesUpdated!: number;
  @Field(() => Int) nodesUnchanged!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => [ImportRejectItem]) rejected!: ImportRejectItem[];
}

@ObjectType({ description: 'A person split in two by splitPerson.' })
export class SplitPersonPayload {
  @Field(() => Person, { description: 'The person who keeps the other authorships.' })
  person!: Person;

  @Field(() => Person, { description: 'The new person, with the moved authorships.' })
  newPerson!: Person;

  @Field(() => Int, { description: 'Authorships moved.' })
  moved!: number;
}

@ObjectType({ description: 'Two people the identity step could not tell apart with confidence: left for a curator (mergePeople or nothing).' })
export class PossibleDuplicate {
  @Field(() => Person)
  a!: Person;

  @Field(() => Person)
  b!: Person;

  @Field(() => Float, { description: 'How alike they are, 0-1.' })
  score!: number;

  @Field(() => [String], { description: 'Why they may be one person, and why they were not merged.' })
  evidence!: string[];

  @Field({ description: 'The import that found the pair.' })
  source!: string;
}
