import { errorKey, errorReason, fieldErrorKeys, isApiError } from '../../app/api-error';

export interface WorkflowErrorView {
  key: string;
  /** The material changed under the user: offer to load it again. */
  reload: boolean;
}

/** What to tell the user when a workflow step is refused, by the API's code and reason. */
export function workflowError(error: unknown): WorkflowErrorView {
  if (isApiError(error, 'CONFLICT')) return { key: 'materials.errorStale', reload: true };
  if (isApiError(error, 'FORBIDDEN') && errorReason(error) === 'ownText')
    return { key: 'materials.errorOwnText', reload: false };
  const fields = fieldErrorKeys(error);
  if (fields.transition?.key === 'validation.wrongState') return { key: 'materials.errorWrongState', reload: true };
  if (fields.comment) return { key: 'materials.commentRequired', reload: false };
  return { key: errorKey(error), reload: false };
}
