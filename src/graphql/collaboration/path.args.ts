import { ArrayMinSize, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Relation } from '../../model/relation.enum';

/** The longest path searched; longer ones would make the expansion explode. */
export const MAX_PATH_LENGTH = 10;

@ArgsType()
export class PathArgs {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => [Relation], { nullable: true, defaultValue: [Relation.COAUTHOR], description: 'Which links a step may follow.' })
  @ArrayMinSize(1)
  via!: Relation[];

  @Field(() => Int, { nullable: true, defaultValue: 6, description: `Most steps, 1 to ${MAX_PATH_LENGTH}.` })
  @Min(1)
  @Max(MAX_PATH_LENGTH)
  maxLength!: number;
}
