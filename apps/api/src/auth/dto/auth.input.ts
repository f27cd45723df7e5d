import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @Length(1, 254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 1024)
  password: string;

  @Field({ nullable: true, description: 'The authenticator code or a recovery code, when the account has one.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  code?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

@InputType()
export class AcceptInviteInput {
  @Field()
  @IsString()
  @Length(10, 100)
  token: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;
}
