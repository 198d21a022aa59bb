import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { type JsonRecord, record } from '../wire/narrow';
import { jsonReply } from './json-reply';
import { replyError } from './reply-body';

/**
 * A 200 JSON reply that must carry `key` of the given type, through the door (`jsonReply`). For a
 * reply that has no wire type yet; an endpoint with one passes `jsonReply(narrowX)` instead.
 */
export function objectReplyHandler(key: string, type: 'string' | 'array'): ResponseHandler<JsonRecord> {
  return jsonReply(
    (value) => record(value, ''),
    (value, reply) => {
      const field = value[key];
      if (type === 'array' ? !Array.isArray(field) : typeof field !== 'string') {
        throw replyError(reply, `OpenRouter returned JSON without "${key}": ${reply.responseBody.slice(0, 200)}`);
      }
    },
  );
}
