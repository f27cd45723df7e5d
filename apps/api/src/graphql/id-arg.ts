import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { fieldError } from '../common/app-error.js';

/** An `ID!` argument that must be a UUID: malformed ids never reach a WHERE clause. */
export const IdArg = (name = 'id') =>
  Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({ exceptionFactory: () => fieldError(name, 'isUuid', 'must be a valid id') }),
  );
