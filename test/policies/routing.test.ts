import type { JSONValue } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, usageChunk } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';
import { generateText, streamText } from '../helpers/surface';

const server = useEmulator();
const { proxy, verified, sentBody } = routers(server);

const HI_MESSAGES = [{ role: 'user', content: 'Hi' }];

describe('routing: provider preferences and fallback models', () => {
  it('merges provider, model and call settings shallowly, later wins', async () => {
    const router = proxy({
      provider: { order: ['anthropic', 'amazon-bedrock'], allow_fallbacks: true, sort: 'price', data_collection: 'deny' },
      models: ['openai/gpt-5-mini'],
    });
    const model = router('anthropic/claude-sonnet-4.5', {
      provider: { allow_fallbacks: false, max_price: { prompt: '3', completion: '15' } },
      models: ['google/gemini-2.5-pro', 'openai/gpt-5'],
    });
    await model.doGenerate(
      callWith({
        providerOptions: {
          openrouter: {
            provider: { sort: { by: 'throughput', partition: 'none' }, preferred_max_latency: { p90: 4 }, zdr: true },
          },
        },
      }),
    );
    expect(sentBody()).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: HI_MESSAGES,
      provider: {
        order: ['anthropic', 'amazon-bedrock'],
        allow_fallbacks: false,
        sort: { by: 'throughput', partition: 'none' },
        data_collection: 'deny',
        max_price: { prompt: '3', completion: '15' },
        preferred_max_latency: { p90: 4 },
        zdr: true,
      },
      models: ['google/gemini-2.5-pro', 'openai/gpt-5'],
    });
  });

  it('sends every typed provider preference under its OpenRouter name', async () => {
    const provider = {
      order: ['openai'],
      only: ['openai', 'azure'],
      ignore: ['deepinfra'],
      allow_fallbacks: false,
      require_parameters: true,
      data_collection: 'allow' as const,
      zdr: false,
      enforce_distillable_text: true,
      quantizations: ['fp8', 'bf16'],
      sort: 'latency' as const,
      preferred_min_throughput: { p50: 100, p90: 50 },
      preferred_max_latency: 3,
      max_price: { prompt: '1', completion: '2', image: '0.5', audio: '0.25', request: '0.01' },
    };
    await proxy()('openai/gpt-5', { provider }).doGenerate(callWith());
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, provider });
  });

  it('lets a call replace or clear the fallback models', async () => {
    const model = proxy({ models: ['openai/gpt-5-mini'] })('openai/gpt-5');
    await model.doGenerate(callWith({ providerOptions: { openrouter: { models: ['x-ai/grok-4'] } } }));
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, models: ['x-ai/grok-4'] });
    await model.doGenerate(callWith({ providerOptions: { openrouter: { models: [] } } }));
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES });
  });

  it('drops __proto__, constructor, prototype and undefined values from a polluted routing object', async () => {
    const polluted = JSON.parse('{"__proto__": {"only": ["attacker"]}, "constructor": {"prototype": {"isAdmin": true}}, "prototype": {"x": 1}, "sort": "throughput"}');
    const model = proxy({ provider: { order: ['anthropic'] } })('anthropic/claude-sonnet-4.5', { provider: polluted });
    await model.doGenerate(
      // A caller's object can hold undefined even where the JSON type says it cannot.
      callWith({ providerOptions: { openrouter: { provider: { order: undefined, ignore: ['novita'] } as unknown as JSONValue } } }),
    );
    expect(sentBody()).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: HI_MESSAGES,
      provider: { order: ['anthropic'], sort: 'throughput', ignore: ['novita'] },
    });
    expect(server.emulator.lastRequest().rawBody).not.toMatch(/attacker|isAdmin|__proto__|constructor|prototype/);
    expect(({} as Record<string, unknown>).only).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('merges routing fields set through model and call extraBody like the typed settings', async () => {
    const model = proxy()('openai/gpt-5', { provider: { zdr: true }, extraBody: { provider: { ignore: ['azure'] } } });
    await model.doGenerate(callWith({ providerOptions: { openrouter: { extraBody: { models: ['openai/gpt-5-mini'] } } } }));
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      provider: { zdr: true, ignore: ['azure'] },
      models: ['openai/gpt-5-mini'],
    });
  });

  it('reports the model that served and the upstream provider (generate)', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ model: 'google/gemini-2.5-pro', provider: 'Google AI Studio', message: { content: 'Fallback answer.' } }),
    });
    const result = await generateText({
      model: verified()('anthropic/claude-sonnet-4.5', { models: ['google/gemini-2.5-pro'] }),
      prompt: 'Hi',
    });
    expect(result.text).toBe('Fallback answer.');
    expect(result.response.modelId).toBe('google/gemini-2.5-pro');
    expect(result.providerMetadata?.openrouter).toMatchObject({ model: 'google/gemini-2.5-pro', provider: 'Google AI Studio' });
  });

  it('reports the model that served and the upstream provider (stream)', async () => {
    const base = { model: 'openai/gpt-5-mini', provider: 'Azure' };
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ role: 'assistant', content: 'Hi!' }, base), chatChunk({}, { ...base, finish_reason: 'stop' }), usageChunk({}, base)],
    });
    const result = streamText({ model: verified({ models: ['openai/gpt-5-mini'] })('openai/gpt-5'), prompt: 'Hi' });
    expect(await result.text).toBe('Hi!');
    expect((await result.response).modelId).toBe('openai/gpt-5-mini');
    expect((await result.providerMetadata)?.openrouter).toMatchObject({ model: 'openai/gpt-5-mini', provider: 'Azure' });
    expect(sentBody().models).toEqual(['openai/gpt-5-mini']);
  });
});
