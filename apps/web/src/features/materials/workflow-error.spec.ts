import { ApiError } from '../../app/api-error';
import { workflowError } from './workflow-error';

const gqlError = (extensions: Record<string, unknown>) => ApiError.fromGraphQL({ message: 'x', extensions });

describe('workflow errors', () => {
  it('explain stale reads, own texts, wrong states and missing comments', () => {
    expect(workflowError(gqlError({ code: 'CONFLICT', currentVersion: 3 }))).toEqual({
      key: 'materials.errorStale',
      reload: true,
    });
    expect(workflowError(gqlError({ code: 'FORBIDDEN', reason: 'ownText' })).key).toBe('materials.errorOwnText');
    expect(workflowError(gqlError({ code: 'FORBIDDEN' })).key).toBe('errors.FORBIDDEN');
    const wrong = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.transition', reason: 'wrongState', message: 'no' }],
    });
    expect(workflowError(wrong)).toEqual({ key: 'materials.errorWrongState', reload: true });
    const comment = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.comment', reason: 'required', message: 'no' }],
    });
    expect(workflowError(comment).key).toBe('materials.commentRequired');
  });
});
