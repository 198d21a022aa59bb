import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatChunk, errorEnvelope, usageChunk, type ScriptedReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { readAllParts } from './support';
import { embed, generateImage, generateText, streamText, createOpenClawRouter } from '../helpers/surface';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';

/** A key no fixture or message contains by chance: any occurrence is a leak. */
const KEY = 'sk-or-v1-SECRET-canary-5f0c9e27d4b14a6e8b3a91c0de7f2a63';
const server = useEmulator();

/** Everything a caller (or a logger) could get out of a value: JSON, and a deep inspect with hidden fields and getters. */
function everythingIn(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value, (_key, item: unknown) =>
      item instanceof Error ? { ...item, name: item.name, message: item.message, stack: item.stack, cause: item.cause } : item,
    );
  } catch (error) {
    json = `unserializable: ${String(error)}`;
  }
  return `${json}\n${inspect(value, { depth: 30, showHidden: true, getters: true, maxArrayLength: Infinity, maxStringLength: Infinity })}`;
}

function expectNoKey(what: string, value: unknown): void {
  const text = everythingIn(value);
  expect(text.length, `${what}: nothing was captured`).toBeGreaterThan(20);
  const at = text.indexOf(KEY);
  expect(at, `${what} leaks the API key: ...${text.slice(Math.max(0, at - 120), at + KEY.length + 40)}...`).toBe(-1);
  // A prefix of the key is a leak too (a truncated echo).
  expect(text.includes(KEY.slice(0, 24)), `${what} leaks a prefix of the API key`).toBe(false);
}

const provider = () => createOpenClawRouter({ apiKey: KEY, baseURL: server.baseURL });
const model = () => provider()('anthropic/claude-sonnet-4.5', { thinking: 'low' });

/** Console output (where the AI SDK prints warnings) during each test. */
let printed: unknown[][] = [];
beforeEach(() => {
  printed = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  expectNoKey('console output', printed.length > 0 ? printed : ['(nothing printed)'.repeat(3)]);
});

async function generateFailure(reply: ScriptedReply): Promise<unknown> {
  server.emulator.enqueue(reply, reply, reply);
  return generateText({ model: model(), prompt: 'hi', maxRetries: 0, abortSignal: AbortSignal.timeout(300) }).then(
    () => expect.fail('generateText should have failed'),
    (error: unknown) => error,
  );
}

async function streamFailure(reply: ScriptedReply): Promise<unknown[]> {
  server.emulator.enqueue(reply);
  const errors: unknown[] = [];
  const result = streamText({ model: model(), prompt: 'hi', maxRetries: 0, abortSignal: AbortSignal.timeout(300), onError: ({ error }) => void errors.push(error) });
  const parts: unknown[] = [];
  for await (const part of result.fullStream) parts.push(part);
  return [...errors, ...parts];
}

const ERROR_TEXT = [
  chatChunk({ content: 'Partial' }),
  chatChunk(
    { content: '' },
    { finish_reason: 'error', error: { code: 502, message: 'Provider returned error', metadata: { provider_name: 'Anthropic', raw: 'overloaded' } } },
  ),
];
const TEXT_STREAM = [chatChunk({ content: 'Hello' }), chatChunk({}, { finish_reason: 'stop' }), usageChunk()];

describe('the API key never leaves the Authorization header', () => {
  it('is sent, as a bearer token, and only in the Authorization header', async () => {
    await generateText({ model: model(), prompt: 'hi' });
    const request = server.emulator.lastRequest();
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    const { authorization: _sent, ...otherHeaders } = request.headers;
    expect(everythingIn([otherHeaders, request.rawBody, request.path])).not.toContain(KEY);
  });

  it('success: generateText, its steps, request, response and provider metadata', async () => {
    const result = await generateText({ model: model(), prompt: 'hi' });
    expect(result.text).toMatch(/^You said: hi/);
    expectNoKey('generateText result', result);
    expectNoKey('generateText fields', {
      request: result.request,
      response: result.response,
      steps: result.steps,
      providerMetadata: result.providerMetadata,
      warnings: result.warnings,
    });
  });

  it('success: streamText, every part, and the final request, response and metadata', async () => {
    const result = streamText({ model: model(), prompt: 'hi' });
    const parts: unknown[] = [];
    for await (const part of result.fullStream) parts.push(part);
    expect(parts.some((part) => (part as { type: string }).type === 'reasoning-delta')).toBe(true);
    expectNoKey('streamText parts', parts);
    expectNoKey('streamText results', {
      request: await result.request,
      response: await result.response,
      steps: await result.steps,
      providerMetadata: await result.providerMetadata,
      warnings: await result.warnings,
    });
  });

  it('success: doGenerate and doStream results as the model returns them', async () => {
    const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
    expectNoKey('doGenerate', await model().doGenerate({ prompt }));
    const streamed = await model().doStream({ prompt });
    expectNoKey('doStream', { ...streamed, parts: await readAllParts(streamed.stream) });
  });

  it('success: image generation and embeddings', async () => {
    expectNoKey('generateImage', await generateImage({ model: provider().imageModel(), prompt: 'a red square' }));
    expectNoKey('embed', await embed({ model: provider()[EMBEDDING_MODEL]('openai/text-embedding-3-small'), value: 'hello' }));
  });

  const FAILED_REPLIES: Array<[string, ScriptedReply]> = [
    ['401 from OpenRouter', { type: 'json', status: 401, body: errorEnvelope(401, 'User not found.') }],
    ['429 with Retry-After', { type: 'json', status: 429, headers: { 'retry-after': '0' }, body: errorEnvelope(429, 'Rate limit exceeded') }],
    ['500', { type: 'json', status: 500, body: errorEnvelope(500, 'Internal Server Error') }],
    ['HTML 502 from a proxy', { type: 'raw', status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }],
    ['malformed JSON', { type: 'raw', status: 200, contentType: 'application/json', body: '{"choices":[' }],
    ['200 with an error envelope', { type: 'json', status: 200, body: errorEnvelope(503, 'No provider available'), schemaCheck: false }],
    ['connection reset', { type: 'reset' }],
    ['stall until the abort', { type: 'stall' }],
    // Proxies that echo what they were sent: the error must still not carry the key.
    [
      '401 echoing the bearer token',
      { type: 'json', status: 401, body: errorEnvelope(401, `Invalid credentials: Bearer ${KEY}`, { raw: { authorization: `Bearer ${KEY}` } }) },
    ],
    [
      '403 HTML page echoing the request headers',
      { type: 'raw', status: 403, contentType: 'text/html', body: `<html><body><pre>POST /api/v1/chat/completions\nauthorization: Bearer ${KEY}\n</pre></body></html>` },
    ],
    [
      '500 echoing the key in a response header',
      { type: 'json', status: 500, headers: { 'x-debug-authorization': `Bearer ${KEY}` }, body: errorEnvelope(500, 'Internal Server Error') },
    ],
    ['400 echoing the bare key', { type: 'raw', status: 400, contentType: 'text/plain', body: `key ${KEY} is not allowed on this gateway` }],
  ];

  it.each(FAILED_REPLIES)('generateText error: %s', async (_name, reply) => {
    expectNoKey('generateText error', await generateFailure(reply));
  });

  it.each([
    ...FAILED_REPLIES,
    ['mid-stream error chunk', { type: 'stream', chunks: ERROR_TEXT }] as [string, ScriptedReply],
    ['connection reset mid-stream', { type: 'stream', chunks: TEXT_STREAM, endAfterBytes: 200 }] as [string, ScriptedReply],
    ['stream cut off without a finish', { type: 'stream', chunks: TEXT_STREAM.slice(0, 1), done: false }] as [string, ScriptedReply],
    ['malformed chunk', { type: 'stream', chunks: [chatChunk({ content: 'a' }), 'data: {"broken"\n\n'], schemaCheck: false }] as [string, ScriptedReply],
    ['HTML page for a stream', { type: 'raw', status: 200, contentType: 'text/html', body: '<html>login</html>' }] as [string, ScriptedReply],
  ])('streamText error: %s', async (_name, reply) => {
    const seen = await streamFailure(reply);
    expect(seen.some((item) => ['error', 'abort'].includes((item as { type?: string }).type ?? '') || item instanceof Error)).toBe(true);
    expectNoKey('streamText errors and parts', seen);
  });

  it('image and embedding errors echoing the key', async () => {
    const echo: ScriptedReply = { type: 'json', status: 401, headers: { 'x-debug-authorization': `Bearer ${KEY}` }, body: errorEnvelope(401, `Bad key Bearer ${KEY}`) };
    server.emulator.enqueue(echo);
    const imageError = await generateImage({ model: provider().imageModel(), prompt: 'x', maxRetries: 0 }).catch((error: unknown) => error);
    expect(imageError).toBeInstanceOf(Error);
    expectNoKey('image error', imageError);
    server.emulator.enqueue(echo);
    const embedError = await embed({ model: provider()[EMBEDDING_MODEL]('openai/text-embedding-3-small'), value: 'x', maxRetries: 0 }).catch((error: unknown) => error);
    expect(embedError).toBeInstanceOf(Error);
    expectNoKey('embedding error', embedError);
  });

  it('a missing key fails before any request, naming the setting and the variable', async () => {
    const previous = process.env.OPENROUTER_API_KEY;
    delete process.env.OPENROUTER_API_KEY;
    try {
      const error = await generateText({ model: createOpenClawRouter({ baseURL: server.baseURL })('openai/gpt-4o-mini'), prompt: 'hi' }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/apiKey/);
      expect((error as Error).message).toMatch(/OPENROUTER_API_KEY/);
      expect(server.emulator.requests).toHaveLength(0);
    } finally {
      if (previous !== undefined) process.env.OPENROUTER_API_KEY = previous;
    }
  });
});
