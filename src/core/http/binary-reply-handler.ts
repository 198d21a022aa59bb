import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { MAX_ERROR_BODY_SIZE, MEDIA_REPLY_LIMIT, readBoundedBytes } from './bounded-body';
import { createErrorFromEnvelope, isErrorEnvelope } from './errors';
import { isMediaReplyType } from './media-type';
import { withRedactedErrors } from './redacting-handler';
import { type ReadReply, readUnexpectedReply, replyError, replyHeaders } from './reply-body';
import { requestFactsOf } from './request-facts';
import { parseJsonOrUndefined } from '../util/parse-json';

export interface BinaryReply {
  bytes: Uint8Array;
  /** The reply's Content-Type as sent (e.g. `audio/pcm;rate=24000;channels=1`). */
  contentType: string;
}

/**
 * A 200 reply whose body is media bytes (POST /audio/speech, GET /videos/{id}/content). Only a
 * media type says media: a JSON, text or HTML type, no type at all, or a body that is a JSON
 * object whatever its type, is OpenRouter (or a proxy) answering with an error or with something
 * that is not media. All are errors, never bytes handed to a player; only their start is read.
 */
export const binaryReplyHandler: ResponseHandler<BinaryReply> = withRedactedErrors(async (options) => {
  const { response } = options;
  const contentType = response.headers.get('content-type') ?? undefined;
  if (contentType === undefined || !isMediaReplyType(contentType)) {
    const reply = await readUnexpectedReply(options);
    throw notMediaError(reply, contentType ?? 'no content type', reply.cutNote);
  }
  const responseHeaders = replyHeaders(response);
  const bytes = await readBoundedBytes(options, MEDIA_REPLY_LIMIT);
  if (startsAsJsonObject(bytes)) {
    const text = new TextDecoder().decode(bytes.subarray(0, MAX_ERROR_BODY_SIZE));
    const reply: ReadReply = { ...options, responseHeaders, responseBody: requestFactsOf(response).redactor.text(text) };
    // Raw PCM can begin with the bytes `{"` by chance; only a body that is JSON, or names an error, is refused.
    if (ERROR_ENVELOPE_START.test(text.slice(0, 64)) || parseJsonOrUndefined(reply.responseBody) !== undefined) {
      throw notMediaError(reply, contentType, '');
    }
  }
  return { value: { bytes, contentType }, rawValue: undefined, responseHeaders };
});

function notMediaError(reply: ReadReply, contentType: string, cutNote: string) {
  const value = parseJsonOrUndefined(reply.responseBody);
  if (isErrorEnvelope(value)) return createErrorFromEnvelope(value, reply);
  return replyError(reply, `OpenRouter answered with ${contentType} instead of media bytes: ${reply.responseBody.slice(0, 200)}${cutNote}`);
}

const ERROR_ENVELOPE_START = /^\s*\{\s*"error"\s*:/;
const OPEN_BRACE = 0x7b;
const QUOTE = 0x22;

/** Whitespace, `{`, whitespace, `"`: how every JSON error envelope begins. */
function startsAsJsonObject(bytes: Uint8Array): boolean {
  let at = 0;
  const skipSpace = () => {
    while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  };
  skipSpace();
  if (bytes[at] !== OPEN_BRACE) return false;
  at++;
  skipSpace();
  return bytes[at] === QUOTE;
}
