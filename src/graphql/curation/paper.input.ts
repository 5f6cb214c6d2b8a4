import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AuthorPosition, IsDoi, NodeName, PaperAbstract, PaperTitle, PaperYear } from '../../db/write/field-rules';

@InputType({ description: 'An author of a new paper; the list order is the author order.' })
export class PaperAuthorInput {
  @Field(() => ID)
  @Length(3, 300)
  personId!: string;

  @Field({ defaultValue: false })
  equalContribution!: boolean;
}

@InputType()
export class CreatePaperInput {
  @Field()
  @PaperTitle()
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @PaperAbstract()
  abstract?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @PaperYear()
  year?: number;

  @Field({ nullable: true, description: 'The id becomes doi:<doi> when given.' })
  @IsOptional()
  @IsDoi()
  doi?: string;

  @Field({ nullable: true, description: 'Venue name; the venue is created when new.' })
  @IsOptional()
  @NodeName()
  venue?: string;

  @Field(() => [PaperAuthorInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  authors!: PaperAuthorInput[];
}

@InputType()
export class AddAuthorshipInput {
  @Field(() => ID)
  @Length(3, 2100)
  paperId!: string;

  @Field(() => ID)
  @Length(3, 300)
  personId!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to after the last author.' })
  @IsOptional()
  @AuthorPosition()
  position?: number;

  @Field({ defaultValue: false })
  equalContribution!: boolean;
}
