import type { ChatStreamPart } from '../../model-io/result-types';
import { isAbortError } from '@ai-sdk/provider-utils';
import { createParser } from 'eventsource-parser';
import { abortErrorOf } from '../../http/abort-error';
import { requestFactsOf } from '../../http/request-facts';
import type { SecretRedactor } from '../../http/secret-redactor';
import { Utf8StreamDecoder } from '../../util/utf8-stream-decoder';
import type { ChatStreamState } from './chat-stream-state';

/**
 * The most text one SSE line or one event may hold while it is read: 16 MiB (16,777,216
 * characters). Image replies put a few MB of base64 in one line; a stream that sends more
 * without ending its event would otherwise grow the heap until the process dies.
 */
export const MAX_SSE_EVENT_SIZE = 16 * 1024 * 1024;

/**
 * Response body -> stream parts in one stage: decode, split SSE events, and
 * hand each to the state machine, which enqueues parts directly (mapped to the
 * caller's spec by `toSurfacePart`, in the same pass). Keep-alive
 * comments are skipped by the SSE parser. A read failure or a body that ends
 * early becomes an error part followed by a finish part, never a quiet end;
 * an abort, whatever its reason, errors the stream with an AbortError. Error parts carry none of
 * the request's credentials; other parts pass unscanned.
 */
export function createChatPartStream<Part>(
  body: ReadableStream<Uint8Array>,
  state: ChatStreamState,
  toSurfacePart: (part: ChatStreamPart) => Part,
): ReadableStream<Part> {
  const { redactor, signal } = requestFactsOf(body);
  const reader = body.getReader();
  const decoder = new Utf8StreamDecoder();
  const parser = createParser({
    onEvent: (event) => state.onData(event.data),
    maxBufferSize: MAX_SSE_EVENT_SIZE,
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') {
        state.refuse(
          `OpenRouter sent a stream line or event larger than 16 MiB (${MAX_SSE_EVENT_SIZE} characters), the most one event may hold; the stream was stopped.`,
        );
      }
    },
  });
  let closed = false;
  let lastBreakIsCR = false;
  // Only the text after the last LF can hold a later CR: searching the whole chunk for a CR that
  // OpenRouter never sends cost a full scan of every read.
  const noteLineBreaks = (text: string) => {
    const lf = text.lastIndexOf('\n');
    for (let i = text.length - 1; i > lf; i--) {
      if (text.charCodeAt(i) === 13) {
        lastBreakIsCR = true;
        return;
      }
    }
    if (lf !== -1) lastBreakIsCR = false;
  };

  const finish = (controller: ReadableStreamDefaultController<Part>) => {
    if (closed) return;
    closed = true;
    state.end();
    controller.close();
  };

  /** One network read: decode, parse, and let the state machine enqueue what it yields. */
  const readOnce = async (controller: ReadableStreamDefaultController<Part>) => {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) {
        closed = true;
        controller.error(abortErrorOf(error));
        return;
      }
      state.interrupted(error);
      finish(controller);
      return;
    }
    if (result.done) {
      const rest = decoder.end();
      noteLineBreaks(rest);
      // A lone CR is a whole line ending in SSE, but the parser holds it back until it sees
      // whether an LF follows; at the end of the body none will, so settle it.
      parser.feed(lastBreakIsCR ? `${rest}\n` : rest);
      finish(controller);
      return;
    }
    const text = decoder.decode(result.value);
    noteLineBreaks(text);
    parser.feed(text);
    if (state.stopped) {
      // An error chunk or a refused event ends the reply: stop reading and free the socket.
      reader.cancel().catch(() => {});
      finish(controller);
    }
  };

  let enqueued = 0;
  return new ReadableStream<Part>({
    start(controller) {
      state.start((part) => {
        enqueued++;
        controller.enqueue(toSurfacePart(part.type === 'error' || part.type === 'finish' ? redactedPart(part, redactor) : part));
      });
    },
    async pull(controller) {
      // The stream calls pull again only after a part was enqueued, so a read that yields
      // none (a keep-alive comment, half an event) must not end this pull: it would hang.
      const before = enqueued;
      while (!closed && enqueued === before) await readOnce(controller);
    },
    cancel(reason) {
      closed = true;
      return reader.cancel(reason);
    },
  });
}

/**
 * Error parts and the finish part's providerMetadata (routerMetadata, provider, usage, ... as
 * the reply sent them) are cleaned as a whole reply is; one of each per stream, so deltas stay unscanned.
 */
function redactedPart(part: ChatStreamPart, redactor: SecretRedactor): ChatStreamPart {
  if (part.type === 'error') return { type: 'error', error: redactor.error(part.error) };
  if (part.type === 'finish' && part.providerMetadata !== undefined) return { ...part, providerMetadata: redactor.value(part.providerMetadata) };
  return part;
}
