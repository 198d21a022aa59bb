import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { isRecord, record } from '../wire/narrow';
import { jsonReply } from './json-reply';
import { replyError } from './reply-body';

/**
 * The `data` of a 200 look-up reply, through the door (`jsonReply`), for look-ups without a wire
 * type of their own: the caller narrows the `data` further. GET /generation and GET /models have
 * theirs (wire/generation.ts, wire/models.ts).
 */
export const lookupReplyHandler = (data: 'object' | 'list'): ResponseHandler<unknown> => {
  const handler = jsonReply(
    (value) => record(value, ''),
    (value, reply) => {
      const answer = value.data;
      if (data === 'list' ? !Array.isArray(answer) : !isRecord(answer)) {
        throw replyError(reply, `OpenRouter returned JSON without a "data" ${data}: ${reply.responseBody.slice(0, 200)}`);
      }
    },
  );
  return async (options) => {
    const reply = await handler(options);
    return { ...reply, value: reply.value.data };
  };
};
