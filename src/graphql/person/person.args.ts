import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsOrcid } from '../../db/write/field-rules';

/** person(...): exactly one of id, name, orcid, dblp, openalex. */
@ArgsType()
export class PersonArgs {
  @Field(() => ID, { nullable: true, description: 'The id; an id retired by mergePeople answers the person it was merged into.' })
  @IsOptional()
  @Length(1, 1100)
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A name as people write it: display name or alias (case- and accent-insensitive), "Last, First", initials or hyphen forms ("Ma, Kwan-Liu", "K.-L. Ma"). A name several people answer to is BAD_USER_INPUT, listing them in extensions.candidates.',
  })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ORCID iD, e.g. 0000-0002-1825-0097.' })
  @IsOptional()
  @IsOrcid()
  orcid?: string | null;

  @Field(() => String, { nullable: true, description: 'DBLP person id ("k/DanielAKeim") or numbered DBLP name ("Wei Chen 0001").' })
  @IsOptional()
  @Length(1, 300)
  dblp?: string | null;

  @Field(() => String, { nullable: true, description: 'OpenAlex author id ("A5023888391").' })
  @IsOptional()
  @Length(1, 100)
  openalex?: string | null;
}
