import { ArgsType, Field } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { PageArgs } from '../common/page.args';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text over names and aliases; ranked by relevance. Without it, people by name.' })
  @MaxLength(200)
  search?: string | null;
}
