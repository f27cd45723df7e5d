import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportFieldError')
export class ImportFieldErrorModel {
  @Field()
  field: string;

  @Field()
  reason: string;

  @Field()
  message: string;
}

@ObjectType('ContactImportRow')
export class ContactImportRowModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line: number;

  @Field()
  name: string;

  @Field()
  ok: boolean;

  @Field(() => [ImportFieldErrorModel])
  errors: ImportFieldErrorModel[];
}

@ObjectType('ContactImportResult')
export class ContactImportResultModel {
  @Field({ description: 'False for a preview: nothing was written.' })
  committed: boolean;

  @Field(() => Int)
  valid: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int, { description: 'Rows written (0 for a preview).' })
  created: number;

  @Field(() => [ContactImportRowModel])
  rows: ContactImportRowModel[];
}
