import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { createErrorFromEnvelope, isErrorEnvelope } from './errors';
import { readReply, replyError } from './reply-body';
import { parseJsonOrUndefined } from '../util/parse-json';

export interface BinaryReply {
  bytes: Uint8Array;
  /** The reply's Content-Type as sent (e.g. `audio/pcm;rate=24000;channels=1`). */
  contentType: string | undefined;
}

/**
 * A 200 reply whose body is media bytes (POST /audio/speech, GET /videos/{id}/content). A JSON
 * body there is OpenRouter answering with an error envelope, or with something that is not media:
 * both are errors, never bytes handed to a player.
 */
export const binaryReplyHandler: ResponseHandler<BinaryReply> = async (options) => {
  const { response } = options;
  const contentType = response.headers.get('content-type') ?? undefined;
  if (contentType?.includes('application/json') || contentType?.includes('text/html')) {
    const reply = await readReply(options);
    const value = parseJsonOrUndefined(reply.responseBody);
    if (isErrorEnvelope(value)) throw createErrorFromEnvelope(value, reply);
    throw replyError(reply, `OpenRouter answered with ${contentType} instead of media bytes: ${reply.responseBody.slice(0, 200)}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (responseHeaders[name] = value));
  return { value: { bytes, contentType }, rawValue: undefined, responseHeaders };
};
