import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsDoi, IsSingleLineText, IsWellFormedText } from '../common/validators';

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
  @Length(1, 1000)
  @IsSingleLineText()
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 20_000)
  @IsWellFormedText()
  abstract?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1000)
  @Max(2100)
  year?: number;

  @Field({ nullable: true, description: 'The id becomes doi:<doi> when given.' })
  @IsOptional()
  @Length(1, 300)
  @IsDoi()
  doi?: string;

  @Field({ nullable: true, description: 'Venue name; the venue is created when new.' })
  @IsOptional()
  @Length(1, 300)
  @IsSingleLineText()
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
  @IsInt()
  @Min(1)
  @Max(100_000)
  position?: number;

  @Field({ defaultValue: false })
  equalContribution!: boolean;
}
