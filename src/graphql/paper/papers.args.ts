import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../common/page.args';

/** papers(search, topicId, venueId, year, first, after): every filter given narrows the list. */
@ArgsType()
export class PapersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text over titles and abstracts; ranks by relevance. Without it, newest first.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => ID, { nullable: true })
  venueId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}
