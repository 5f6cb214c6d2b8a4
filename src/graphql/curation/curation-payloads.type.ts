import { Field, ID, Int, ObjectType } from 'type-graphql';
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
