import { APICallError } from '@ai-sdk/provider';
import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { binaryReplyHandler } from '../http/binary-reply-handler';
import { MAX_MEDIA_REPLY_SIZE } from '../http/bounded-body';
import { replyHeaders } from '../http/reply-body';

export interface FileContent {
  content: ReadableStream<Uint8Array>;
  /** The reply's Content-Type, as sent. */
  contentType: string | undefined;
}

/** JSON or a page where file bytes belong is OpenRouter (or a proxy) answering with something else. */
const NOT_CONTENT = /^\s*(application\/json|text\/html)\b/i;

/**
 * GET /files/{id}/content: the bytes as a stream, handed on as they arrive and stopped with an
 * error past the media reply limit (256 MiB), so no reply grows the heap without end. An error
 * envelope or a page instead of the file goes through the media reply handler, which says what it is.
 */
export const fileContentReplyHandler: ResponseHandler<FileContent> = async (options) => {
  const { response } = options;
  const contentType = response.headers.get('content-type') ?? undefined;
  if (response.body === null || (contentType !== undefined && NOT_CONTENT.test(contentType))) {
    const { value, responseHeaders } = await binaryReplyHandler(options);
    return { value: { content: streamOf(value.bytes), contentType }, responseHeaders };
  }
  const responseHeaders = replyHeaders(response);
  let size = 0;
  const bounded = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size <= MAX_MEDIA_REPLY_SIZE) {
        controller.enqueue(chunk);
        return;
      }
      controller.error(
        new APICallError({
          message: `OpenRouter sent a file larger than 256 MiB (${MAX_MEDIA_REPLY_SIZE} bytes), the most one reply may hold; it was stopped.`,
          url: options.url,
          requestBodyValues: options.requestBodyValues,
          statusCode: response.status,
          responseHeaders,
          isRetryable: false,
        }),
      );
    },
  });
  return { value: { content: response.body.pipeThrough(bounded), contentType }, responseHeaders };
};

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
}
