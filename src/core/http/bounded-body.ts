import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, isAbortError } from '@ai-sdk/provider-utils';
import { abortErrorOf } from './abort-error';
import { requestFactsOf } from './request-facts';
import { joinBytes } from '../util/join-bytes';

const MIB = 1024 * 1024;

/**
 * The most bytes one successful JSON reply may hold: 64 MiB. A chat or image reply with a few
 * base64 images is some MB; a reply that keeps sending (an endless `{"data":[...`) is stopped.
 */
export const MAX_JSON_REPLY_SIZE = 64 * MIB;

/**
 * The most bytes read of a body that is an error, or not what was asked for (an HTML page, JSON
 * instead of media or events): 1 MiB. Its start says what went wrong; the rest is never read.
 */
export const MAX_ERROR_BODY_SIZE = MIB;

/**
 * The most bytes one media reply may hold: 256 MiB. Generated speech and video clips are a few MB;
 * a reply that keeps sending past this is stopped instead of growing the heap until the process dies.
 */
export const MAX_MEDIA_REPLY_SIZE = 256 * MIB;

/** A limit for a whole body, and what the error calls such a body. */
export interface BodyLimit {
  readonly bytes: number;
  readonly what: string;
}

export const JSON_REPLY_LIMIT: BodyLimit = { bytes: MAX_JSON_REPLY_SIZE, what: 'JSON reply' };
export const MEDIA_REPLY_LIMIT: BodyLimit = { bytes: MAX_MEDIA_REPLY_SIZE, what: 'media reply' };

/** The reply whose body is read, and what an error about it must carry. */
export interface BodySource {
  response: Response;
  url: string;
  requestBodyValues: unknown;
}

/** The start of a body: at most `maxBytes`, and whether more was there (it was not read). */
export interface BodyStart {
  text: string;
  truncated: boolean;
}

/**
 * The whole body as bytes. An announced (`content-length`) or actual size past the limit cancels
 * the body and throws a non-retryable APICallError naming the limit. The chunks are joined once at
 * the end and dropped: memory stays near the size read, never the limit.
 */
export async function readBoundedBytes(source: BodySource, limit: BodyLimit): Promise<Uint8Array> {
  if (announcesTooMuch(source, limit)) await refuseAnnouncedSize(source, limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const complete = await readChunks(source, limit.bytes, (chunk) => {
    chunks.push(chunk);
    size += chunk.byteLength;
  });
  if (!complete) throw tooLarge(source, limit, `larger than ${sizeText(limit.bytes)}`, 'it was stopped');
  return joinBytes(chunks, size);
}

// A JSON reply is read as bytes and decoded once, at the end: a streaming decode per chunk cost a
// small reply about 5% of a request over loopback, and the text comes out the same.
const utf8 = new TextDecoder();

/** UTF-8 bytes as text, invalid sequences replaced (as `Response.text()` does). */
export function utf8Text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/**
 * The first `maxBytes` of a body as text (an error page, an error envelope); the rest is cancelled
 * unread, so a huge or endless error body costs one read of its start on every retry.
 */
export async function readBodyStart(source: BodySource, maxBytes = MAX_ERROR_BODY_SIZE): Promise<BodyStart> {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  const complete = await readChunks(source, maxBytes, (chunk) => pieces.push(decoder.decode(chunk, { stream: true })));
  pieces.push(decoder.decode());
  return { text: pieces.join(''), truncated: !complete };
}

/** `1 MiB`, `64 MiB`: how the limits are named in errors and docs. */
export function sizeText(bytes: number): string {
  return `${bytes / MIB} MiB (${bytes} bytes)`;
}

/**
 * Hands each chunk to `keep` until the body ends (true) or `maxBytes` would be passed (false: the
 * part of the chunk that fits was kept, the body is cancelled). An abort ends with the caller's
 * reason; a connection that breaks off is a retryable APICallError.
 */
async function readChunks(source: BodySource, maxBytes: number, keep: (chunk: Uint8Array) => void): Promise<boolean> {
  const body = source.response.body;
  if (body === null) return true;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      const room = maxBytes - size;
      if (value.byteLength > room) {
        if (room > 0) keep(value.subarray(0, room));
        await reader.cancel().catch(() => {});
        return false;
      }
      size += value.byteLength;
      keep(value);
    }
  } catch (error) {
    throw readFailure(source, error);
  }
}

/** Checked without awaiting: a reply of an ordinary size costs no promise for it. */
function announcesTooMuch(source: BodySource, limit: BodyLimit): boolean {
  return announcedSize(source) > limit.bytes;
}

const announcedSize = (source: BodySource): number => Number(source.response.headers.get('content-length') ?? Number.NaN);

async function refuseAnnouncedSize(source: BodySource, limit: BodyLimit): Promise<never> {
  const announced = announcedSize(source);
  await source.response.body?.cancel().catch(() => {});
  throw tooLarge(source, limit, `of ${announced} bytes (content-length), larger than ${sizeText(limit.bytes)}`, 'it was not read');
}

function tooLarge(source: BodySource, limit: BodyLimit, size: string, outcome: string): APICallError {
  return new APICallError({
    message: `OpenRouter sent a ${limit.what} ${size}, the most one reply may hold; ${outcome}.`,
    url: source.url,
    requestBodyValues: source.requestBodyValues,
    statusCode: source.response.status,
    responseHeaders: cleanHeaders(source.response),
    isRetryable: false,
  });
}

function readFailure(source: BodySource, error: unknown): unknown {
  const { signal } = requestFactsOf(source.response);
  if (signal?.aborted) return abortErrorOf(signal.reason ?? error);
  if (isAbortError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new APICallError({
    message: `OpenRouter's reply broke off while it was read: ${reason}`,
    url: source.url,
    requestBodyValues: source.requestBodyValues,
    statusCode: source.response.status,
    responseHeaders: cleanHeaders(source.response),
    isRetryable: true,
    cause: error,
  });
}

function cleanHeaders(response: Response): Record<string, string> {
  return requestFactsOf(response).redactor.headers(extractResponseHeaders(response));
}
