import { APICallError, EmptyResponseBodyError } from '@ai-sdk/provider';
import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { createErrorFromEnvelope, describeNonJsonBody, isErrorEnvelope } from './errors';
import { isHtmlMediaType, isJsonMediaType, replyMediaType } from './media-type';
import { withRedactedErrors } from './redacting-handler';
import { bodyWithFacts } from './request-facts';
import { readUnexpectedReply, replyError, replyHeaders } from './reply-body';
import { jsonReply } from './json-reply';
import { responseCacheHeaderProblem } from '../platform/response-cache';
import { type ChatResult, narrowChatResult } from '../wire/chat-reply';
import { parseJsonOrUndefined } from '../util/parse-json';

/**
 * A 200 JSON chat reply: `choices` holds the answer. No choice at all, or a choice that ended
 * with `finish_reason: "error"`, is an error too, not an empty or short answer.
 */
export const jsonReplyHandler: ResponseHandler<ChatResult> = jsonReply(narrowChatResult, (value, reply) => {
  const choice = value.choices[0];
  if (choice === undefined) {
    throw replyError(reply, `OpenRouter returned a reply without an answer (an empty "choices" list): ${reply.responseBody.slice(0, 200)}`, {
      data: value,
    });
  }
  if (choice.finish_reason === 'error') {
    // The model failed mid-generation: a partial reply must not pass for a finished one.
    throw isErrorEnvelope(choice)
      ? createErrorFromEnvelope(choice, reply)
      : replyError(reply, 'OpenRouter ended the reply with finish_reason "error".', { isRetryable: true, data: value });
  }
});

/**
 * A 200 SSE reply: the body is handed to the stream state machine as bytes.
 * A JSON body instead of SSE is an error envelope sent with HTTP 200.
 */
export const streamReplyHandler: ResponseHandler<ReadableStream<Uint8Array>> = withRedactedErrors(async (options) => {
  const { response } = options;
  const body = response.body;
  if (body == null) throw new EmptyResponseBodyError({});
  const mediaType = replyMediaType(response);
  // A login page or proxy page is never an event stream: say so instead of reporting a cut-off reply.
  if (isHtmlMediaType(mediaType)) {
    const reply = await readUnexpectedReply(options);
    throw replyError(reply, describeNonJsonBody(response, reply.responseBody) + reply.cutNote);
  }
  if (isJsonMediaType(mediaType)) {
    const reply = await readUnexpectedReply(options);
    const value = parseJsonOrUndefined(reply.responseBody);
    if (isErrorEnvelope(value)) throw createErrorFromEnvelope(value, reply);
    throw replyError(reply, `OpenRouter answered a streaming request with JSON instead of an event stream: ${reply.responseBody.slice(0, 200)}${reply.cutNote}`);
  }
  const responseHeaders = replyHeaders(response);
  const headerProblem = responseCacheHeaderProblem(responseHeaders);
  if (headerProblem !== undefined) {
    // Nothing of the stream is read: free the connection, then refuse as the JSON door does.
    await body.cancel().catch(() => {});
    throw new APICallError({
      message: headerProblem,
      url: options.url,
      requestBodyValues: options.requestBodyValues,
      statusCode: response.status,
      responseHeaders,
      isRetryable: false,
    });
  }
  return { value: bodyWithFacts(response, body), responseHeaders };
});
