import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { HOSTING_ROLES, HostingRole, IsPartialDate, NodeName } from '../../db/write/field-rules';

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
  @NodeName()
  institution?: string;

  @Field({ defaultValue: 'host', description: `One of ${HOSTING_ROLES.join(', ')}.` })
  @HostingRole()
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
