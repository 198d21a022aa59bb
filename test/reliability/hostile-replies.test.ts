import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { chatCompletion, errorEnvelope, type ScriptedReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { EMBEDDING_MODEL, fileData, modelUsage } from '../helpers/spec-shapes';
import { createOpenClawRouter, embed, generateImage, generateText, streamText } from '../helpers/surface';
import { CANARY_KEY as KEY, ESCAPED_CANARY_KEY as ESCAPED_KEY, expectApiError, keyLeaks, messageOf } from './support';

const server = useEmulator({ knownModels: ['openai/gpt-4o-mini'] });
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
/** An echo cut short still gives the key away. */
const KEY_PREFIX = KEY.slice(0, 30);

const router = () => createOpenClawRouter({ apiKey: KEY, baseURL: server.baseURL });
const model = () => router()('openai/gpt-4o-mini');

function expectNoKey(value: unknown): void {
  expect(keyLeaks(KEY, value)).toEqual([]);
}

async function generateError(reply: ScriptedReply): Promise<APICallError> {
  server.emulator.enqueue(reply);
  const error = await Promise.resolve(model().doGenerate({ prompt: PROMPT })).then(
    () => expect.fail('doGenerate should have failed'),
    (caught: unknown) => caught,
  );
  expect(APICallError.isInstance(error), messageOf(error)).toBe(true);
  expectNoKey(error);
  return error as APICallError;
}

describe('the key never comes back from a reply, whatever its status', () => {
  it('a 200 error envelope echoing the key, and a nested raw message spelling it with \\u escapes', async () => {
    const raw = `{"error":{"message":"upstream rejected ${ESCAPED_KEY}"}}`;
    const error = await generateError({
      type: 'json',
      body: errorEnvelope(401, `Invalid credentials: Bearer ${KEY}`, { provider_name: 'Gateway', raw }),
      schemaCheck: false,
    });
    expectApiError(error, {
      message: 'OpenRouter error 401: Invalid credentials: Bearer [REDACTED] (provider: Gateway) - upstream rejected [REDACTED]',
      statusCode: 401,
      isRetryable: false,
    });
    expect((error.data as { error: { message: string } }).error.message).toBe('Invalid credentials: Bearer [REDACTED]');
  });

  it('a 401 body spelling the key with \\u escapes: clean in the message, the body and data, also once parsed', async () => {
    const error = await generateError({
      type: 'raw',
      status: 401,
      contentType: 'application/json',
      body: `{"error":{"code":401,"message":"No such key: ${ESCAPED_KEY}"}}`,
    });
    expectApiError(error, { message: 'OpenRouter error 401: No such key: [REDACTED]', statusCode: 401, isRetryable: false });
    expect(JSON.parse(error.responseBody!)).toEqual({ error: { code: 401, message: 'No such key: [REDACTED]' } });
    expect(error.data).toEqual({ error: { code: 401, message: 'No such key: [REDACTED]' } });
  });

  it.each([
    [
      'an HTML page',
      'text/html',
      `<html><body>Signed in as ${KEY_PREFIX}</body></html>`,
      'OpenRouter returned a reply that is not JSON (text/html): <html><body>Signed in as [REDACTED]</body></html>',
    ],
    [
      'plain text',
      'text/plain',
      `echo: Authorization: Bearer ${KEY}`,
      'OpenRouter returned a reply that is not JSON (text/plain): echo: Authorization: Bearer [REDACTED]',
    ],
    [
      'JSON without choices',
      'application/json',
      `{"echo":{"authorization":"Bearer ${KEY}"}}`,
      'OpenRouter returned JSON without "choices": {"echo":{"authorization":"Bearer [REDACTED]"}}',
    ],
  ])('a 200 reply of %s echoing the key', async (_name, contentType, body, message) => {
    const error = await generateError({ type: 'raw', contentType, body });
    expectApiError(error, { message, statusCode: 200, isRetryable: false });
  });

  it('a 200 reply whose choice failed, echoing the key in the choice error', async () => {
    const reply = chatCompletion({ message: { content: 'Partial' }, finish_reason: 'error' });
    (reply.choices[0] as Record<string, unknown>).error = { code: 502, message: `Upstream said: key ${KEY} is rate limited` };
    const error = await generateError({ type: 'json', body: reply, schemaCheck: false });
    expectApiError(error, { message: 'OpenRouter error 502: Upstream said: key [REDACTED] is rate limited', statusCode: 502, isRetryable: true });
  });

  it('a streaming request answered with a 200 JSON error envelope echoing the key', async () => {
    server.emulator.enqueue({ type: 'json', body: errorEnvelope(402, `Key ${KEY_PREFIX} has no credits`), schemaCheck: false });
    const error = await Promise.resolve(model().doStream({ prompt: PROMPT })).then(
      () => expect.fail('doStream should have failed'),
      (caught: unknown) => caught,
    );
    expectApiError(error, { message: 'OpenRouter error 402: Key [REDACTED] has no credits', statusCode: 402, isRetryable: false });
    expectNoKey(error);
  });

  it('image and embedding models: 200 replies echoing the key', async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ message: { content: `I cannot draw. Your key is ${KEY}` } }) });
    const imageError = await generateImage({ model: router().imageModel(), prompt: 'a red square', maxRetries: 0 }).catch((caught: unknown) => caught);
    expectApiError(imageError, {
      message:
        'OpenRouter model google/gemini-3.1-flash-image-preview returned no image (finish reason: stop). It answered with text instead: "I cannot draw. Your key is [REDACTED]"',
      statusCode: 200,
      isRetryable: false,
    });
    expectNoKey(imageError);

    server.emulator.enqueue({ type: 'raw', contentType: 'application/json', body: `{"error":{"code":403,"message":"key ${ESCAPED_KEY} is disabled"}}` });
    const embedError = await embed({ model: router()[EMBEDDING_MODEL]('openai/text-embedding-3-small'), value: 'x', maxRetries: 0 }).catch((caught: unknown) => caught);
    expectApiError(embedError, { message: 'OpenRouter error 403: key [REDACTED] is disabled', statusCode: 403, isRetryable: false });
    expectNoKey(embedError);
  });

  it.each([
    ['a line break', `${KEY.slice(0, 20)}\n${KEY.slice(20)}`, 'a line break (U+000A) at character 21'],
    ['a NUL', `${KEY.slice(0, 20)}\0${KEY.slice(20)}`, 'a NUL character (U+0000) at character 21'],
  ])('a key with %s is refused before sending, without printing it', async (_name, apiKey, what) => {
    const error = await generateText({ model: createOpenClawRouter({ apiKey, baseURL: server.baseURL })('openai/gpt-4o-mini'), prompt: 'hi', maxRetries: 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidArgumentError.isInstance(error), messageOf(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe('apiKey');
    expect((error as Error).message).toBe(`The apiKey setting (or OPENROUTER_API_KEY) has ${what}, which cannot be sent in an HTTP header. Set the key without it.`);
    expectNoKey(error);
    expect(server.emulator.requests).toHaveLength(0);
  });

  it('a key read with a trailing newline is sent without it', async () => {
    await generateText({ model: createOpenClawRouter({ apiKey: `${KEY}\n`, baseURL: server.baseURL })('openai/gpt-4o-mini'), prompt: 'hi' });
    expect(server.emulator.lastRequest().headers.authorization).toBe(`Bearer ${KEY}`);
  });
});

describe('media types are matched case-insensitively', () => {
  it('a 200 `Application/JSON` error envelope on a stream is that error, not a cut-off reply', async () => {
    server.emulator.enqueue({ type: 'raw', contentType: 'Application/JSON; Charset=UTF-8', body: '{"error":{"code":402,"message":"Insufficient credits"}}' });
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: 'hi', onError: ({ error }) => void errors.push(error) });
    await result.consumeStream();
    expect(errors).toHaveLength(1);
    expectApiError(errors[0], { message: 'OpenRouter error 402: Insufficient credits', statusCode: 402, isRetryable: false });
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('a 200 `Text/HTML` page on a stream is named as such', async () => {
    server.emulator.enqueue({ type: 'raw', contentType: 'Text/HTML', body: '<html><body>Sign in to the Wi-Fi</body></html>' });
    const error = await Promise.resolve(model().doStream({ prompt: PROMPT })).catch((caught: unknown) => caught);
    expectApiError(error, {
      message: 'OpenRouter request failed with HTTP 200 OK and a non-JSON reply (Text/HTML): Sign in to the Wi-Fi',
      statusCode: 200,
      isRetryable: false,
    });
  });

  it('an image declared as `IMAGE/PNG` is image/png', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ message: { content: '', images: [{ type: 'image_url', image_url: { url: 'data:IMAGE/PNG;base64,AAAAAAAA' } }] } }),
    });
    const result = await model().doGenerate({ prompt: PROMPT });
    expect(result.content).toEqual([{ type: 'file', mediaType: 'image/png', data: fileData('AAAAAAAA') }]);
  });
});

describe('any status ends as an APICallError with that status and body', () => {
  it.each([
    [600, 'application/json', '{"error":{"code":600,"message":"Odd gateway"}}', 'OpenRouter error 600: Odd gateway'],
    [999, 'text/plain', 'nine-nine-nine', 'OpenRouter request failed with HTTP 999 unknown and a non-JSON reply (text/plain): nine-nine-nine'],
  ])('HTTP %i, with a header echoing the key', async (status, contentType, body, message) => {
    const error = await generateError({ type: 'raw', status, contentType, headers: { 'x-echo': `Bearer ${KEY}` }, body });
    expectApiError(error, { message, statusCode: status, isRetryable: false });
    expect(error.responseBody).toBe(body);
    expect(error.responseHeaders?.['x-echo']).toBe('Bearer [REDACTED]');
  });

  it("status 0 (a browser's opaque reply, from a caller's fetch)", async () => {
    const opaque: typeof fetch = async (input, init) => {
      await fetch(input, init);
      return Response.error();
    };
    server.emulator.enqueue({ type: 'json', body: chatCompletion() });
    const opaqueModel = createOpenClawRouter({ apiKey: KEY, baseURL: server.baseURL, fetch: opaque })('openai/gpt-4o-mini');
    const error = await Promise.resolve(opaqueModel.doGenerate({ prompt: PROMPT })).catch((caught: unknown) => caught);
    expectApiError(error, { message: 'OpenRouter request failed with HTTP 0 and a non-JSON reply (unknown content type)', statusCode: 0, isRetryable: false });
    expect((error as APICallError).responseBody).toBe('');
  });
});

describe('replies that are not what they claim', () => {
  it('a 200 reply with `choices: []` is an error, not an empty answer', async () => {
    const error = await generateError({ type: 'json', body: { ...chatCompletion(), choices: [] }, schemaCheck: false });
    expectApiError(error, {
      message: expect.stringMatching(/^OpenRouter returned a reply without an answer \(an empty "choices" list\): \{"id":"gen-/) as unknown as string,
      statusCode: 200,
      isRetryable: false,
    });
  });

  it('unusable token counts give no counts (no usage.totalTokens) in usage or provider metadata', async () => {
    const usage = { prompt_tokens: 'ten', completion_tokens: null, cost: 0.001 };
    server.emulator.enqueue({ type: 'json', body: { ...chatCompletion(), usage }, schemaCheck: false });
    const result = await model().doGenerate({ prompt: PROMPT });
    // No count was reported; V3/V4 keep the usage object as sent in `raw`.
    expect(result.usage).toEqual(modelUsage({ raw: usage }));
    expect(result.providerMetadata?.openrouter?.usage).toEqual({ cost: 0.001 });
  });

  it('an "image" declared as text/html whose bytes are no image is an error, not a text/html image', async () => {
    const html = Buffer.from('<html>login</html>').toString('base64');
    server.emulator.enqueue({ type: 'json', body: { data: [{ b64_json: html, media_type: 'text/html' }] }, schemaCheck: false });
    const error = await generateImage({ model: router().imageModel('openai/gpt-image-1'), prompt: 'a cat', maxRetries: 0 }).catch((caught: unknown) => caught);
    expectApiError(error, {
      message: 'OpenRouter model openai/gpt-image-1 returned an "image" declared as text/html whose bytes are not an image (not PNG, JPEG, GIF or WebP).',
      statusCode: 200,
      isRetryable: false,
    });
  });
});
