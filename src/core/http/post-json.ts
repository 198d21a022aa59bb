import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type FetchFunction, isAbortError, postToApi, type ResponseHandler } from '@ai-sdk/provider-utils';

export interface PostJsonOptions<T> {
  url: string;
  /** Final headers: lower-case names, undefined values already dropped (see request-headers). */
  headers: Record<string, string>;
  /** The body as sent (for errors and `request.body`) and its JSON text, serialised once. */
  body: unknown;
  bodyText: string;
  successfulResponseHandler: ResponseHandler<T>;
  failedResponseHandler: ResponseHandler<APICallError>;
  abortSignal?: AbortSignal;
  fetch?: FetchFunction;
}

/**
 * One JSON POST with the AI SDK's error contract (as `postJsonToApi`): handler failures that are
 * not API errors are wrapped in an APICallError, and network failures become the retryable
 * "Cannot connect to API" error. It takes headers in their final form, built once per model, so a
 * request does not rebuild them through a `Headers` object, nor copy the reply's headers that the
 * reply handlers read themselves.
 */
export async function postJson<T>(options: PostJsonOptions<T>): Promise<Awaited<ReturnType<ResponseHandler<T>>>> {
  const { url, body: requestBodyValues } = options;
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      method: 'POST',
      headers: options.headers,
      body: options.bodyText,
      signal: options.abortSignal,
    });
    if (!response.ok) {
      let failure: { value: APICallError };
      try {
        failure = await options.failedResponseHandler({ response, url, requestBodyValues });
      } catch (error) {
        if (isAbortError(error) || APICallError.isInstance(error)) throw error;
        throw wrapped('Failed to process error response', error, response, url, requestBodyValues);
      }
      throw failure.value;
    }
    try {
      return await options.successfulResponseHandler({ response, url, requestBodyValues });
    } catch (error) {
      if (error instanceof Error && (isAbortError(error) || APICallError.isInstance(error))) throw error;
      throw wrapped('Failed to process successful response', error, response, url, requestBodyValues);
    }
  } catch (error) {
    throw await classifiedFetchError(error, url, requestBodyValues);
  }
}

function wrapped(message: string, cause: unknown, response: Response, url: string, requestBodyValues: unknown): APICallError {
  return new APICallError({ message, cause, statusCode: response.status, url, responseHeaders: extractResponseHeaders(response), requestBodyValues });
}

/**
 * The AI SDK's own reading of a failure (network errors by message and code, anywhere in the cause
 * chain, become retryable "Cannot connect to API" errors; aborts and other errors pass as they
 * are), reused rather than restated: postToApi handed a fetch that fails with this error throws
 * exactly what it would have thrown for it. Only failures take this path.
 */
async function classifiedFetchError(error: unknown, url: string, requestBodyValues: unknown): Promise<unknown> {
  try {
    await postToApi({
      url,
      body: { content: '', values: requestBodyValues },
      fetch: () => Promise.reject(error),
      successfulResponseHandler: unreachable,
      failedResponseHandler: unreachable,
    });
  } catch (classified) {
    return classified;
  }
  return error;
}

const unreachable: ResponseHandler<never> = () => {
  throw new Error('unreachable: the fetch handed to postToApi always fails');
};
