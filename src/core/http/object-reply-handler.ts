import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { createErrorFromEnvelope, isErrorEnvelope } from './errors';
import { readReply, replyError } from './reply-body';

/**
 * A 200 JSON reply that must carry `key` of the given type (`text` of a transcription, `results`
 * of a rerank, `status` of a video job). An error envelope inside it is an error, as everywhere.
 */
export function objectReplyHandler(key: string, type: 'string' | 'array'): ResponseHandler<Record<string, any>> {
  return async (options) => {
    const reply = await readReply(options);
    let value: unknown;
    try {
      value = JSON.parse(reply.responseBody);
    } catch (cause) {
      const contentType = reply.response.headers.get('content-type') ?? 'no content type';
      throw replyError(reply, `OpenRouter returned a reply that is not JSON (${contentType}): ${reply.responseBody.slice(0, 200)}`, { cause });
    }
    if (isErrorEnvelope(value)) throw createErrorFromEnvelope(value, reply);
    const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    if (type === 'array' ? !Array.isArray(field) : typeof field !== 'string') {
      throw replyError(reply, `OpenRouter returned JSON without "${key}": ${reply.responseBody.slice(0, 200)}`);
    }
    return { value: value as Record<string, any>, rawValue: value, responseHeaders: reply.responseHeaders };
  };
}
