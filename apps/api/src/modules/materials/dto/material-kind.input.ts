import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BODY_STRUCTURES, type BodyStructure } from '@portal/domain';
import { HasVisibleText } from '../../../common/has-visible-text.js';

@InputType()
export class MaterialKindInput {
  @Field({ description: 'Stable identifier, e.g. fact_sheet.' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/)
  code: string;

  @Field(() => String, { description: `How bodies are shaped: ${BODY_STRUCTURES.join(', ')}.` })
  @IsIn(BODY_STRUCTURES)
  structure: BodyStructure;

  @Field()
  @IsString()
  @Length(2, 80)
  @HasVisibleText()
  nameRu: string;

  @Field()
  @IsString()
  @Length(2, 80)
  @HasVisibleText()
  nameKy: string;

  @Field()
  @IsString()
  @Length(2, 80)
  @HasVisibleText()
  nameEn: string;

  @Field({ defaultValue: 100 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  sortOrder: number = 100;
}
