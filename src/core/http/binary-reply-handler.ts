import { APICallError } from '@ai-sdk/provider';
import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { createErrorFromEnvelope, isErrorEnvelope } from './errors';
import { withRedactedErrors } from './redacting-handler';
import { readReply, replyError, replyHeaders } from './reply-body';
import { parseJsonOrUndefined } from '../util/parse-json';

/**
 * The most bytes one media reply may hold: 256 MiB. Generated speech and video clips are a few MB;
 * a reply that keeps sending past this is stopped instead of growing the heap until the process dies.
 */
export const MAX_MEDIA_REPLY_SIZE = 256 * 1024 * 1024;

export interface BinaryReply {
  bytes: Uint8Array;
  /** The reply's Content-Type as sent (e.g. `audio/pcm;rate=24000;channels=1`). */
  contentType: string | undefined;
}

const NOT_MEDIA = /^\s*(application\/json|text\/html)\b/i;

/**
 * A 200 reply whose body is media bytes (POST /audio/speech, GET /videos/{id}/content). A JSON
 * body there is OpenRouter answering with an error envelope, or with something that is not media:
 * both are errors, never bytes handed to a player.
 */
export const binaryReplyHandler: ResponseHandler<BinaryReply> = withRedactedErrors(async (options) => {
  const { response } = options;
  const contentType = response.headers.get('content-type') ?? undefined;
  if (contentType !== undefined && NOT_MEDIA.test(contentType)) {
    const reply = await readReply(options);
    const value = parseJsonOrUndefined(reply.responseBody);
    if (isErrorEnvelope(value)) throw createErrorFromEnvelope(value, reply);
    throw replyError(reply, `OpenRouter answered with ${contentType} instead of media bytes: ${reply.responseBody.slice(0, 200)}`);
  }
  const responseHeaders = replyHeaders(response);
  const bytes = await readBoundedBytes(
    response,
    () =>
      new APICallError({
        message: `OpenRouter sent a media reply larger than 256 MiB (${MAX_MEDIA_REPLY_SIZE} bytes), the most one reply may hold; it was stopped.`,
        url: options.url,
        requestBodyValues: options.requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        isRetryable: false,
      }),
  );
  return { value: { bytes, contentType }, rawValue: undefined, responseHeaders };
});

/** The whole body, read chunk by chunk so that a reply past the limit is cancelled rather than buffered. */
async function readBoundedBytes(response: Response, tooLarge: () => Error): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_MEDIA_REPLY_SIZE) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
