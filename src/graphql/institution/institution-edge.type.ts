import { Field, ObjectType } from 'type-graphql';
import { Institution } from '../../model/institution.type';

@ObjectType({ description: 'An institution in a page of a list (Relay edge).' })
export class InstitutionEdge {
  @Field({ description: 'Pass as `after` to continue after this edge.' })
  cursor!: string;

  @Field(() => Institution)
  node!: Institution;
}
