import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { withRedactedErrors } from './redacting-handler';
import { parseReplyJson, readReply, replyError } from './reply-body';

/**
 * A 200 JSON reply that must carry `key` of the given type (`text` of a transcription, `results`
 * of a rerank, `status` of a video job).
 */
export function objectReplyHandler(key: string, type: 'string' | 'array'): ResponseHandler<Record<string, any>> {
  return withRedactedErrors(async (options) => {
    const reply = await readReply(options);
    const value = parseReplyJson(reply);
    const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    if (type === 'array' ? !Array.isArray(field) : typeof field !== 'string') {
      throw replyError(reply, `OpenRouter returned JSON without "${key}": ${reply.responseBody.slice(0, 200)}`);
    }
    return { value: value as Record<string, any>, rawValue: value, responseHeaders: reply.responseHeaders };
  });
}
