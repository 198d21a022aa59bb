import { describe, expect, it } from 'vitest';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf, thrownBy } from '../helpers/model-calls';
import { platformHeadersSent, SURFACES, surfaceRouters } from './surfaces';

const ZERO_USAGE_METADATA = {
  promptTokens: 0,
  completionTokens: 0,
  totalTokens: 0,
  cost: 0,
  isByok: false,
  promptTokensDetails: { cachedTokens: 0, cacheWriteTokens: 0 },
  completionTokensDetails: { reasoningTokens: 0 },
  costDetails: { upstreamInferencePromptCost: 0, upstreamInferenceCompletionsCost: 0 },
};

silenceAISDKWarnings();

describe.each(SURFACES)('response caching, $name', (surface) => {
  let clock = 1_767_225_600_000;
  const server = useEmulator({ now: () => clock, knownModels: ['openai/gpt-4o-mini'] });
  const { ai } = surface;
  const routers = surfaceRouters(surface, server);
  const openrouterOf = (metadata: unknown) => (metadata as { openrouter: Record<string, any> }).openrouter;

  it('asks OpenRouter to cache generateText, and reports a miss, then a free hit under a new generation id', async () => {
    const model = routers.verified({ responseCache: true })('openai/gpt-4o-mini');
    const first = await ai.generateText({ model, prompt: 'cache me' });
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-cache': 'true' });
    clock += 42_000;
    const second = await ai.generateText({ model, prompt: 'cache me' });

    expect(openrouterOf(first.providerMetadata).responseCache).toEqual({ status: 'MISS', ttl: 300 });
    expect(openrouterOf(second.providerMetadata).responseCache).toEqual({ status: 'HIT', ttl: 258, age: 42 });
    expect(second.text).toBe(first.text);
    expect(openrouterOf(first.providerMetadata).generationId).toBe('gen-emulator-1');
    expect(openrouterOf(second.providerMetadata).generationId).toBe('gen-emulator-2');
    expect(second.response.id).toBe('gen-emulator-2');
    expect(openrouterOf(second.providerMetadata).usage).toEqual(ZERO_USAGE_METADATA);
    expect(second.usage.inputTokens).toBe(0);
    expect(second.usage.outputTokens).toBe(0);
  });

  it('replays a cached stream, and misses again once the TTL has passed', async () => {
    const model = routers.verified()('openai/gpt-4o-mini');
    const stream = async () => {
      const result = ai.streamText({ model, prompt: 'stream me', providerOptions: { openrouter: { responseCache: { ttl: 60 } } } });
      return { text: await result.text, openrouter: openrouterOf(await result.providerMetadata) };
    };
    const miss = await stream();
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-cache': 'true', 'x-openrouter-cache-ttl': '60' });
    const hit = await stream();
    clock += 60_000;
    const expired = await stream();

    expect([miss.openrouter.responseCache, hit.openrouter.responseCache, expired.openrouter.responseCache]).toEqual([
      { status: 'MISS', ttl: 60 },
      { status: 'HIT', ttl: 60, age: 0 },
      { status: 'MISS', ttl: 60 },
    ]);
    expect(hit.text).toBe(miss.text);
    expect(hit.openrouter.usage).toEqual(ZERO_USAGE_METADATA);
    expect([miss.openrouter.generationId, hit.openrouter.generationId, expired.openrouter.generationId]).toEqual(['gen-emulator-1', 'gen-emulator-2', 'gen-emulator-3']);
  });

  it('merges the levels: a call refines the provider setting, and false at a lower level turns it off', async () => {
    const router = routers.verified({ responseCache: { ttl: 600 } });
    await ai.generateText({ model: router('openai/gpt-4o-mini'), prompt: 'a', providerOptions: { openrouter: { responseCache: { clear: true } } } });
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-cache': 'true', 'x-openrouter-cache-ttl': '600', 'x-openrouter-cache-clear': 'true' });

    const off = router('openai/gpt-4o-mini', { responseCache: false });
    const result = await ai.generateText({ model: off, prompt: 'b' });
    expect(platformHeadersSent(server)).toEqual({});
    expect(openrouterOf(result.providerMetadata).responseCache).toBeUndefined();

    await ai.generateText({ model: off, prompt: 'c', providerOptions: { openrouter: { responseCache: true } } });
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-cache': 'true' });
  });

  it('caches embeddings', async () => {
    const embeddingModel = routers.verified({ responseCache: true }).embedding('openai/text-embedding-3-small');
    const first = await ai.embed({ model: embeddingModel, value: 'lighthouse' });
    const second = await ai.embed({ model: embeddingModel, value: 'lighthouse' });
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-cache': 'true' });
    expect(openrouterOf(first.providerMetadata).responseCache).toEqual({ status: 'MISS', ttl: 300 });
    expect(openrouterOf(second.providerMetadata).responseCache).toEqual({ status: 'HIT', ttl: 300, age: 0 });
    expect(second.embedding).toEqual(first.embedding);
    expect(second.usage.tokens).toBe(0);
    expect(server.emulator.requests.map((request) => request.body)).toEqual([
      { model: 'openai/text-embedding-3-small', input: ['lighthouse'], encoding_format: 'float' },
      { model: 'openai/text-embedding-3-small', input: ['lighthouse'], encoding_format: 'float' },
    ]);
  });

  it('sends no cache header to a route that is not OpenRouter, and says so', async () => {
    const result = await ai.generateText({ model: routers.proxy({ responseCache: true })('openai/gpt-4o-mini'), prompt: 'hi' });
    expect(platformHeadersSent(server)).toEqual({});
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          "responseCache was not sent: OpenRouter's response caching headers go only to a verified OpenRouter route (https://openrouter.ai), and this provider's baseURL is not one.",
      },
    ]);
  });

  it('rejects a TTL outside 1-86400 seconds, naming the setting', async () => {
    const error = thrownBy(() => routers.verified({ responseCache: { ttl: 0 } }));
    expect(error.name).toBe('AI_InvalidArgumentError');
    expect(error.message).toBe(
      'Invalid settings.responseCache.ttl: 0 is not a cache TTL: OpenRouter keeps responses 1 to 86400 seconds (default 300). Use a whole number of seconds in that range.',
    );
    const callError = await rejectionOf(
      ai.generateText({
        model: routers.verified()('openai/gpt-4o-mini'),
        prompt: 'hi',
        maxRetries: 0,
        providerOptions: { openrouter: { responseCache: { ttl: 90_000, keep: true } } },
      }),
    );
    expect(callError.message).toBe('Invalid providerOptions.openrouter.responseCache.keep: responseCache takes ttl and clear, not "keep".');
    expect(server.emulator.requests).toEqual([]);
  });
});
