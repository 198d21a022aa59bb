import { APICallError, type LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, errorEnvelope, usageChunk, type StreamReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { modelFinishReason, modelUsage } from '../helpers/spec-shapes';
import { chatModels, DEFAULT_USAGE, HI, RESPONSE_METADATA, START } from './support';
import { generateText, streamText } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'anthropic/claude-sonnet-4.5');
const REQUEST_BODY = { model: 'anthropic/claude-sonnet-4.5', messages: [{ role: 'user', content: 'Hi' }] };
const STREAM_REQUEST_BODY = { ...REQUEST_BODY, stream: true, stream_options: { include_usage: true } };

/** What a user sees of an APICallError; transport headers (date, ...) are left to objectContaining. */
function seen(error: unknown) {
  expect(APICallError.isInstance(error), `not an APICallError: ${String(error)}`).toBe(true);
  const { message, statusCode, isRetryable, data, url, requestBodyValues, responseBody } = error as APICallError;
  return { message, statusCode, isRetryable, data, url, requestBodyValues, responseBody };
}

const URL_ = () => `${server.baseURL}/chat/completions`;

/** What a user sees of an error OpenRouter reported in `reply`: the reply is its data and, as sent, its response body. */
const reportedIn = (reply: unknown, error: { message: string; statusCode: number; isRetryable: boolean }, requestBodyValues: unknown = REQUEST_BODY) => ({
  ...error,
  data: reply,
  url: URL_(),
  requestBodyValues,
  responseBody: JSON.stringify(reply),
});

describe('HTTP errors', () => {
  it('names the upstream provider and its raw message, with status, retry flag, headers and the envelope as data', async () => {
    const envelope = errorEnvelope(429, 'Provider returned error', {
      provider_name: 'Anthropic',
      raw: '{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}',
    });
    server.emulator.enqueue({ type: 'json', status: 429, headers: { 'Retry-After': '17' }, body: envelope });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(seen(error)).toEqual(
      reportedIn(envelope, {
        message: 'OpenRouter error 429: Provider returned error (provider: Anthropic) - Number of request tokens has exceeded your per-minute rate limit',
        statusCode: 429,
        isRetryable: true,
      }),
    );
    expect(error.responseHeaders).toEqual(expect.objectContaining({ 'retry-after': '17', 'content-type': 'application/json' }));
  });

  it.each<[string, unknown, string]>([
    ['a plain string', 'upstream connect error or disconnect/reset before headers', ' - upstream connect error or disconnect/reset before headers'],
    ['a JSON string with error.message', '{"error":{"message":"model overloaded","code":529}}', ' - model overloaded'],
    ['a JSON string with an error string', '{"error":"quota exceeded"}', ' - quota exceeded'],
    ['an object', { error: { message: 'Invalid thinking signature', type: 'invalid_request_error' } }, ' - Invalid thinking signature'],
    ['an object without a message', { status: 'FAILED_PRECONDITION' }, ' - {"status":"FAILED_PRECONDITION"}'],
    ['missing', undefined, ''],
  ])('reads metadata.raw given as %s', async (_, raw, suffix) => {
    const metadata = raw === undefined ? { provider_name: 'Google' } : { provider_name: 'Google', raw };
    server.emulator.enqueue({ type: 'json', status: 502, body: errorEnvelope(502, 'Provider returned error', metadata) });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(error.message).toBe(`OpenRouter error 502: Provider returned error (provider: Google)${suffix}`);
  });

  it.each<[number, boolean]>([
    [400, false],
    [401, false],
    [402, false],
    [403, false],
    [404, false],
    [408, true],
    [413, false],
    [422, false],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [524, true],
    [529, true],
  ])('marks HTTP %i retryable: %s', async (status, retryable) => {
    const envelope = errorEnvelope(status, `Status ${status}`);
    server.emulator.enqueue({ type: 'json', status, body: envelope });
    expect(seen(await rejectionOf(model().doGenerate({ prompt: HI })))).toEqual(
      reportedIn(envelope, { message: `OpenRouter error ${status}: Status ${status}`, statusCode: status, isRetryable: retryable }),
    );
  });

  it('follows availability.retryable over the status', async () => {
    const envelope = {
      error: { code: 503, message: 'No endpoints found that can handle the requested parameters.', availability: { code: 'no_endpoints', retryable: false } },
    };
    server.emulator.enqueue({ type: 'json', status: 503, body: envelope });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect([error.statusCode, error.isRetryable, error.data]).toEqual([503, false, envelope]);
  });

  it('lists the moderation reasons of a 403', async () => {
    const envelope = errorEnvelope(403, 'Input was flagged by moderation', {
      reasons: ['harassment', 'violence'],
      flagged_input: 'the flagged text',
      provider_name: 'OpenAI',
      model_slug: 'openai/gpt-5',
    });
    server.emulator.enqueue({ type: 'json', status: 403, body: envelope });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(error.message).toBe('OpenRouter error 403: Input was flagged by moderation (provider: OpenAI) [flagged: harassment, violence]');
    expect(error.data).toEqual(envelope);
  });

  it('describes a non-JSON error page from a proxy', async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
    server.emulator.enqueue({ type: 'raw', status: 502, body: page, contentType: 'text/html' });
    expect(seen(await rejectionOf(model().doGenerate({ prompt: HI })))).toEqual({
      message: 'OpenRouter request failed with HTTP 502 Bad Gateway and a non-JSON reply (text/html): 502 Bad Gateway 502 Bad Gateway',
      statusCode: 502,
      isRetryable: true,
      data: undefined,
      url: URL_(),
      requestBodyValues: REQUEST_BODY,
      responseBody: page,
    });
  });

  it('fails a streaming request the same way', async () => {
    const envelope = errorEnvelope(401, 'User not found.');
    server.emulator.enqueue({ type: 'json', status: 401, body: envelope });
    expect(seen(await rejectionOf(model().doStream({ prompt: HI })))).toEqual(
      reportedIn(envelope, { message: 'OpenRouter error 401: User not found.', statusCode: 401, isRetryable: false }, STREAM_REQUEST_BODY),
    );
  });

  it('reports a connection that drops before any answer as a retryable call error', async () => {
    server.emulator.enqueue({ type: 'reset' });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/^Cannot connect to API: /);
  });

  it('lets generateText retry retryable errors and not the others', async () => {
    // Retry-After: 0 reaches the AI SDK's retry loop, which then retries at once instead of backing off for seconds.
    const now = { 'Retry-After': '0' };
    server.emulator.enqueue(
      { type: 'json', status: 503, headers: now, body: errorEnvelope(503, 'Service unavailable') },
      { type: 'json', status: 502, headers: now, body: errorEnvelope(502, 'Provider returned error', { provider_name: 'Anthropic', raw: 'overloaded' }) },
    );
    const recovered = await generateText({ model: model(), prompt: 'Hi', maxRetries: 2 });
    expect(recovered.text).toBe('You said: Hi');
    expect(server.emulator.requests).toHaveLength(3);

    server.emulator.reset();
    server.emulator.enqueue({ type: 'json', status: 400, body: errorEnvelope(400, 'Invalid model') });
    const error = await rejectionOf(generateText({ model: model(), prompt: 'Hi', maxRetries: 2 }));
    expect(error.message).toBe('OpenRouter error 400: Invalid model');
    expect(server.emulator.requests).toHaveLength(1);
  });
});

describe('errors inside a 200 reply', () => {
  it('fails a 200 JSON reply that carries an error envelope, with the envelope code', async () => {
    const envelope = errorEnvelope(502, 'Provider returned error', {
      provider_name: 'Google',
      raw: '{"error":{"code":500,"message":"Internal error encountered.","status":"INTERNAL"}}',
    });
    server.emulator.enqueue({ type: 'json', body: envelope });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(seen(error)).toEqual(
      reportedIn(envelope, {
        message: 'OpenRouter error 502: Provider returned error (provider: Google) - Internal error encountered.',
        statusCode: 502,
        isRetryable: true,
      }),
    );
    expect(error.responseHeaders).toEqual(expect.objectContaining({ 'content-type': 'application/json' }));
  });

  it('fails a 200 streaming request answered with a JSON error envelope', async () => {
    const envelope = errorEnvelope(408, 'Timed out waiting for the provider');
    server.emulator.enqueue({ type: 'json', body: envelope });
    expect(seen(await rejectionOf(model().doStream({ prompt: HI })))).toEqual(
      reportedIn(envelope, { message: 'OpenRouter error 408: Timed out waiting for the provider', statusCode: 408, isRetryable: true }, STREAM_REQUEST_BODY),
    );
  });

  it('fails a 200 reply whose choice finished with "error", keeping the partial reply in the error', async () => {
    const body = chatCompletion({ finish_reason: 'error', message: { content: 'Half an ans' } });
    server.emulator.enqueue({ type: 'json', body });
    expect(seen(await rejectionOf(model().doGenerate({ prompt: HI })))).toEqual(
      reportedIn(body, { message: 'OpenRouter ended the reply with finish_reason "error".', statusCode: 200, isRetryable: true }),
    );
  });

  it('names the upstream cause when the errored choice carries an error', async () => {
    const choice = {
      index: 0,
      message: { role: 'assistant', content: '' },
      finish_reason: 'error',
      native_finish_reason: 'error',
      error: { code: 502, message: 'Provider returned error', metadata: { provider_name: 'Together', raw: 'CUDA out of memory' } },
    };
    // An error on the choice is outside OpenRouter's published schema, but upstream errors arrive this way.
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ choices: [choice] }), schemaCheck: false });
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect([error.message, error.statusCode, error.isRetryable, error.data]).toEqual([
      'OpenRouter error 502: Provider returned error (provider: Together) - CUDA out of memory',
      502,
      true,
      choice,
    ]);
  });

  it.each([
    ['not JSON', 'upstream went away', 'OpenRouter returned a reply that is not JSON (text/plain; charset=utf-8): upstream went away'],
    ['JSON without choices', '{"id":"gen-1","object":"chat.completion"}', 'OpenRouter returned JSON without "choices": {"id":"gen-1","object":"chat.completion"}'],
  ])('fails a 200 reply that is %s', async (_, body, message) => {
    server.emulator.enqueue({ type: 'raw', body });
    expect(seen(await rejectionOf(model().doGenerate({ prompt: HI })))).toEqual({
      message,
      statusCode: 200,
      isRetryable: false,
      data: undefined,
      url: URL_(),
      requestBodyValues: REQUEST_BODY,
      responseBody: body,
    });
  });
});

describe('errors in a stream', () => {
  async function streamParts(reply: Omit<StreamReply, 'type'>) {
    server.emulator.enqueue({ type: 'stream', ...reply });
    const { stream } = await model().doStream({ prompt: HI });
    return convertReadableStreamToArray(stream);
  }

  /** Text ids become text-1, ...; the error part becomes what a user sees of it. */
  function normalize(parts: LanguageModelV2StreamPart[]) {
    const ids = new Map<string, string>();
    return parts.map((part) => {
      if (part.type === 'error') return { type: 'error', error: seen(part.error) };
      if (part.type === 'text-start') ids.set(part.id, `text-${ids.size + 1}`);
      if (part.type === 'text-start' || part.type === 'text-delta' || part.type === 'text-end') return { ...part, id: ids.get(part.id) };
      return part;
    });
  }

  /** No usage chunk came: every count unknown. */
  const NO_USAGE = modelUsage({});
  /** The finish of a stream that failed, after OpenRouter's `finish_reason` (if it sent one). */
  const errorFinish = (finishReason: string | undefined) => ({
    type: 'finish',
    finishReason: modelFinishReason('error', finishReason),
    usage: NO_USAGE,
    providerMetadata: { openrouter: { provider: 'OpenAI', model: 'openai/gpt-4o-mini', generationId: 'gen-emulator-0' } },
  });
  const FINISH_ERROR = errorFinish(undefined);
  const PARTIAL_TEXT = [
    { type: 'text-start', id: 'text-1' },
    { type: 'text-delta', id: 'text-1', delta: 'Once upon' },
    { type: 'text-end', id: 'text-1' },
  ];
  const ONCE = chatChunk({ role: 'assistant', content: 'Once upon' });

  /** A stream that said "Once upon" and then failed with no error body: the partial text, the error, an error finish. */
  const failedAfterOnce = (error: { message: string; isRetryable: boolean }, finish: object = FINISH_ERROR) => [
    START,
    RESPONSE_METADATA,
    ...PARTIAL_TEXT,
    { type: 'error', error: { ...error, statusCode: 200, data: undefined, url: URL_(), requestBodyValues: STREAM_REQUEST_BODY, responseBody: undefined } },
    finish,
  ];

  it('ends with an error part and an error finish on a mid-stream error chunk', async () => {
    const errorChunk = chatChunk(
      { content: '' },
      {
        finish_reason: 'error',
        error: {
          code: 502,
          message: 'Provider returned error',
          metadata: { provider_name: 'Anthropic', raw: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' },
        },
      },
    );
    const parts = await streamParts({ chunks: [ONCE, errorChunk, chatChunk({ content: 'never read' })] });
    expect(normalize(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      ...PARTIAL_TEXT,
      {
        type: 'error',
        error: reportedIn(
          errorChunk,
          { message: 'OpenRouter error 502: Provider returned error (provider: Anthropic) - Overloaded', statusCode: 502, isRetryable: true },
          STREAM_REQUEST_BODY,
        ),
      },
      errorFinish('error'),
    ]);
  });

  it("takes a string server_error code as a retryable upstream failure, named by the chunk's provider", async () => {
    const errorChunk = chatChunk(
      { content: '' },
      { finish_reason: 'error', provider: 'Together', error: { code: 'server_error', message: 'Upstream connection reset' } },
    );
    const parts = await streamParts({ chunks: [ONCE, errorChunk], schemaCheck: false });
    expect(normalize(parts)[5]).toEqual({
      type: 'error',
      error: reportedIn(
        errorChunk,
        { message: 'OpenRouter error server_error: Upstream connection reset (provider: Together)', statusCode: 500, isRetryable: true },
        STREAM_REQUEST_BODY,
      ),
    });
  });

  it('fails a stream whose first event is an error envelope, before any response metadata', async () => {
    const envelope = errorEnvelope(503, 'No instances available', { provider_name: 'DeepInfra', raw: 'capacity' });
    // A bare envelope is not a ChatStreamChunk: neither the types nor the schema expect it mid-stream.
    const parts = await streamParts({ chunks: [envelope as unknown as Record<string, unknown>], done: false, schemaCheck: false });
    expect(normalize(parts)).toEqual([
      START,
      {
        type: 'error',
        error: reportedIn(
          envelope,
          { message: 'OpenRouter error 503: No instances available (provider: DeepInfra) - capacity', statusCode: 503, isRetryable: true },
          STREAM_REQUEST_BODY,
        ),
      },
      { type: 'finish', finishReason: modelFinishReason('error', undefined), usage: NO_USAGE, providerMetadata: { openrouter: {} } },
    ]);
  });

  it('finishes normally when the connection drops after the finish reason', async () => {
    const stop = chatChunk({ content: '' }, { finish_reason: 'stop' });
    const upToStop = `: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(ONCE)}\n\ndata: ${JSON.stringify(stop)}\n\n`;
    const parts = await streamParts({ chunks: [ONCE, stop, usageChunk()], endAfterBytes: Buffer.byteLength(upToStop) + 20 });
    expect(normalize(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      ...PARTIAL_TEXT,
      {
        ...FINISH_ERROR,
        finishReason: modelFinishReason('stop', 'stop'),
        providerMetadata: { openrouter: { ...FINISH_ERROR.providerMetadata.openrouter, nativeFinishReason: 'stop' } },
      },
    ]);
  });

  it('treats finish_reason "error" without an error object as an error', async () => {
    const parts = await streamParts({ chunks: [ONCE, chatChunk({ content: '' }, { finish_reason: 'error' })] });
    expect(normalize(parts)).toEqual(
      failedAfterOnce(
        { message: 'OpenRouter ended the stream with finish_reason "error".', isRetryable: true },
        { ...errorFinish('error'), providerMetadata: { openrouter: { ...FINISH_ERROR.providerMetadata.openrouter, nativeFinishReason: 'error' } } },
      ),
    );
  });

  it('names the upstream cause when the errored stream choice carries an error', async () => {
    const errorChunk = chatChunk({ content: '' }, { finish_reason: 'error' });
    (errorChunk.choices[0] as Record<string, unknown>).error = {
      code: 429,
      message: 'Rate limit exceeded',
      metadata: { provider_name: 'Groq', raw: 'tokens per minute' },
    };
    const parts = await streamParts({ chunks: [ONCE, errorChunk], schemaCheck: false });
    expect(normalize(parts)[5]).toEqual({
      type: 'error',
      error: {
        message: 'OpenRouter error 429: Rate limit exceeded (provider: Groq) - tokens per minute',
        statusCode: 429,
        isRetryable: true,
        data: errorChunk.choices[0],
        url: URL_(),
        requestBodyValues: STREAM_REQUEST_BODY,
        responseBody: JSON.stringify(errorChunk),
      },
    });
    expect(parts[parts.length - 1]).toMatchObject({ type: 'finish', finishReason: modelFinishReason('error', 'error') });
  });

  it('ends in an error when the body ends before any finish reason or [DONE]', async () => {
    const parts = await streamParts({ chunks: [ONCE], done: false });
    expect(normalize(parts)).toEqual(
      failedAfterOnce({ message: 'OpenRouter stream ended before the model finished (no finish_reason and no [DONE]): the reply was cut off.', isRetryable: true }),
    );
  });

  it('ends in an error when the connection is cut mid-event', async () => {
    const firstEvent = `: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(ONCE)}\n\n`;
    const parts = await streamParts({
      chunks: [ONCE, chatChunk({ content: ' a time' }), chatChunk({ content: '' }, { finish_reason: 'stop' })],
      endAfterBytes: Buffer.byteLength(firstEvent) + 30,
    });
    expect(normalize(parts)).toEqual(failedAfterOnce({ message: 'OpenRouter stream was interrupted before it finished: terminated', isRetryable: true }));
  });

  it('ends in an error on a malformed chunk', async () => {
    const parts = await streamParts({ chunks: [ONCE, 'data: {"choices":[{"delta":{"content":"x"\n\n'], schemaCheck: false });
    expect(normalize(parts)).toEqual(failedAfterOnce({ message: 'OpenRouter sent a malformed stream chunk: {"choices":[{"delta":{"content":"x"', isRetryable: false }));
  });

  it('never looks like a quiet success to streamText users', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: [ONCE], done: false });
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: 'Hi', maxRetries: 0, onError: ({ error }) => void errors.push(error) });
    await result.consumeStream();
    expect(await result.finishReason).toBe('error');
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('OpenRouter stream ended before the model finished (no finish_reason and no [DONE]): the reply was cut off.');
  });

  it('finishes normally when usage arrives after the finish reason and [DONE] is missing', async () => {
    const parts = await streamParts({ chunks: [ONCE, chatChunk({ content: '' }, { finish_reason: 'stop' }), usageChunk()], done: false });
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(parts[parts.length - 1]).toMatchObject({ type: 'finish', finishReason: modelFinishReason('stop', 'stop'), usage: DEFAULT_USAGE });
  });
});
