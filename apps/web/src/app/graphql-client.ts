import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, type ApiErrorBody } from './api-error';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ApiErrorBody[];
}

/**
 * POSTs one operation as JSON. The JSON content type is what lets Apollo's CSRF prevention accept the request;
 * the session cookie travels with 'same-origin'.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('NETWORK', 'Network error');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    // A 429 that is not a GraphQL response (e.g. from a proxy) still says how long to wait.
    if (response.status === 429) {
      const retryAfterSeconds = Number(response.headers.get('retry-after')) || 60;
      throw new ApiError('RATE_LIMITED', 'HTTP 429', [], null, { retryAfterSeconds });
    }
    throw new ApiError('NETWORK', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw ApiError.fromGraphQL(first);
  if (!body.data) throw new ApiError('UNKNOWN', `HTTP ${response.status} without data`);
  return body.data;
}
