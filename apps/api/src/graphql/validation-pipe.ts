import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, badInput, type FieldError } from '../common/app-error.js';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([reason, message]) => ({ field, reason, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** @nestjs/graphql's (unexported) GqlParamtype.ARGS; parents, contexts and infos are not client input. */
const GRAPHQL_ARGS = 3;
const CLIENT_INPUT = new Set<unknown>(['body', 'query', 'param', GRAPHQL_ARGS]);

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Paths of every string holding a NUL character, through arrays and plain objects (input objects, JSON). */
function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, join(path, String(i))));
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return [];
    return Object.entries(value).flatMap(([key, item]) => nulPaths(item, join(path, key)));
  }
  return [];
}

/**
 * Validates every input class; unknown properties are refused. Each failure names its full field path
 * (`input.phones.1`), prefixed with the argument name, so clients can put the message next to the field.
 * Before that, any string argument holding a NUL character is refused: PostgreSQL cannot store NUL in text, and
 * it would otherwise fail deep in a query as an internal error.
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
    if (CLIENT_INPUT.has(metadata.type)) {
      const paths = nulPaths(value, prefixOf(metadata));
      if (paths.length > 0) {
        throw badInput(
          paths.map((path) => ({
            field: path || metadata.data || 'value',
            reason: 'noNulCharacter',
            message: 'must not contain the NUL character',
          })),
        );
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const fields = error instanceof AppError ? (error.extensions.fields as FieldError[] | undefined) : undefined;
      const prefix = prefixOf(metadata);
      if (!fields || !prefix) throw error;
      throw badInput(fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` })));
    }
  }
}

/** @Args() without a name spreads its fields at the top level, so only named arguments get a prefix. */
function prefixOf(metadata: ArgumentMetadata): string {
  return metadata.data && metadata.type !== 'query' ? metadata.data : '';
}
