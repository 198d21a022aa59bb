import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';

// Options become request bodies: a credential among them would reach OpenRouter on every request.

const server = useEmulator();
const { proxy } = routers(server);

const SECRET = 'sk-or-v1-do-not-print-me';
const CREDENTIAL_NAMES = ['apiKey', 'apikey', 'api_key', 'API_KEY', 'Api-Key', 'authorization', 'Authorization', 'token', 'TOKEN'];

const refusal = (path: string) =>
  `${path} cannot be set: it names a credential, and options become the request body. ` +
  'Give the API key as createOpenClawRouter({ apiKey }) or the OPENROUTER_API_KEY environment variable; send other credentials as headers.';

async function refused(attempt: () => unknown): Promise<InvalidArgumentError> {
  let caught: unknown;
  try {
    await attempt();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidArgumentError);
  const error = caught as InvalidArgumentError;
  expect(error.message).not.toContain(SECRET);
  expect(JSON.stringify(error)).not.toContain(SECRET);
  expect(String(error.cause ?? '')).not.toContain(SECRET);
  expect(server.emulator.requests).toEqual([]);
  return error;
}

describe('a credential-like name in chat options', () => {
  it.each(CREDENTIAL_NAMES)('model setting %s is refused when the model is made, without the value, and nothing is sent', async (name) => {
    const error = await refused(() => proxy()('openai/gpt-5-mini', { [name]: SECRET } as never));
    expect(error.argument).toBe(`modelSettings.${name}`);
    expect(error.message).toBe(refusal(`modelSettings.${name}`));
  });

  it.each(CREDENTIAL_NAMES)('providerOptions.openrouter.%s is refused before any request, on generate and stream', async (name) => {
    const model = proxy()('openai/gpt-5-mini');
    const call = callWith({ providerOptions: { openrouter: { [name]: SECRET } } });
    const error = await refused(() => model.doGenerate(call));
    expect(error.message).toBe(refusal(`providerOptions.openrouter.${name}`));
    expect((await refused(() => model.doStream(call))).argument).toBe(`providerOptions.openrouter.${name}`);
  });

  it('extraBody is refused at every level: provider, model and call, nested too', async () => {
    expect((await refused(() => proxy({ extraBody: { api_key: SECRET } }))).message).toBe(refusal('settings.extraBody.api_key'));
    expect((await refused(() => proxy({ provider: { order: ['openai'], token: SECRET } as never }))).argument).toBe('settings.provider.token');
    expect((await refused(() => proxy()('openai/gpt-5-mini', { extraBody: { auth: { Authorization: SECRET } } }))).argument).toBe(
      'modelSettings.extraBody.auth.Authorization',
    );
    const model = proxy()('openai/gpt-5-mini');
    const nested = callWith({ providerOptions: { openrouter: { extraBody: { metadata: [{ apiKey: SECRET }] } } } });
    expect((await refused(() => model.doGenerate(nested))).argument).toBe('providerOptions.openrouter.extraBody.metadata[0].apiKey');
  });

  it('names that merely contain the word are options like any other', async () => {
    await proxy()('openai/gpt-5-mini', { max_tokens: 5, extraBody: { prompt_cache_key: 'tokens' } }).doGenerate(callWith());
    expect(server.emulator.lastRequest().body).toMatchObject({ max_tokens: 5, prompt_cache_key: 'tokens' });
  });
});

describe('a credential-like name in the options of other model kinds', () => {
  it('image, embedding and speech settings and call options are refused the same way', async () => {
    const router = proxy();
    await refused(() => router.imageModel('google/gemini-3.1-flash-image-preview', { extraBody: { token: SECRET } }));
    const image = router.imageModel('google/gemini-3.1-flash-image-preview');
    await refused(() =>
      image.doGenerate({
        prompt: 'a cat',
        n: 1,
        size: undefined,
        aspectRatio: undefined,
        seed: undefined,
        providerOptions: { openrouter: { extraBody: { apiKey: SECRET } } },
      }),
    );
    await refused(() => router[EMBEDDING_MODEL]('openai/text-embedding-3-small', { extraBody: { api_key: SECRET } }));
    const embedding = router[EMBEDDING_MODEL]('openai/text-embedding-3-small');
    await refused(() => embedding.doEmbed({ values: ['a'], providerOptions: { openrouter: { extraBody: { Authorization: SECRET } } } }));
    await refused(() => router.speechModel('openai/gpt-4o-mini-tts', { extraBody: { apikey: SECRET } }));
  });
});
