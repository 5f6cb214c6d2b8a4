import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsOrcid, PersonAliases, PersonName } from '../../db/write/field-rules';

@InputType({ description: 'A new person. With an ORCID iD, the id is orcid:<iD>; otherwise it derives from the name.' })
export class CreatePersonInput {
  @Field()
  @PersonName()
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @PersonAliases()
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
  @PersonName()
  name?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @PersonAliases()
  addAliases?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsOrcid()
  orcid?: string;
}
