import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsOrcid, IsSingleLineText } from '../common/validators';

@InputType({ description: 'A new person. With an ORCID iD, the id is orcid:<iD>; otherwise it derives from the name.' })
export class CreatePersonInput {
  @Field()
  @Length(2, 200)
  @IsSingleLineText()
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  @IsSingleLineText({ each: true })
  aliases?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsOrcid()
  orcid?: string;
}

@InputType({ description: 'Changes to a person. Aliases are added, never removed.' })
export class UpdatePersonInput {
  @Field(() => ID)
  @Length(3, 300)
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  @IsSingleLineText()
  name?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  @IsSingleLineText({ each: true })
  addAliases?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsOrcid()
  orcid?: string;
}
