import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { SURFACES, surfaceRouters } from './surfaces';

/** What the emulator's key reports before anything was charged (see src/testing/account.ts). */
const FRESH_KEY = {
  label: 'sk-or-v1-emu...0001',
  limit: 10,
  limit_remaining: 10,
  limit_reset: null,
  usage: 0,
  usage_daily: 0,
  usage_weekly: 0,
  usage_monthly: 0,
  byok_usage: 0,
  byok_usage_daily: 0,
  byok_usage_weekly: 0,
  byok_usage_monthly: 0,
  include_byok_in_limit: false,
  is_free_tier: false,
  is_management_key: false,
  is_provisioning_key: false,
  creator_user_id: 'user_emulator',
  expires_at: null,
  rate_limit: { requests: -1, interval: '10s', note: 'This field is deprecated and safe to ignore.' },
};

const ATTRIBUTION = {
  authorization: 'Bearer test-key',
  'http-referer': 'https://openclaw.ai',
  'x-openrouter-title': 'OpenClaw',
  'x-openrouter-categories': 'cli-agent',
};

describe.each(SURFACES)('account look-ups, $name', (surface) => {
  const server = useEmulator({ knownModels: ['openai/gpt-4o-mini'] });
  const routers = surfaceRouters(surface, server);
  const sent = () => {
    const request = server.emulator.lastRequest();
    return [request.method, request.originalURL ?? request.path];
  };

  it("getKey and getCredits return OpenRouter's objects, and usage follows what generations cost", async () => {
    const router = routers.verified();
    expect(await router.getKey()).toEqual(FRESH_KEY);
    expect(sent()).toEqual(['GET', 'https://openrouter.ai/api/v1/key']);
    expect(server.emulator.lastRequest().headers).toMatchObject({ ...ATTRIBUTION, 'user-agent': expect.stringMatching(/^openclaw-router\/\d+\.\d+\.\d+/) });
    expect(await router.getCredits()).toEqual({ total_credits: 10, total_usage: 0 });
    expect(sent()).toEqual(['GET', 'https://openrouter.ai/api/v1/credits']);

    const result = await surface.ai.generateText({ model: router('openai/gpt-4o-mini'), prompt: 'what does this cost?' });
    const cost = (result.providerMetadata?.openrouter as { usage: { cost: number } } | undefined)?.usage.cost ?? 0;
    expect(cost).toBeGreaterThan(0);
    const key = await router.getKey();
    expect([key.usage, key.usage_daily, key.limit_remaining]).toEqual([cost, cost, 10 - cost]);
    expect(await router.getCredits()).toEqual({ total_credits: 10, total_usage: cost });
  });

  it("listEndpoints returns the providers serving a model, under OpenRouter's field names", async () => {
    const router = routers.verified();
    const model = await router.listEndpoints('meta-llama/llama-3.1-8b-instruct');
    expect(sent()).toEqual(['GET', 'https://openrouter.ai/api/v1/models/meta-llama/llama-3.1-8b-instruct/endpoints']);
    expect(server.emulator.lastRequest().headers).toMatchObject(ATTRIBUTION);
    expect([model.id, model.name, model.architecture.input_modalities]).toEqual(['meta-llama/llama-3.1-8b-instruct', 'Meta: Llama 3.1 8B Instruct', ['text']]);
    expect(model.endpoints).toEqual([
      {
        name: 'DeepInfra | meta-llama/llama-3.1-8b-instruct',
        model_id: 'meta-llama/llama-3.1-8b-instruct',
        model_name: 'Meta: Llama 3.1 8B Instruct',
        provider_name: 'DeepInfra',
        tag: 'deepinfra/bf16',
        context_length: 131072,
        max_completion_tokens: null,
        max_prompt_tokens: null,
        pricing: { prompt: '0.00000002', completion: '0.00000005' },
        quantization: 'bf16',
        status: 0,
        supported_parameters: ['max_tokens', 'temperature', 'top_p', 'stop', 'seed'],
        uptime_last_5m: 100,
        uptime_last_30m: 99.5,
        uptime_last_1d: 99.9,
        supports_implicit_caching: false,
        latency_last_30m: { p50: 0.4, p75: 0.6, p90: 0.9, p99: 1.8 },
        throughput_last_30m: { p50: 80, p75: 70, p90: 55, p99: 30 },
      },
      expect.objectContaining({ provider_name: 'Groq', tag: 'groq', quantization: 'fp8', pricing: { prompt: '0.00000003', completion: '0.000000075' } }),
    ]);
  });

  it('encodes the path segments, takes an OpenClaw ref, and refuses what is not author/slug before any request', async () => {
    const router = routers.verified();
    const architecture = { modality: 'text->text', input_modalities: ['text'], output_modalities: ['text'], tokenizer: 'GPT', instruct_type: null };
    const free = { id: 'openai/gpt-4o:free', name: 'GPT-4o (free)', created: 1767225600, description: 'No endpoint serves it today.', architecture, endpoints: [] };
    server.emulator.enqueue({ type: 'json', body: { data: free } });
    expect((await router.listEndpoints('openrouter/openai/gpt-4o:free')).endpoints).toEqual([]);
    expect(server.emulator.lastRequest().path).toBe('/api/v1/models/openai/gpt-4o%3Afree/endpoints');

    for (const bad of ['', 'gpt-4o', 'openai/', '/gpt-4o', 'a/b/c', 'openai/gpt 4o', '@preset/my-preset', 42]) {
      const error = await rejectionOf(router.listEndpoints(bad as string));
      expect([error.name, error.message]).toEqual([
        'AI_InvalidArgumentError',
        `router.listEndpoints needs a model id as author/slug, such as openai/gpt-4o-mini; ${typeof bad === 'string' ? JSON.stringify(bad) : 'a number'} is not one.`,
      ]);
    }
    expect(server.emulator.requests.length).toBe(1);
  });

  it("reports an unknown model as OpenRouter's 404 and retries what model calls retry", async () => {
    const router = routers.verified();
    const error = await rejectionOf(router.listEndpoints('nobody/nothing'));
    expect([error.name, error.message, error.statusCode, error.isRetryable]).toEqual([
      'AI_APICallError',
      'OpenRouter error 404: Model nobody/nothing not found',
      404,
      false,
    ]);

    server.emulator.reset();
    const unavailable = { type: 'json' as const, status: 503, headers: { 'retry-after': '0' }, body: errorEnvelope(503, 'Service temporarily unavailable') };
    server.emulator.enqueue(unavailable, unavailable);
    expect((await router.getCredits()).total_credits).toBe(10);
    expect(server.emulator.requests.map((request) => request.path)).toEqual(['/api/v1/credits', '/api/v1/credits', '/api/v1/credits']);

    server.emulator.reset();
    server.emulator.enqueue({ type: 'json', status: 403, body: errorEnvelope(403, 'Only management keys can perform this operation') });
    const forbidden = await rejectionOf(router.getCredits());
    expect([forbidden.message, forbidden.statusCode, forbidden.isRetryable]).toEqual([
      'OpenRouter error 403: Only management keys can perform this operation',
      403,
      false,
    ]);
  });

  it('turns a reply of the wrong shape into a clear, non-retryable APICallError without the key', async () => {
    const router = routers.verified({ apiKey: 'sk-or-v1-secret-key-123' });
    const cases: Array<[() => Promise<unknown>, unknown, string]> = [
      [
        () => router.getKey(),
        { data: { ...FRESH_KEY, usage: 'lots' } },
        'OpenRouter returned a reply that does not fit its documented shape: data.usage is the string "lots", expected a number.',
      ],
      [
        () => router.getKey(),
        { data: { ...FRESH_KEY, label: 'sk-or-v1-secret-key-123', is_free_tier: 'no' } },
        'OpenRouter returned a reply that does not fit its documented shape: data.is_free_tier is the string "no", expected a boolean.',
      ],
      [
        () => router.getCredits(),
        { data: { total_credits: 10 } },
        'OpenRouter returned a reply that does not fit its documented shape: data.total_usage is missing, expected a number.',
      ],
      [() => router.getCredits(), { data: [] }, 'OpenRouter returned a reply that does not fit its documented shape: data is an array, expected an object.'],
      [
        () => router.listEndpoints('openai/gpt-4o-mini'),
        { data: { id: 'openai/gpt-4o-mini', endpoints: [{ provider_name: 'OpenAI', pricing: null, context_length: 1 }] } },
        'OpenRouter returned a reply that does not fit its documented shape: data.endpoints[0].pricing is null, expected an object.',
      ],
      [
        () => router.listEndpoints('openai/gpt-4o-mini'),
        { data: { id: 'openai/gpt-4o-mini' } },
        'OpenRouter returned a reply that does not fit its documented shape: data.endpoints is missing, expected an array.',
      ],
    ];
    for (const [call, body, message] of cases) {
      server.emulator.reset();
      server.emulator.enqueue({ type: 'json', body, schemaCheck: false });
      const error = await rejectionOf(call());
      expect([error.name, error.message.startsWith(message), error.statusCode, error.isRetryable]).toEqual(['AI_APICallError', true, 200, false]);
      expect(JSON.stringify({ message: error.message, body: error.responseBody })).not.toContain('sk-or-v1-secret-key-123');
      expect(server.emulator.requests.length).toBe(1);
    }
  });
});
