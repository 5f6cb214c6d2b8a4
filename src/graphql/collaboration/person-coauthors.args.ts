import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '../common/page.args';

/** Person.coauthors(minSharedPapers, first, after). */
@ArgsType()
export class PersonCoauthorsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Only co-authors with at least this many shared papers.' })
  @Min(1)
  minSharedPapers!: number;
}
