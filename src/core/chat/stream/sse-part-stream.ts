import type { ChatStreamPart } from '../../model-io/result-types';
import { isAbortError } from '@ai-sdk/provider-utils';
import { createParser } from 'eventsource-parser';
import type { ChatStreamState } from './chat-stream-state';

/**
 * Response body -> stream parts in one stage: decode, split SSE events, and
 * hand each to the state machine, which enqueues parts directly (mapped to the
 * caller's spec by `toSurfacePart`, in the same pass). Keep-alive
 * comments are skipped by the SSE parser. A read failure or a body that ends
 * early becomes an error part followed by a finish part, never a quiet end.
 */
export function createChatPartStream<Part>(
  body: ReadableStream<Uint8Array>,
  state: ChatStreamState,
  toSurfacePart: (part: ChatStreamPart) => Part,
): ReadableStream<Part> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: (event) => state.onData(event.data) });
  let closed = false;
  let lastBreakIsCR = false;
  const noteLineBreaks = (text: string) => {
    const at = Math.max(text.lastIndexOf('\r'), text.lastIndexOf('\n'));
    if (at !== -1) lastBreakIsCR = text[at] === '\r';
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
      if (isAbortError(error)) {
        closed = true;
        controller.error(error);
        return;
      }
      state.interrupted(error);
      finish(controller);
      return;
    }
    if (result.done) {
      const rest = decoder.decode();
      noteLineBreaks(rest);
      // A lone CR is a whole line ending in SSE, but the parser holds it back until it sees
      // whether an LF follows; at the end of the body none will, so settle it.
      parser.feed(lastBreakIsCR ? `${rest}\n` : rest);
      finish(controller);
      return;
    }
    const text = decoder.decode(result.value, { stream: true });
    noteLineBreaks(text);
    parser.feed(text);
    if (state.stopped) {
      // An error chunk ends the reply: stop reading and free the socket.
      reader.cancel().catch(() => {});
      finish(controller);
    }
  };

  let enqueued = 0;
  return new ReadableStream<Part>({
    start(controller) {
      state.start((part) => {
        enqueued++;
        controller.enqueue(toSurfacePart(part));
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
