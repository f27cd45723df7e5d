import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.args.js';

/** The admin page's filters; the CSV export takes the same ones as query-string parameters. */
@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. Contact, Material, User, Organization.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]+$/)
  @MaxLength(40)
  subjectType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'An action (`contact.update`) or the start of several (`contact` finds every `contact.*`).',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_.]+$/)
  @MaxLength(80)
  action?: string;

  @Field(() => String, { nullable: true, description: 'ISO date-time, inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @Field(() => String, { nullable: true, description: 'ISO date-time, exclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilterInput)
  filter?: AuditFilterInput;
}
