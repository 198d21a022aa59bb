import { InvalidArgumentError, LoadAPIKeyError, type LanguageModelV2 } from '@ai-sdk/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERSION } from '../../src';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf, thrownBy } from '../helpers/model-calls';
import { HI } from './support';
import { generateText, createOpenClawRouter, openclawRouter, specificationVersion } from '../helpers/surface';

const server = useEmulator({ knownModels: ['meta-llama/llama-3.3-70b-instruct'] });

const lastRequest = () => server.emulator.lastRequest();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('API key', () => {
  it('fails at request time, naming both the apiKey setting and OPENROUTER_API_KEY, when no key is set', async () => {
    vi.stubEnv('OPENROUTER_API_KEY', undefined);
    const model = createOpenClawRouter({ baseURL: server.baseURL })('openai/gpt-5');

    const error = await rejectionOf(model.doGenerate({ prompt: HI }));
    expect(LoadAPIKeyError.isInstance(error)).toBe(true);
    expect(error.message).toBe("OpenRouter API key is missing. Pass it using the 'apiKey' parameter or the OPENROUTER_API_KEY environment variable.");
    expect(server.emulator.requests).toEqual([]);
  });

  it('reads OPENROUTER_API_KEY when each request is made', async () => {
    vi.stubEnv('OPENROUTER_API_KEY', undefined);
    const model = createOpenClawRouter({ baseURL: server.baseURL })('openai/gpt-5');
    vi.stubEnv('OPENROUTER_API_KEY', 'sk-or-first');
    await model.doGenerate({ prompt: HI });
    expect(lastRequest().headers.authorization).toBe('Bearer sk-or-first');

    vi.stubEnv('OPENROUTER_API_KEY', 'sk-or-rotated');
    await model.doGenerate({ prompt: HI });
    expect(lastRequest().headers.authorization).toBe('Bearer sk-or-rotated');
  });

  it('prefers the apiKey setting over the environment', async () => {
    vi.stubEnv('OPENROUTER_API_KEY', 'sk-or-env');
    await createOpenClawRouter({ apiKey: 'sk-or-setting', baseURL: server.baseURL })('openai/gpt-5').doGenerate({ prompt: HI });
    expect(lastRequest().headers.authorization).toBe('Bearer sk-or-setting');
  });
});

describe('the default openclawRouter instance', () => {
  it('talks to https://openrouter.ai/api/v1 with the environment key, openrouter/auto and the app attribution', async () => {
    vi.stubEnv('OPENROUTER_API_KEY', 'sk-or-default');
    // The real network is out of reach: the global fetch is pointed at the emulator, over real HTTP.
    const realFetch = globalThis.fetch;
    const urls: string[] = [];
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return realFetch(`${server.baseURL}/chat/completions`, init);
    });

    const model = openclawRouter();
    expect([model.provider, model.modelId]).toEqual(['openrouter.chat', 'openrouter/auto']);
    const { text } = await generateText({ model, prompt: 'Hello' });

    expect(text).toBe('You said: Hello');
    expect(urls).toEqual(['https://openrouter.ai/api/v1/chat/completions']);
    expect(lastRequest().body).toEqual({ model: 'openrouter/auto', messages: [{ role: 'user', content: 'Hello' }] });
    expect(lastRequest().headers).toEqual(
      expect.objectContaining({
        authorization: 'Bearer sk-or-default',
        'http-referer': 'https://openclaw.ai',
        'x-openrouter-title': 'OpenClaw',
        'x-openrouter-categories': 'cli-agent',
        // The AI SDK's own agent comes first; it must not replace the openclaw-router suffix.
        'user-agent': expect.stringMatching(new RegExp(`^ai/\\S+ openclaw-router/${VERSION.replace(/\./g, '\\.')} ai-sdk/provider-utils/\\S+ runtime/\\S+$`)),
      }),
    );
  });
});

describe('baseURL', () => {
  it.each([
    ['trailing slashes and spaces', (base: string) => `  ${base}//  `],
    ['the emulator base itself', (base: string) => base],
  ])('normalizes %s', async (_, shape) => {
    await createOpenClawRouter({ apiKey: 'k', baseURL: shape(server.baseURL) })('openai/gpt-5').doGenerate({ prompt: HI });
    expect(lastRequest().path).toBe('/api/v1/chat/completions');
  });

  it.each(['https://openrouter.ai/v1', 'https://openrouter.ai/v1/', ' https://openrouter.ai/api/v1/ '])('reads %s as https://openrouter.ai/api/v1', async (baseURL) => {
    await createOpenClawRouter({ apiKey: 'k', baseURL, fetch: server.fetch })('openai/gpt-5').doGenerate({ prompt: HI });
    expect(lastRequest().originalURL).toBe('https://openrouter.ai/api/v1/chat/completions');
    expect(lastRequest().headers['x-openrouter-title']).toBe('OpenClaw');
  });

  it('refuses a baseURL that is not a URL when the provider is created', () => {
    const error = thrownBy(() => createOpenClawRouter({ baseURL: 'openrouter.ai/api/v1' }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('openclaw-router: baseURL "openrouter.ai/api/v1" is not a valid URL. Use an absolute URL such as https://openrouter.ai/api/v1.');
  });
});

describe('provider settings', () => {
  it('uses the fetch it is given, headers on every request and extraBody in every body', async () => {
    const urls: string[] = [];
    const router = createOpenClawRouter({
      apiKey: 'k',
      baseURL: 'https://gateway.example.com/openrouter/api/v1',
      fetch: (input, init) => {
        urls.push(String(input));
        return server.fetch(input, init);
      },
      headers: { 'X-Gateway-Tenant': 'acme' },
      extraBody: { user: 'tenant-acme' },
    });
    await router('openai/gpt-5').doGenerate({ prompt: HI });
    expect(urls).toEqual(['https://gateway.example.com/openrouter/api/v1/chat/completions']);
    expect(lastRequest().headers['x-gateway-tenant']).toBe('acme');
    // A gateway is not a verified OpenRouter route: no attribution headers.
    expect(lastRequest().headers['x-openrouter-title']).toBeUndefined();
    expect(lastRequest().body).toEqual({ model: 'openai/gpt-5', messages: [{ role: 'user', content: 'Hi' }], user: 'tenant-acme' });
  });

  it('validates provider-level OpenRouter settings when the provider is created, naming the key', () => {
    const error = thrownBy(() => createOpenClawRouter({ provider: { sort: 'cheapest' } } as never));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('settings.provider.sort');
  });
});

describe('the provider function', () => {
  it('makes the same chat model as router.languageModel and router.chat', async () => {
    const router = createOpenClawRouter({ apiKey: 'k', baseURL: server.baseURL });
    const models: LanguageModelV2[] = [router('moonshotai/kimi-k2.6'), router.languageModel('moonshotai/kimi-k2.6'), router.chat('moonshotai/kimi-k2.6')];
    for (const model of models) {
      expect([model.specificationVersion, model.provider, model.modelId]).toEqual([specificationVersion, 'openrouter.chat', 'moonshotai/kimi-k2.6']);
      await model.doGenerate({ prompt: HI });
    }
    expect(server.emulator.requests.map((request) => request.body)).toEqual(
      Array(3).fill({ model: 'moonshotai/kimi-k2.6', messages: [{ role: 'user', content: 'Hi' }] }),
    );
  });

  it('defaults to openrouter/auto', () => {
    const router = createOpenClawRouter({ apiKey: 'k' });
    expect([router().modelId, router.languageModel().modelId, router.chat().modelId, router('  ').modelId]).toEqual(Array(4).fill('openrouter/auto'));
  });

  it.each([
    ['openrouter/moonshotai/kimi-k2.6', 'moonshotai/kimi-k2.6'],
    ['openrouter/openrouter/healer-alpha', 'openrouter/healer-alpha'],
    ['openrouter/auto', 'openrouter/auto'],
    ['openrouter/free', 'openrouter/free'],
    ['meta-llama/llama-3.3-70b-instruct:free', 'meta-llama/llama-3.3-70b-instruct:free'],
    ['@preset/my-preset', '@preset/my-preset'],
  ])('sends the OpenClaw ref %s as %s', async (ref, wireId) => {
    await createOpenClawRouter({ apiKey: 'k', baseURL: server.baseURL })(ref).doGenerate({ prompt: HI });
    expect(lastRequest().body.model).toBe(wireId);
  });

  it('refuses `new` with an error that says how to call it', () => {
    const router = createOpenClawRouter({ apiKey: 'k' });
    const error = thrownBy(() => new (router as unknown as new () => unknown)());
    expect(error.message).toBe('The openclaw-router provider is a function: call router(modelId) without `new`.');
  });
});
