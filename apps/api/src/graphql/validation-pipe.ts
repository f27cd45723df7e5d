import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldError } from '../common/app-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([reason, message]) => ({ field, reason, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every input class; unknown properties are refused, and each failure names its field. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => badInput(flatten(errors)),
});
