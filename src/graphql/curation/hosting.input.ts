import { IsIn, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPartialDate, IsSingleLineText } from '../common/validators';

export const HOSTING_ROLES = ['host', 'mentor', 'supervisor', 'collaborator'] as const;

@InputType({ description: 'host hosted intern (an internship, a visit, mentoring), optionally at an institution.' })
export class AddHostingInput {
  @Field(() => ID)
  @Length(3, 300)
  hostId!: string;

  @Field(() => ID)
  @Length(3, 300)
  internId!: string;

  @Field({ nullable: true, description: 'Institution name; created when new.' })
  @IsOptional()
  @Length(1, 300)
  @IsSingleLineText()
  institution?: string;

  @Field({ defaultValue: 'host', description: `One of ${HOSTING_ROLES.join(', ')}.` })
  @IsIn(HOSTING_ROLES)
  role!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPartialDate()
  start?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPartialDate()
  end?: string;
}
