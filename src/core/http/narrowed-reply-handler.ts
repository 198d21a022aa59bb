import { APICallError } from '@ai-sdk/provider';
import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { WireShapeError } from '../wire/wire-shape-error';
import { withRedactedErrors } from './redacting-handler';

/**
 * A reply handler whose value goes through a narrowing guard: a reply the guard cannot use is an
 * APICallError quoting the body and naming what was wrong, never a half-checked object handed on.
 */
export function narrowedReplyHandler<T>(handler: ResponseHandler<unknown>, narrow: (value: unknown) => T, what: string): ResponseHandler<T> {
  return withRedactedErrors(async (options) => {
    const reply = await handler(options);
    try {
      return { ...reply, value: narrow(reply.value) };
    } catch (error) {
      if (!(error instanceof WireShapeError)) throw error;
      const body = JSON.stringify(reply.rawValue ?? reply.value) ?? '';
      throw new APICallError({
        message: `OpenRouter returned ${what} this provider cannot use (${error.message}): ${body.slice(0, 200)}`,
        url: options.url,
        requestBodyValues: options.requestBodyValues,
        statusCode: options.response.status,
        responseHeaders: reply.responseHeaders,
        responseBody: body,
        isRetryable: false,
        cause: error,
      });
    }
  });
}
