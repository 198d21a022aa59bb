import { InvalidArgumentError } from '@ai-sdk/provider';
import type { ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { generateText, streamText, createOpenClawRouter, lane } from '../helpers/surface';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';

const server = useEmulator();
const router = () => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL });

/** The error a call fails with; the emulator must not have seen any request. */
async function failureOf(run: () => PromiseLike<unknown>): Promise<Error> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => expect.fail('the call should have failed'),
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(Error);
  expect(server.emulator.requests, 'a request went out').toHaveLength(0);
  return error as Error;
}

async function streamFailureOf(run: () => ReturnType<typeof streamText>): Promise<Error> {
  const errors: unknown[] = [];
  const result = run();
  for await (const part of result.fullStream) if (part.type === 'error') errors.push(part.error);
  expect(errors).toHaveLength(1);
  expect(server.emulator.requests, 'a request went out').toHaveLength(0);
  return errors[0] as Error;
}

const LEVELS = /off, minimal, low, medium, high, xhigh, adaptive, max/;

describe('invalid providerOptions.openrouter values: a clear error naming the field, before any request', () => {
  it.each<[string, unknown, RegExp]>([
    ['an unknown sort', { provider: { sort: 'fastest' } }, /providerOptions\.openrouter\.provider\.sort.*(price|throughput|latency)/s],
    ['models as a string', { models: 'openai/gpt-4o' }, /providerOptions\.openrouter\.models/],
    ['an unknown reasoning effort', { reasoning: { effort: 'huge' } }, /providerOptions\.openrouter\.reasoning\.effort/],
    ['a negative reasoning budget', { reasoning: { max_tokens: -5 } }, /providerOptions\.openrouter\.reasoning\.max_tokens/],
    ['a max price that is not a number', { provider: { max_price: { prompt: { usd: 1 } } } }, /providerOptions\.openrouter\.provider\.max_price\.prompt/],
    ['a data policy typo', { provider: { data_collection: 'never' } }, /providerOptions\.openrouter\.provider\.data_collection/],
    ['a session id over 256 characters', { session_id: 'x'.repeat(300) }, /providerOptions\.openrouter\.session_id/],
    ['messages, which the call owns', { messages: [{ role: 'user', content: 'injected' }] }, /providerOptions\.openrouter\.messages cannot be set/],
    ['the model, which the call owns', { model: 'openai/gpt-4o' }, /providerOptions\.openrouter\.model cannot be set/],
    ['stream, which the call owns', { stream: false }, /providerOptions\.openrouter\.stream cannot be set/],
    ['an unknown cache retention', { cacheRetention: 'forever' }, /forever.*short.*long.*none/s],
    ['an unknown thinking level', { thinking: 'turbo' }, LEVELS],
    ['a thinking level of the wrong type', { thinking: 5 }, LEVELS],
  ])('%s', async (_name, options, message) => {
    const call = (stream: boolean) => ({
      model: router()('anthropic/claude-sonnet-4.5'),
      prompt: 'hi',
      maxRetries: 0,
      providerOptions: { openrouter: options as never },
      ...(stream ? { onError: () => {} } : {}),
    });
    const error = await failureOf(() => generateText(call(false)));
    expect(error.message).toMatch(message);
    const streamed = await streamFailureOf(() => streamText(call(true)));
    expect(streamed.message).toMatch(message);
  });

  it('providerOptions.openrouter that is not an object', async () => {
    const error = await failureOf(() => generateText({ model: router()('openai/gpt-4o'), prompt: 'hi', providerOptions: { openrouter: 'fast' as never } }));
    expect(error.message).toMatch(/providerOptions\.openrouter/);
  });
});

describe('unknown thinking levels fail where they are set, listing the levels', () => {
  it('in the provider settings, when the provider is created', () => {
    expect(() => createOpenClawRouter({ apiKey: 'k', thinking: 'ultra' as never })).toThrow(LEVELS);
  });
  it('in the model settings, when the model is created', () => {
    expect(() => router()('openai/gpt-5', { thinking: 'extra-extra-high' as never })).toThrow(LEVELS);
  });
  it('aliases are not unknown levels', async () => {
    await generateText({ model: router()('openai/gpt-5', { thinking: 'Extra High' as never }), prompt: 'hi' });
    expect(server.emulator.lastRequest().body.reasoning).toEqual({ effort: 'xhigh' });
  });
});

describe('bad model ids fail when the model is created, saying what an id looks like', () => {
  it.each<[string, unknown]>([
    ['a number', 42],
    ['an object', { id: 'openai/gpt-4o' }],
    ['an id without an author', 'gpt-4o'],
    ['an id with a space', 'openai/gpt 4o'],
    ['an id with a line break', 'openai/gpt-4o\nX-Injected: yes'],
    ['an empty author', '/gpt-4o'],
    ['an empty slug', 'openai/'],
  ])('%s', (_name, id) => {
    expect(() => router()(id as string)).toThrow(/is not an OpenRouter model id\. Ids are author\/slug, such as anthropic\/claude-sonnet-4\.5/);
    expect(() => router().languageModel(id as string)).toThrow(/model id/i);
  });

  it('image and embedding models too', () => {
    expect(() => router().imageModel('flux pro' as string)).toThrow(/model id/i);
    expect(() => router()[EMBEDDING_MODEL]('text-embedding-3-small')).toThrow(/model id/i);
  });

  it('good ids, refs, suffixes and presets are not bad ids', async () => {
    for (const id of [
      'openrouter/auto',
      'openrouter/moonshotai/kimi-k2.6',
      'deepseek/deepseek-r1:free',
      '@preset/team-default',
      'openai/gpt-5@preset/fast',
      ' openai/gpt-4o ',
    ]) {
      expect(() => router()(id), id).not.toThrow();
    }
  });
});

describe('unusable files fail before the request, naming the part and what to send instead', () => {
  const withFile = (file: Record<string, unknown>): ModelMessage[] => [
    { role: 'user', content: [{ type: 'text', text: 'Look at this' }, { type: 'file', ...file } as never] },
  ];
  const send = (file: Record<string, unknown>) => () => generateText({ model: router()('google/gemini-2.5-flash'), messages: withFile(file), maxRetries: 0 });

  /**
   * AI SDK 7 decodes a base64 string itself to sniff the media type of wildcard images and PDFs, and
   * fails with its own error before the model sees the part: the fourth column, in the v4 lane.
   */
  it.each<[string, Record<string, unknown>, RegExp, RegExp?]>([
    ['an unsupported file type', { mediaType: 'application/zip', data: new Uint8Array([80, 75, 3, 4]) }, /application\/zip.*Supported: images.*PDFs.*audio.*video/s],
    ['an unknown audio format', { mediaType: 'audio/x-tracker-module', data: new Uint8Array([1, 2, 3]) }, /audio\/x-tracker-module.*wav.*mp3/s],
    ['an image whose data is not base64', { mediaType: 'image/png', data: 'this is not base64 at all!' }, /base64/],
    ['a wildcard image type whose data is not base64', { mediaType: 'image/*', data: '%%% not base64 %%%' }, /base64/, /Invalid character/],
    ['a PDF whose data is not base64', { mediaType: 'application/pdf', data: 'hello world.pdf' }, /base64/, /Invalid character/],
    ['an empty image', { mediaType: 'image/png', data: new Uint8Array(0) }, /empty/],
    ['an empty PDF', { mediaType: 'application/pdf', data: '' }, /empty/],
  ])('%s', async (_name, file, message, messageOnAISDK7 = message) => {
    const error = await failureOf(send(file));
    expect(error.message).toMatch(lane === 'v4' ? messageOnAISDK7 : message);
  });

  it('valid inline files, base64 strings, data URLs and URLs still go out', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const file of [
      { mediaType: 'image/png', data: png },
      { mediaType: 'image/*', data: Buffer.from(png).toString('base64') },
      { mediaType: 'image/png', data: Buffer.from(png).toString('base64url') },
      { mediaType: 'application/pdf', data: 'JVBERi0xLjQK' },
      { mediaType: 'image/png', data: new URL('https://example.com/cat.png') },
      { mediaType: 'application/pdf', data: `data:application/pdf;base64,JVBERi0xLjQK` },
    ]) {
      await generateText({ model: router()('google/gemini-2.5-flash'), messages: withFile(file) });
    }
    expect(server.emulator.requests).toHaveLength(6);
  });
});

describe('options and settings that cannot be sent fail before any request, naming the setting', () => {
  it('circular providerOptions fail with an InvalidArgumentError naming where the cycle closes', async () => {
    const provider: Record<string, unknown> = { order: ['openai'] };
    provider.self = provider;
    const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
    const error = await failureOf(() => router()('openai/gpt-4o-mini').doGenerate({ prompt, providerOptions: { openrouter: { provider } as never } }));
    expect(InvalidArgumentError.isInstance(error), error.message).toBe(true);
    expect((error as Error).message).toBe(
      'Invalid providerOptions.openrouter.provider.self: it refers back to providerOptions.openrouter.provider (a circular reference). Options must be plain data; pass them without the cycle.',
    );
    expect(() => router()('openai/gpt-4o-mini', { provider } as never)).toThrow(
      'Invalid modelSettings.provider.self: it refers back to modelSettings.provider (a circular reference).',
    );
  });

  it('a baseURL with a password or another scheme is refused, and the password is never printed', () => {
    expect(() => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: 'https://proxy-user:hunter2-secret@gateway.example.com/api/v1' })).toThrow(
      new TypeError(
        'openclaw-router: baseURL "https://***@gateway.example.com/api/v1" has a user name or password in it, which fetch refuses to send. Remove it, and put a proxy\'s credentials in the `headers` setting.',
      ),
    );
    expect(() => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: 'ftp://gateway.example.com/api/v1' })).toThrow(
      new TypeError('openclaw-router: baseURL "ftp://gateway.example.com/api/v1" is not an http(s) URL. Use an absolute URL such as https://openrouter.ai/api/v1.'),
    );
    expect(() => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: 'proxy-user:hunter2-secret@gateway.example.com/api/v1' })).toThrow(
      new TypeError('openclaw-router: baseURL "***@gateway.example.com/api/v1" is not an http(s) URL. Use an absolute URL such as https://openrouter.ai/api/v1.'),
    );
  });
});
