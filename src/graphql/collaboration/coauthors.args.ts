import { ArgsType, Field, ID } from 'type-graphql';
import { PersonCoauthorsArgs } from './person-coauthors.args';

/** coauthors(personId, minSharedPapers, first, after). */
@ArgsType()
export class CoauthorsArgs extends PersonCoauthorsArgs {
  @Field(() => ID)
  personId!: string;
}
