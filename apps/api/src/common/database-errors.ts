import { QueryFailedError } from 'typeorm';
import { AppError, conflict } from './app-error.js';

/**
 * Unique indexes that a client can collide with, and the input field that collided. Services check first for a
 * friendly answer; two concurrent requests can both pass that check, and then the index decides.
 */
const UNIQUE_FIELDS: Record<string, { field: string; message: string }> = {
  app_user_email_key: { field: 'input.email', message: 'A user with this e-mail already exists' },
  organization_name_lower_key: { field: 'input.name', message: 'An organization with this name already exists' },
  material_kind_code_key: { field: 'input.code', message: 'A kind of material with this code already exists' },
  material_translation_language_key: {
    field: 'input.language',
    message: 'The material already has a translation into this language',
  },
};

/** The client-facing error for a database failure the client caused (or that hit a limit), else null. */
export function fromDatabaseError(error: unknown): AppError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  switch (code ?? '') {
    case '23505': {
      const known = constraint ? UNIQUE_FIELDS[constraint] : undefined;
      return known ? conflict(known.message, { field: known.field }) : conflict('This record already exists');
    }
    // statement_timeout (or an administrator) cancelled the statement.
    case '57014':
      return new AppError('TIMEOUT', 'The request took too long and was cancelled');
    // NUL in text or a \u0000 escape in JSON: PostgreSQL cannot store them. The validation pipe names the field
    // for arguments; this catches anything that reaches the database another way.
    case '22021':
    case '22P05':
      return new AppError('BAD_USER_INPUT', 'The text contains a character that cannot be stored (NUL)');
    default:
      return null;
  }
}
