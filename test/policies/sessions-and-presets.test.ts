import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { generateImage, generateText } from '../helpers/surface';
import { callWith, routers } from './support';

const server = useEmulator();
const { verified, proxy, sentBody } = routers(server);

async function failureOf(call: PromiseLike<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call succeeded');
}

const HI_MESSAGES = [{ role: 'user', content: 'Hi' }];

describe('sessions and traces', () => {
  it('sends sessionId as session_id; call wins over model over provider, and the wire name works at each level', async () => {
    const router = verified({ sessionId: 'provider-wide' });
    await router('openai/gpt-5').doGenerate(callWith());
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, session_id: 'provider-wide' });

    await router('openai/gpt-5', { sessionId: 'model-run' }).doGenerate(callWith());
    expect(sentBody().session_id).toBe('model-run');

    await router('openai/gpt-5', { sessionId: 'model-run' }).doGenerate(callWith({ providerOptions: { openrouter: { session_id: 'call-run' } } }));
    expect(sentBody().session_id).toBe('call-run');

    await router('openai/gpt-5', { session_id: 'wire-model' }).doGenerate(callWith({ providerOptions: { openrouter: { sessionId: 'camel-call' } } }));
    expect(sentBody().session_id).toBe('camel-call');
  });

  it('sends trace as OpenRouter types it, custom keys included, with generateText', async () => {
    const trace = { trace_id: 'trace-1', trace_name: 'agent', span_name: 'plan', generation_name: 'step-1', parent_span_id: 'span-0', tenant: 'acme' };
    const result = await generateText({
      model: verified()('openai/gpt-5', { sessionId: 'run-42' }),
      prompt: 'Hi',
      providerOptions: { openrouter: { trace } },
    });
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, session_id: 'run-42', trace });
    expect(result.warnings).toEqual([]);
  });

  it.each([
    [
      'a session id over 256 characters',
      { sessionId: 'x'.repeat(257) },
      'sessionId',
      'it is 257 characters long; OpenRouter takes at most 256. Use a shorter id (a hash of a longer one, for example).',
    ],
    ['a session id that is not a string', { session_id: 42 }, 'session_id', 'it must be a string, not a number.'],
    [
      'a trace id that is not a string',
      { trace: { trace_id: 7 } },
      'trace.trace_id',
      "Invalid input: expected string, received number. Check the value against OpenRouter's API reference.",
    ],
  ])('refuses %s before sending, naming the setting', async (_label, options, path, reason) => {
    const error = await failureOf(proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: options } })));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).message).toBe(`Invalid providerOptions.openrouter.${path}: ${reason}`);
    expect(server.emulator.requests).toHaveLength(0);
  });

  it('a 256-character session id is sent', async () => {
    await proxy()('openai/gpt-5', { sessionId: 's'.repeat(256) }).doGenerate(callWith());
    expect(sentBody().session_id).toBe('s'.repeat(256));
  });

  it('sends promptCacheKey as prompt_cache_key; the wire name wins within one layer', async () => {
    await proxy()('openai/gpt-5', { promptCacheKey: 'tenant-7' }).doGenerate(callWith());
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, prompt_cache_key: 'tenant-7' });
    await proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { promptCacheKey: 'a', prompt_cache_key: 'b' } } }));
    expect(sentBody().prompt_cache_key).toBe('b');
  });
});

describe('presets', () => {
  it('a preset id is sent as the model, with models and provider routing as given', async () => {
    const result = await generateText({
      model: verified({ provider: { sort: 'price' } })('@preset/team-defaults', { models: ['openai/gpt-5-mini'] }),
      prompt: 'Hi',
    });
    expect(sentBody()).toEqual({
      model: '@preset/team-defaults',
      messages: HI_MESSAGES,
      provider: { sort: 'price' },
      models: ['openai/gpt-5-mini'],
    });
    expect(result.text).toBe('You said: Hi');
    expect(result.warnings).toEqual([]);
  });

  it('the preset option is sent beside a model id, and a preset suffix stays part of the id', async () => {
    await proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { preset: 'fast-lane' } } }));
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, preset: 'fast-lane' });
    await proxy()('openai/gpt-5@preset/fast-lane').doGenerate(callWith());
    expect(sentBody().model).toBe('openai/gpt-5@preset/fast-lane');
  });

  it.each(['chat', 'languageModel'] as const)('router.%s takes a preset id', async (kind) => {
    await proxy()[kind]('@preset/team-defaults').doGenerate(callWith());
    expect(sentBody().model).toBe('@preset/team-defaults');
  });

  it('an image model served on chat completions takes a preset id', async () => {
    const result = await generateImage({ model: proxy().imageModel('@preset/team-pictures'), prompt: 'a red square' });
    expect(server.emulator.lastRequest().path).toBe('/api/v1/chat/completions');
    expect(sentBody().model).toBe('@preset/team-pictures');
    expect(result.images).toHaveLength(1);
  });
});
