import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { withRedactedErrors } from './redacting-handler';
import { parseReplyJson, readReply, replyError } from './reply-body';

/** A 200 JSON reply of a look-up (GET /generation, GET /models): the answer is its `data`. */
export const lookupReplyHandler = (data: 'object' | 'list'): ResponseHandler<any> =>
  withRedactedErrors(async (options) => {
    const reply = await readReply(options);
    const value = parseReplyJson(reply);
    const answer = typeof value === 'object' && value !== null ? (value as { data?: unknown }).data : undefined;
    const fits = data === 'list' ? Array.isArray(answer) : typeof answer === 'object' && answer !== null && !Array.isArray(answer);
    if (!fits) {
      throw replyError(reply, `OpenRouter returned JSON without a "data" ${data}: ${reply.responseBody.slice(0, 200)}`);
    }
    return { value: answer, rawValue: value, responseHeaders: reply.responseHeaders };
  });
