import type { LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SSE_EVENT_SIZE } from '../../src/core/chat/stream/sse-part-stream';
import { chatChunk, type ScriptedReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { fileData, modelFinishReason } from '../helpers/spec-shapes';
import { createOpenClawRouter, streamText } from '../helpers/surface';
import {
  CANARY_KEY as KEY,
  ESCAPED_CANARY_KEY as ESCAPED_KEY,
  expectApiError,
  finishOf,
  keyLeaks,
  readAllParts,
  startHostileServer,
  textOf,
  theErrorPart,
  type HostileServer,
} from './support';

const server = useEmulator();
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
const router = (baseURL = server.baseURL) => createOpenClawRouter({ apiKey: KEY, baseURL });
const model = () => router()('openai/gpt-4o-mini');

async function streamParts(reply: ScriptedReply): Promise<LanguageModelV2StreamPart[]> {
  server.emulator.enqueue(reply);
  const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
  expect(keyLeaks(KEY, parts)).toEqual([]);
  return parts;
}

describe('error parts never carry the key', () => {
  it('mid-stream: an error chunk with finish_reason "error" echoing the key, also \\u-escaped', async () => {
    const parts = await streamParts({
      type: 'stream',
      chunks: [
        chatChunk({ content: 'Partial' }),
        `data: {"id":"gen-1","choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}],"error":{"code":502,"message":"Bearer ${KEY} / ${ESCAPED_KEY}"}}\n\n`,
      ],
      schemaCheck: false,
    });
    expect(textOf(parts)).toBe('Partial');
    expectApiError(theErrorPart(parts), { message: 'OpenRouter error 502: Bearer [REDACTED] / [REDACTED] (provider: OpenAI)', statusCode: 502, isRetryable: true });
    expect(finishOf(parts).finishReason).toEqual(modelFinishReason('error', 'error'));
  });

  it('mid-stream: a malformed chunk that starts with the key is quoted without it', async () => {
    const parts = await streamParts({ type: 'stream', chunks: [chatChunk({ content: 'a' }), `data: ${KEY} {"broken"\n\n`], schemaCheck: false });
    expectApiError(theErrorPart(parts), { message: 'OpenRouter sent a malformed stream chunk: [REDACTED] {"broken"', statusCode: 200, isRetryable: false });
  });
});

describe('one SSE line or event is bounded', () => {
  let hostile: HostileServer;
  beforeAll(async () => {
    hostile = await startHostileServer();
  });
  afterAll(() => hostile.close());

  /** Writes `prefix`, then `piece` for as long as the client reads. */
  const endless = (prefix: string, piece: string) =>
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(prefix);
      const more = () => {
        while (!response.destroyed && response.write(piece));
        if (!response.destroyed) response.once('drain', more);
      };
      more();
    });

  it.each([
    ['an endless data line', 'data: {"choices":[{"delta":{"content":"', 'x'.repeat(64 * 1024)],
    ['an endless event of many data lines', '', `data: ${'y'.repeat(1022)}\n`],
  ])('%s: one non-retryable error part naming the limit, then the connection is closed', async (_name, prefix, piece) => {
    endless(prefix, piece);
    const parts = await readAllParts((await router(hostile.baseURL)('openai/gpt-4o-mini').doStream({ prompt: PROMPT })).stream);
    expect(parts.map((part) => part.type)).toEqual(['stream-start', 'error', 'finish']);
    expectApiError(theErrorPart(parts), {
      message: `OpenRouter sent a stream line or event larger than 16 MiB (${MAX_SSE_EVENT_SIZE} characters), the most one event may hold; the stream was stopped.`,
      statusCode: 200,
      isRetryable: false,
    });
    // OpenRouter sent no finish_reason before the stream was stopped.
    expect(finishOf(parts).finishReason).toEqual(modelFinishReason('error', undefined));
    await hostile.latestConnectionClosed();
  });

  it('a 3 MB image in one line is well inside the limit', async () => {
    const base64 = `iVBORw0KGgo${'A'.repeat(3 * 1024 * 1024)}`;
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ images: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${base64}` } }] }), chatChunk({}, { finish_reason: 'stop' })],
    });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(parts.filter((part) => part.type === 'error')).toEqual([]);
    expect(parts.filter((part) => part.type === 'file')).toEqual([{ type: 'file', mediaType: 'image/png', data: fileData(base64) }]);
  });
});

describe('an abort with a custom reason is an abort, not a retryable error part', () => {
  const TEXT = [chatChunk({ content: 'Hello' }), chatChunk({}, { finish_reason: 'stop' })];
  const stallAfterFirstChunk = (): void =>
    server.emulator.enqueue({ type: 'stream', chunks: TEXT, stallAfterBytes: Buffer.byteLength(`: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(TEXT[0])}\n\n`) });

  it('doStream: reading fails with an AbortError that carries the reason', async () => {
    stallAfterFirstChunk();
    const controller = new AbortController();
    const reason = new Error('the user closed the tab');
    const { stream } = await model().doStream({ prompt: PROMPT, abortSignal: controller.signal });
    const reader = stream.getReader();
    const seen: string[] = [];
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return undefined;
        seen.push(value.type);
        if (value.type === 'text-delta') controller.abort(reason);
      }
    })().catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(Error);
    expect({ name: (failure as Error).name, message: (failure as Error).message, cause: (failure as Error).cause }).toEqual({
      name: 'AbortError',
      message: 'The request was aborted: the user closed the tab',
      cause: reason,
    });
    expect(seen).toEqual(['stream-start', 'response-metadata', 'text-start', 'text-delta']);
  });

  it('streamText: ends with an abort part', async () => {
    stallAfterFirstChunk();
    const controller = new AbortController();
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: 'hi', abortSignal: controller.signal, onError: ({ error }) => void errors.push(error) });
    const types: string[] = [];
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === 'text-delta') controller.abort('the user closed the tab');
    }
    expect(types).toEqual(['start', 'start-step', 'text-start', 'text-delta', 'abort']);
    expect(errors).toEqual([]);
  });
});
