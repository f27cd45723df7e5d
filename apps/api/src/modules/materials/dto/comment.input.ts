import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { HasVisibleText } from '../../../common/has-visible-text.js';

@InputType()
export class CommentInput {
  @Field()
  @IsString()
  @Length(1, 4000)
  @HasVisibleText()
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'A part of the text, e.g. point:3 or pair:2.' })
  @IsOptional()
  @Matches(/^(point|pair):\d{1,3}$/)
  anchor?: string | null;
}

@InputType()
export class EditCommentInput {
  @Field()
  @IsString()
  @Length(1, 4000)
  @HasVisibleText()
  body: string;
}
