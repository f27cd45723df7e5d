import { AppError } from '../common/app-error.js';

/** Why a file is refused; the web app translates each, naming the file. */
export const REFUSAL_REASONS = [
  'empty',
  'too_large',
  'type_not_allowed',
  'type_mismatch',
  'not_text',
  'archive_corrupt',
  'archive_too_many_entries',
  'archive_too_large_unpacked',
  'archive_ratio',
  'image_too_large',
  'image_unreadable',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Thrown by the inspection; the service records it on the upload and reports it as an `AppError`. */
export class FileRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export function refusalError(fileName: string, refusal: FileRefusal): AppError {
  const message = `${fileName}: ${refusal.message}`;
  return new AppError('BAD_USER_INPUT', message, {
    fields: [{ field: 'file', reason: refusal.reason, message }],
    fileName,
    reason: refusal.reason,
  });
}
