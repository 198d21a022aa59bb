import { APICallError, type LanguageModelV2 } from '@ai-sdk/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, errorEnvelope, usageChunk, type ScriptedReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { modelFinishReason, modelUsage } from '../helpers/spec-shapes';
import { finishOf, messageOf, readAllParts, textOf, theErrorPart, watchConnections, within, type ConnectionWatcher } from './support';
import { generateText, RetryError, streamText, createOpenClawRouter } from '../helpers/surface';

const server = useEmulator();
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
/** AI SDK retries honour `retry-after-ms`: zero keeps the retry tests fast. */
const RETRY_NOW = { 'retry-after-ms': '0' };

const model = (): LanguageModelV2 => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL })('openai/gpt-4o-mini');

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

const TEXT_STREAM = [chatChunk({ role: 'assistant', content: 'Hello' }), chatChunk({ content: ', world' }), chatChunk({}, { finish_reason: 'stop' }), usageChunk()];

async function generateError(reply: ScriptedReply): Promise<APICallError> {
  server.emulator.enqueue(reply);
  const error = await Promise.resolve(model().doGenerate({ prompt: PROMPT })).then(
    () => expect.fail('doGenerate should have failed'),
    (caught: unknown) => caught,
  );
  expect(APICallError.isInstance(error), messageOf(error)).toBe(true);
  return error as APICallError;
}

describe('failed replies: retryable exactly when REFERENCE 8 says, and retried by the AI SDK only then', () => {
  const envelope = (status: number, message: string, extra: Record<string, unknown> = {}): ScriptedReply => ({
    type: 'json',
    status,
    headers: RETRY_NOW,
    body: { error: { code: status, message, ...extra } },
  });

  const RETRYABLE: Array<[string, ScriptedReply, number]> = [
    ['408 timeout', envelope(408, 'Request timed out'), 408],
    ['429 rate limit with Retry-After', { type: 'json', status: 429, headers: { 'retry-after': '0' }, body: errorEnvelope(429, 'Rate limit exceeded') }, 429],
    ['500 internal error', envelope(500, 'Internal Server Error'), 500],
    ['502 upstream error', envelope(502, 'Provider returned error', { metadata: { provider_name: 'Together', raw: '{"error":{"message":"model overloaded"}}' } }), 502],
    ['503 no provider meets the routing', envelope(503, 'No endpoints found matching your data policy'), 503],
    ['524 upstream timeout', envelope(524, 'Provider timed out'), 524],
    ['529 provider overloaded', envelope(529, 'Provider overloaded'), 529],
    ['HTML 502 page from a proxy', { type: 'raw', status: 502, contentType: 'text/html', headers: RETRY_NOW, body: NGINX_502 }, 502],
    ['200 whose body is a 502 error envelope', { type: 'json', status: 200, headers: RETRY_NOW, body: errorEnvelope(502, 'Upstream error'), schemaCheck: false }, 502],
    ['400 with availability.retryable', envelope(400, 'Model warming up', { availability: { code: 'warming', retryable: true } }), 400],
  ];

  const FINAL: Array<[string, ScriptedReply, number]> = [
    ['400 bad request', envelope(400, 'Invalid request: messages must not be empty'), 400],
    ['401 bad key', envelope(401, 'User not found.'), 401],
    ['402 out of credits', envelope(402, 'Insufficient credits'), 402],
    ['403 moderation', envelope(403, 'Input flagged', { metadata: { reasons: ['harassment'], flagged_input: 'hi' } }), 403],
    ['404 unknown model', envelope(404, 'No endpoints found for acme/nope'), 404],
    ['413 too large', envelope(413, 'Request too large'), 413],
    ['422 unprocessable', envelope(422, 'Unprocessable'), 422],
    ['503 with availability.retryable false', envelope(503, 'Model retired', { availability: { code: 'retired', retryable: false } }), 503],
    ['200 whose body is a 400 error envelope', { type: 'json', status: 200, headers: RETRY_NOW, body: errorEnvelope(400, 'Bad input'), schemaCheck: false }, 400],
    ['200 with malformed JSON', { type: 'raw', status: 200, contentType: 'application/json', headers: RETRY_NOW, body: '{"id":"gen-1","choices":[{"message":' }, 200],
    ['200 with an HTML page', { type: 'raw', status: 200, contentType: 'text/html', headers: RETRY_NOW, body: '<html><body>Sign in to the Wi-Fi</body></html>' }, 200],
  ];

  it.each(RETRYABLE)('%s: retryable, retried twice by generateText', async (_name, reply, status) => {
    const error = await generateError(reply);
    expect(error.isRetryable).toBe(true);
    expect(error.statusCode).toBe(status);

    server.emulator.reset();
    server.emulator.enqueue(reply, reply, reply);
    const failure = await generateText({ model: model(), prompt: 'hi' }).catch((caught: unknown) => caught);
    expect(RetryError.isInstance(failure), messageOf(failure)).toBe(true);
    expect((failure as InstanceType<typeof RetryError>).reason).toBe('maxRetriesExceeded');
    expect(server.emulator.requests).toHaveLength(3);
  });

  it.each(FINAL)('%s: not retryable, sent exactly once', async (_name, reply, status) => {
    const error = await generateError(reply);
    expect(error.isRetryable).toBe(false);
    expect(error.statusCode).toBe(status);

    server.emulator.reset();
    server.emulator.enqueue(reply, reply, reply);
    const failure = await generateText({ model: model(), prompt: 'hi' }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(failure), messageOf(failure)).toBe(true);
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('says what failed and why, with the upstream provider and its raw message', async () => {
    const upstream = await generateError(RETRYABLE[3][1]);
    expect(upstream.message).toBe('OpenRouter error 502: Provider returned error (provider: Together) - model overloaded');
    const html = await generateError(RETRYABLE[7][1]);
    expect(html.message).toMatch(/HTTP 502.*non-JSON.*text\/html.*502 Bad Gateway/);
    const moderation = await generateError(FINAL[3][1]);
    expect(moderation.message).toContain('[flagged: harassment]');
    const malformed = await generateError(FINAL[9][1]);
    expect(malformed.message).toMatch(/not JSON/);
  });

  it('a 429 with Retry-After, then a success: generateText succeeds on the second request', async () => {
    server.emulator.enqueue(
      { type: 'json', status: 429, headers: { 'retry-after': '0' }, body: errorEnvelope(429, 'Rate limit exceeded') },
      { type: 'json', body: chatCompletion({ message: { content: 'second time lucky' } }) },
    );
    const result = await generateText({ model: model(), prompt: 'hi' });
    expect(result.text).toBe('second time lucky');
    expect(server.emulator.requests).toHaveLength(2);
  });

  it('a 429 with retry-after-ms, then a stream: streamText succeeds on the second request', async () => {
    server.emulator.enqueue(
      { type: 'json', status: 429, headers: { 'retry-after-ms': '10' }, body: errorEnvelope(429, 'Rate limit exceeded') },
      { type: 'stream', chunks: TEXT_STREAM },
    );
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: 'hi', onError: ({ error }) => void errors.push(error) });
    expect(await result.text).toBe('Hello, world');
    expect(errors).toEqual([]);
    expect(server.emulator.requests).toHaveLength(2);
  });

  it('a 400 is sent exactly once by streamText too', async () => {
    server.emulator.enqueue(envelope(400, 'Invalid request'), envelope(400, 'Invalid request'));
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: 'hi', onError: ({ error }) => void errors.push(error) });
    await result.consumeStream();
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0])).toBe(true);
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('a connection reset before any reply is a retryable connection error', async () => {
    const error = await generateError({ type: 'reset' });
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/Cannot connect to API/);
  });

  it('a streaming request answered with a JSON error envelope fails the call, and is retried when retryable', async () => {
    const overloaded: ScriptedReply = { type: 'json', status: 200, headers: RETRY_NOW, body: errorEnvelope(529, 'Provider overloaded'), schemaCheck: false };
    server.emulator.enqueue(overloaded, { type: 'stream', chunks: TEXT_STREAM });
    const result = streamText({ model: model(), prompt: 'hi', onError: () => {} });
    expect(await result.text).toBe('Hello, world');
    expect(server.emulator.requests).toHaveLength(2);
  });

  it('a streaming request answered with an HTML page fails with a clear, final error', async () => {
    server.emulator.enqueue({ type: 'raw', status: 200, contentType: 'text/html; charset=utf-8', body: '<html><body>Sign in to the Wi-Fi</body></html>' });
    const error = await Promise.resolve(model().doStream({ prompt: PROMPT })).then(
      () => expect.fail('doStream should have failed'),
      (caught: unknown) => caught as APICallError,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/text\/html.*Sign in to the Wi-Fi/);
  });
});

describe('faults mid-stream: one error part, a finish, the retryable flag right', () => {
  it('connection reset mid-stream: the text so far, then a retryable "interrupted" error', async () => {
    // The socket is destroyed 20 bytes into the second chunk.
    const bytesBeforeFinish = Buffer.byteLength(`: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(TEXT_STREAM[0])}\n\n`) + 20;
    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM, endAfterBytes: bytesBeforeFinish });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(textOf(parts)).toBe('Hello');
    const error = theErrorPart(parts) as APICallError;
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/interrupted before it finished|cut off/);
    expect(finishOf(parts).finishReason).toEqual(modelFinishReason('error', undefined));
  });

  it('a reset after the finish chunk but before [DONE] is a complete reply', async () => {
    const upToFinish = `: OPENROUTER PROCESSING\n\n${TEXT_STREAM.slice(0, 3)
      .map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`)
      .join('')}`;
    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM, endAfterBytes: Buffer.byteLength(upToFinish) });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(parts.filter((part) => part.type === 'error')).toEqual([]);
    expect(textOf(parts)).toBe('Hello, world');
    expect(finishOf(parts).finishReason).toEqual(modelFinishReason('stop', 'stop'));
  });

  it('a body that ends cleanly without finish_reason or [DONE] was cut off: retryable error, not a normal finish', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM.slice(0, 2), done: false });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(textOf(parts)).toBe('Hello, world');
    const error = theErrorPart(parts) as APICallError;
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/cut off/);
    expect(finishOf(parts).finishReason).toEqual(modelFinishReason('error', undefined));
  });

  it.each([
    [502, true],
    [400, false],
  ])('an error chunk with code %i: the upstream cause in the message, retryable %s, reading stops', async (code, retryable) => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [
        chatChunk({ content: 'Partial' }),
        chatChunk(
          { content: '' },
          { finish_reason: 'error', error: { code, message: 'Provider returned error', metadata: { provider_name: 'Anthropic', raw: 'overloaded_error: Overloaded' } } },
        ),
        chatChunk({ content: ' never shown' }),
      ],
    });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(textOf(parts)).toBe('Partial');
    const error = theErrorPart(parts) as APICallError;
    expect(error.message).toBe(`OpenRouter error ${code}: Provider returned error (provider: Anthropic) - overloaded_error: Overloaded`);
    expect(error.isRetryable).toBe(retryable);
    expect(finishOf(parts).finishReason).toEqual(modelFinishReason('error', 'error'));
    expect(parts.filter((part) => part.type === 'finish')).toHaveLength(1);
  });

  it('malformed JSON mid-stream: one non-retryable error naming the bad chunk', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ content: 'Hi' }), 'data: {"id":"gen-1","choices":[{"delta":{"content":"x"}\n\n', chatChunk({}, { finish_reason: 'stop' })],
      schemaCheck: false,
    });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(textOf(parts)).toBe('Hi');
    const error = theErrorPart(parts) as APICallError;
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/malformed stream chunk: \{"id":"gen-1"/);
  });

  it('usage chunk missing: a normal finish with unknown token counts, not an error', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM.slice(0, 3) });
    const parts = await readAllParts((await model().doStream({ prompt: PROMPT })).stream);
    expect(parts.filter((part) => part.type === 'error')).toEqual([]);
    const finish = finishOf(parts);
    expect(finish.finishReason).toEqual(modelFinishReason('stop', 'stop'));
    expect(finish.usage).toEqual(modelUsage({}));
    expect((finish.providerMetadata?.openrouter as Record<string, unknown> | undefined)?.usage).toBeUndefined();

    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM.slice(0, 3) });
    const result = streamText({ model: model(), prompt: 'hi' });
    expect(await result.text).toBe('Hello, world');
    expect(await result.finishReason).toBe('stop');
    expect((await result.totalUsage).inputTokens).toBeUndefined();
  });

  it('slow trickle: a byte-by-byte stream with pauses still arrives whole', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ content: 'Grüße 🙂' }), chatChunk({}, { finish_reason: 'stop' }), usageChunk()],
      networkChunkSize: 3,
      delayMs: 2,
    });
    const result = streamText({ model: model(), prompt: 'hi' });
    expect(await result.text).toBe('Grüße 🙂');
    expect((await result.totalUsage).inputTokens).toBe(10);
  });
});

describe("stalls: the caller's abortSignal ends the request and frees the socket", () => {
  /** The stream stalls right after its first chunk ('Hello'). */
  const AFTER_FIRST_CHUNK = Buffer.byteLength(`: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(TEXT_STREAM[0])}\n\n`);
  let relay: ConnectionWatcher;
  beforeAll(async () => {
    relay = await watchConnections(new URL(server.baseURL).origin);
  });
  afterAll(() => relay.close());
  const relayedModel = () => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: `${relay.origin}/api/v1` })('openai/gpt-4o-mini');

  it('a server that never answers: generateText rejects with an abort error at the deadline', async () => {
    server.emulator.enqueue({ type: 'stall' });
    const opened = relay.total();
    const started = Date.now();
    const failure = await within(
      3_000,
      generateText({ model: relayedModel(), prompt: 'hi', abortSignal: AbortSignal.timeout(200) }).catch((e: unknown) => e),
      'generateText',
    );
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((failure as Error).name).toMatch(/AbortError|TimeoutError/);
    expect(relay.total()).toBe(opened + 1);
    await relay.allClosed(1_000);
    expect(server.emulator.requests).toHaveLength(1); // an abort is never retried
  });

  it('a stream that stalls mid-reply: streamText ends promptly after the abort and the socket closes', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM, stallAfterBytes: AFTER_FIRST_CHUNK });
    const controller = new AbortController();
    const types: string[] = [];
    const result = streamText({ model: relayedModel(), prompt: 'hi', abortSignal: controller.signal, onError: () => {} });
    const consumed = (async () => {
      for await (const part of result.fullStream) {
        types.push(part.type);
        if (part.type === 'text-delta') setTimeout(() => controller.abort(), 50);
      }
    })();
    await within(2_000, consumed, 'the aborted stream');
    expect(types).toContain('text-delta');
    expect(types[types.length - 1]).toBe('abort');
    await relay.allClosed(1_000);
  });

  it('doStream: reading a stalled body rejects with the abort reason, and the socket closes', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: TEXT_STREAM, stallAfterBytes: AFTER_FIRST_CHUNK });
    const controller = new AbortController();
    const { stream } = await relayedModel().doStream({ prompt: PROMPT, abortSignal: controller.signal });
    const reader = stream.getReader();
    const seen: string[] = [];
    const drained = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        seen.push(value.type);
        if (value.type === 'text-delta') controller.abort();
      }
    })();
    const failure = await within(
      2_000,
      drained.then(
        () => undefined,
        (e: unknown) => e,
      ),
      'the stalled body',
    );
    expect((failure as Error | undefined)?.name).toBe('AbortError');
    expect(seen).toContain('text-delta');
    await relay.allClosed(1_000);
  });
});
