import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';

/** One of the two: the file as uploaded (the server detects XLSX, the text encoding and separator), or CSV text. */
@ArgsType()
export class ContactImportArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The file as uploaded, base64: XLSX, or CSV in UTF-8, UTF-16 or Windows-1251 with , ; or tab.',
  })
  @IsOptional()
  @IsString()
  file?: string | null;

  @Field(() => String, { nullable: true, description: 'CSV text already decoded (for scripts); prefer `file`.' })
  @IsOptional()
  @IsString()
  csv?: string | null;
}
