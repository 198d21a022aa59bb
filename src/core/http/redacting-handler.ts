import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { requestFactsOf } from './request-facts';

/**
 * A reply handler whose thrown errors carry none of the request's credentials, however they
 * were built (a quoted body, a status text, a parsed envelope, a JSON.parse cause).
 */
export function withRedactedErrors<T>(handler: ResponseHandler<T>): ResponseHandler<T> {
  return async (options) => {
    try {
      return await handler(options);
    } catch (error) {
      throw requestFactsOf(options.response).redactor.error(error);
    }
  };
}
