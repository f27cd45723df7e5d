import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType()
export class ConfirmTwoFactorInput {
  @Field({ description: 'A code the authenticator app shows now.' })
  @IsString()
  @Length(1, 20)
  code: string;
}
