import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * What a reader cannot see: white space, control and format characters (zero-width space and joiners, BOM, soft
 * hyphen, bidi marks), lone combining marks, and the Hangul and Braille blanks that render as nothing.
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Z}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/gu;

export const hasVisibleText = (value: unknown): boolean =>
  typeof value === 'string' && value.replace(INVISIBLE, '') !== '';

/**
 * Refuses text that is empty once invisible characters are removed (a name of zero-width spaces, a comment of
 * blanks). Reported as `isNotEmpty`: to the person typing, such a field is an empty one.
 */
export function HasVisibleText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotEmpty',
      validator: {
        validate: hasVisibleText,
        defaultMessage: buildMessage((each) => `${each}$property must contain visible text`, options),
      },
    },
    options,
  );
}
