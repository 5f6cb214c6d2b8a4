import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../common/page.args';

/** venues(search, first, after). */
@ArgsType()
export class VenuesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text over names; ranked by relevance. Without it, by name.' })
  @MaxLength(200)
  search?: string | null;
}
