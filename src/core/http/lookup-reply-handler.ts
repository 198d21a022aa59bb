import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { createErrorFromEnvelope, isErrorEnvelope } from './errors';
import { readReply, replyError } from './reply-body';

/**
 * A 200 JSON reply of a look-up (GET /generation, GET /models): the answer is its `data`. An error
 * envelope sent with 200 is an error, and a body that is not such JSON is an error quoting it.
 */
export const lookupReplyHandler = (data: 'object' | 'list'): ResponseHandler<any> => async (options) => {
  const reply = await readReply(options);
  let value: unknown;
  try {
    value = JSON.parse(reply.responseBody);
  } catch (cause) {
    const contentType = reply.response.headers.get('content-type') ?? 'no content type';
    throw replyError(reply, `OpenRouter returned a reply that is not JSON (${contentType}): ${reply.responseBody.slice(0, 200)}`, { cause });
  }
  if (isErrorEnvelope(value)) throw createErrorFromEnvelope(value, reply);
  const answer = typeof value === 'object' && value !== null ? (value as { data?: unknown }).data : undefined;
  const fits = data === 'list' ? Array.isArray(answer) : typeof answer === 'object' && answer !== null && !Array.isArray(answer);
  if (!fits) {
    throw replyError(reply, `OpenRouter returned JSON without a "data" ${data}: ${reply.responseBody.slice(0, 200)}`);
  }
  return { value: answer, rawValue: value, responseHeaders: reply.responseHeaders };
};
