import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/app-error.js';
import { fromDatabaseError } from '../common/database-errors.js';

const logger = new Logger('GraphQL');

/** Codes graphql-js and Apollo give to malformed requests: safe to show as they are. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Clients get a code and a safe message; anything unexpected is logged here and reported generically. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  const original = fromDatabaseError(unwrapped) ?? unwrapped;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (original instanceof AppError) {
    if (original.code === 'TIMEOUT') logger.warn(`Statement cancelled: ${(unwrapped as Error).message}`);
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  }
  if (typeof extensions.code === 'string' && REQUEST_ERRORS.has(extensions.code)) {
    return { message: formatted.message, locations: formatted.locations, extensions };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
