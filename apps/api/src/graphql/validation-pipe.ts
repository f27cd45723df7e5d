import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, badInput, type FieldError } from '../common/app-error.js';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([reason, message]) => ({ field, reason, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every input class; unknown properties are refused. Each failure names its full field path
 * (`input.phones.1`), prefixed with the argument name, so clients can put the message next to the field.
 */
@Injectable()
export class PortalValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => badInput(flatten(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const fields = error instanceof AppError ? (error.extensions.fields as FieldError[] | undefined) : undefined;
      // @Args() without a name spreads its fields at the top level, so only named arguments get a prefix.
      if (!fields || !metadata.data || metadata.type === 'query') throw error;
      throw badInput(fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
    }
  }
}
