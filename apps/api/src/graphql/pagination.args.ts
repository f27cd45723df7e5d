import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, at most 100.' })
  @Min(1)
  @Max(100)
  limit = 25;
}
