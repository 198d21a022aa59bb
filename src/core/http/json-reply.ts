import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { responseCacheHeaderProblem } from '../platform/response-cache';
import { type Narrow, WireShapeError } from '../wire/narrow';
import { requestFactsOf } from './request-facts';
import { JSON_REPLY_LIMIT, readBoundedBytes, utf8Text } from './bounded-body';
import { parseReplyJson, type ReadReply, readReply, replyError } from './reply-body';

/**
 * The door every successful JSON reply passes: read (bounded, without the key), its cache headers
 * checked, parsed, an error envelope turned into its error, then narrowed once from `unknown` to the endpoint's wire type.
 * A reply that does not fit is a non-retryable `APICallError` naming the field and what was
 * expected (the same request is billed and usually answered alike). `accept` adds checks that
 * need the read reply for their errors (the chat reply's empty `choices`).
 *
 * A new endpoint supplies only its narrower: `jsonReply(narrowMyReply)`.
 */
export function jsonReply<T>(narrow: Narrow<T>, accept?: (value: T, reply: ReadReply) => void): ResponseHandler<T> {
  // One async function with its own try/catch, not a redacting wrapper around a reading one: a
  // reply costs one promise here, and its thrown errors still carry none of the request's credentials.
  return async (options) => {
    try {
      const reply = readReply(options, utf8Text(await readBoundedBytes(options, JSON_REPLY_LIMIT)));
      const headerProblem = responseCacheHeaderProblem(reply.responseHeaders);
      if (headerProblem !== undefined) throw replyError(reply, headerProblem);
      const parsed = parseReplyJson(reply);
      let value: T;
      try {
        value = narrow(parsed);
      } catch (error) {
        if (error instanceof WireShapeError) throw shapeError(reply, error);
        throw error;
      }
      accept?.(value, reply);
      return { value, rawValue: parsed, responseHeaders: reply.responseHeaders };
    } catch (error) {
      throw requestFactsOf(options.response).redactor.error(error);
    }
  };
}

/** A missing top-level field quotes the start of what came instead; a wrong value names its path. */
function shapeError(reply: ReadReply, error: WireShapeError) {
  const topLevel = !/[.[]/.test(error.path);
  const message =
    error.missing && topLevel
      ? `OpenRouter returned JSON without "${error.path}": ${reply.responseBody.slice(0, 200)}`
      : `OpenRouter returned a reply that does not fit its documented shape: ${error.message}.`;
  return replyError(reply, message, { cause: error });
}
