import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders } from '@ai-sdk/provider-utils';
import { readBodyStart, sizeText, MAX_ERROR_BODY_SIZE } from './bounded-body';
import { createErrorFromEnvelope, isErrorEnvelope } from './errors';
import { requestFactsOf } from './request-facts';

/** A reply whose body has been read, with what every error about it must carry. */
export interface ReadReply {
  response: Response;
  url: string;
  requestBodyValues: unknown;
  responseHeaders: Record<string, string>;
  responseBody: string;
}

/**
 * A whole successful JSON reply, read with `readBoundedBytes(options, JSON_REPLY_LIMIT)` (at most
 * MAX_JSON_REPLY_SIZE, bounded-body) by the caller's own await; its body and headers come without
 * the request's credentials.
 */
export function readReply(options: { response: Response; url: string; requestBodyValues: unknown }, text: string): ReadReply {
  const { response, url, requestBodyValues } = options;
  return { response, url, requestBodyValues, responseHeaders: replyHeaders(response), responseBody: requestFactsOf(response).redactor.text(text) };
}

/** A reply that is not what was asked for (a page, JSON instead of media or events): only its start is read. */
export interface UnexpectedReply extends ReadReply {
  /** What an error quoting the body adds when only its start was read. */
  cutNote: string;
}

export async function readUnexpectedReply(options: { response: Response; url: string; requestBodyValues: unknown }): Promise<UnexpectedReply> {
  const { redactor } = requestFactsOf(options.response);
  const start = await readBodyStart(options);
  return {
    ...options,
    responseHeaders: replyHeaders(options.response),
    responseBody: redactor.text(start.text),
    cutNote: start.truncated ? ` (only its first ${sizeText(MAX_ERROR_BODY_SIZE)} were read)` : '',
  };
}

export function replyHeaders(response: Response): Record<string, string> {
  const facts = requestFactsOf(response);
  // The safe fetch already read and cleaned them; a reply from elsewhere is read here.
  return facts.headers ?? facts.redactor.headers(extractResponseHeaders(response));
}

export function replyError(reply: ReadReply, message: string, extra: { isRetryable?: boolean; cause?: unknown; data?: unknown } = {}): APICallError {
  return new APICallError({
    message,
    url: reply.url,
    requestBodyValues: reply.requestBodyValues,
    statusCode: reply.response.status,
    responseHeaders: reply.responseHeaders,
    responseBody: reply.responseBody,
    isRetryable: extra.isRetryable ?? false,
    cause: extra.cause,
    data: extra.data,
  });
}

/**
 * A successful reply's JSON. An error envelope inside it is an error (OpenRouter sends some
 * failures with HTTP 200), and a body that is not JSON is an error quoting what came back.
 */
export function parseReplyJson(reply: ReadReply): unknown {
  let value: unknown;
  try {
    value = JSON.parse(reply.responseBody);
  } catch (cause) {
    const contentType = reply.response.headers.get('content-type') ?? 'no content type';
    throw replyError(reply, `OpenRouter returned a reply that is not JSON (${contentType}): ${reply.responseBody.slice(0, 200)}`, { cause });
  }
  if (isErrorEnvelope(value)) throw createErrorFromEnvelope(value, reply);
  return value;
}
