import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { SURFACES, surfaceRouters } from './surfaces';

/** What the emulator reports for a generation it served (see src/testing/generation-log.ts). */
const generationStats = (fields: Record<string, unknown>) => ({
  upstream_id: `upstream-${fields.id}`,
  cache_discount: null,
  upstream_inference_cost: null,
  created_at: '2026-01-01T00:00:00.000Z',
  model: 'openai/gpt-4o-mini',
  app_id: null,
  cancelled: false,
  provider_name: 'OpenAI',
  latency: 250,
  moderation_latency: null,
  generation_time: 200,
  finish_reason: 'stop',
  native_finish_reason: 'stop',
  service_tier: null,
  native_tokens_completion_images: 0,
  native_tokens_reasoning: 0,
  native_tokens_cached: 0,
  num_media_prompt: 0,
  num_input_audio_prompt: 0,
  num_media_completion: 0,
  num_search_results: 0,
  num_fetches: 0,
  web_search_engine: null,
  origin: '',
  is_byok: false,
  external_user: null,
  api_type: 'completions',
  preset_id: null,
  router: null,
  provider_responses: null,
  user_agent: null,
  http_referer: null,
  data_region: 'global',
  workspace_id: null,
  response_cache_source_id: null,
  ...fields,
});

const TEXT_MODELS = [
  'openai/gpt-4o-mini',
  'openai/gpt-5-mini',
  'anthropic/claude-sonnet-4.5',
  'moonshotai/kimi-k2.6',
  'meta-llama/llama-3.1-8b-instruct',
  'google/gemini-3.1-flash-image-preview',
];

describe.each(SURFACES)('look-ups, $name', (surface) => {
  const server = useEmulator({ knownModels: ['openai/gpt-4o-mini', 'meta-llama/llama-3.1-8b-instruct'] });
  const { ai } = surface;
  const routers = surfaceRouters(surface, server);

  it("getGeneration returns OpenRouter's stats of a generation, over the same connection as the models", async () => {
    const router = routers.verified();
    const result = await ai.generateText({ model: router('openai/gpt-4o-mini'), prompt: 'how much was this?' });
    const id = (result.providerMetadata?.openrouter as { generationId: string } | undefined)?.generationId ?? '';
    const generation = await router.getGeneration(id);

    expect(generation).toEqual(
      generationStats({
        id: 'gen-emulator-1',
        total_cost: 0.000016,
        usage: 0.000016,
        streamed: false,
        tokens_prompt: 4,
        tokens_completion: 6,
        native_tokens_prompt: 4,
        native_tokens_completion: 6,
        native_finish_reason: 'completed',
      }),
    );
    const request = server.emulator.lastRequest();
    expect([request.method, request.originalURL]).toEqual(['GET', 'https://openrouter.ai/api/v1/generation?id=gen-emulator-1']);
    expect(request.headers).toMatchObject({
      authorization: 'Bearer test-key',
      'http-referer': 'https://openclaw.ai',
      'x-openrouter-title': 'OpenClaw',
      'x-openrouter-categories': 'cli-agent',
      'user-agent': expect.stringMatching(/^openclaw-router\/\d+\.\d+\.\d+/),
    });
  });

  it("reconciles a stream's cost, and shows which generation a cache hit replayed", async () => {
    const router = routers.verified({ responseCache: true });
    const stream = async () => {
      const result = ai.streamText({ model: router('openai/gpt-4o-mini'), prompt: 'stream and pay' });
      return (await result.providerMetadata)?.openrouter as { generationId: string; usage: { cost: number } };
    };
    const miss = await stream();
    const hit = await stream();

    const paid = await router.getGeneration(miss.generationId);
    expect([paid.streamed, paid.total_cost, paid.response_cache_source_id]).toEqual([true, miss.usage.cost, null]);
    const free = await router.getGeneration(hit.generationId);
    expect([free.id, free.streamed, free.total_cost, free.tokens_prompt, free.response_cache_source_id]).toEqual(['gen-emulator-2', true, 0, 0, 'gen-emulator-1']);
  });

  it('listModels returns the catalogue, filtered as asked', async () => {
    const router = routers.verified();
    const models = await router.listModels();
    expect(models.map((model) => model.id)).toEqual(TEXT_MODELS);
    expect(server.emulator.lastRequest().originalURL).toBe('https://openrouter.ai/api/v1/models');
    expect(models[0]).toEqual({
      id: 'openai/gpt-4o-mini',
      canonical_slug: 'openai/gpt-4o-mini',
      name: 'OpenAI: GPT-4o-mini',
      created: 1767225600,
      description: 'OpenAI: GPT-4o-mini, as the emulator lists it.',
      context_length: 128000,
      architecture: {
        modality: 'text+image+file->text',
        input_modalities: ['text', 'image', 'file'],
        output_modalities: ['text'],
        tokenizer: 'Other',
        instruct_type: null,
      },
      pricing: { prompt: '0.00000015', completion: '0.0000006' },
      top_provider: { context_length: 128000, max_completion_tokens: 16384, is_moderated: false },
      per_request_limits: null,
      supported_parameters: ['max_tokens', 'temperature', 'top_p', 'stop', 'seed', 'response_format', 'structured_outputs', 'tools', 'tool_choice'],
      default_parameters: null,
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: { details: '/api/v1/models/openai/gpt-4o-mini/endpoints' },
    });

    const reasoningTools = await router.listModels({ outputModalities: 'all', supportedParameters: ['tools', 'reasoning'] });
    expect(server.emulator.lastRequest().originalURL).toBe('https://openrouter.ai/api/v1/models?output_modalities=all&supported_parameters=tools%2Creasoning');
    expect(reasoningTools.map((model) => model.id)).toEqual(['openai/gpt-5-mini', 'anthropic/claude-sonnet-4.5', 'moonshotai/kimi-k2.6']);
    const embeddings = await router.listModels({ outputModalities: ['embeddings'] });
    expect(embeddings.map((model) => model.id)).toEqual(['openai/text-embedding-3-small']);
  });

  it('retries what model calls retry, honouring Retry-After, and fails on the last error when retries run out', async () => {
    const router = routers.verified();
    const rateLimited = { type: 'json' as const, status: 429, headers: { 'retry-after': '0' }, body: errorEnvelope(429, 'Rate limit exceeded') };
    server.emulator.enqueue(rateLimited, rateLimited);
    expect((await router.listModels()).length).toBe(TEXT_MODELS.length);
    expect(server.emulator.requests.length).toBe(3);

    server.emulator.reset();
    server.emulator.enqueue(rateLimited);
    const error = await rejectionOf(router.listModels({ maxRetries: 0 }));
    expect([error.name, error.message, error.statusCode, error.isRetryable]).toEqual(['AI_APICallError', 'OpenRouter error 429: Rate limit exceeded', 429, true]);
    expect(server.emulator.requests.length).toBe(1);
  });

  it("reports an unknown generation as OpenRouter's 404, without retrying and without the key", async () => {
    const router = routers.verified({ apiKey: 'sk-or-v1-secret-key-123' });
    server.emulator.enqueue({ type: 'json', status: 404, body: errorEnvelope(404, 'Generation gen-nope not found for Bearer sk-or-v1-secret-key-123') });
    const error = await rejectionOf(router.getGeneration('gen-nope'));
    expect([error.name, error.message, error.statusCode, error.isRetryable]).toEqual([
      'AI_APICallError',
      'OpenRouter error 404: Generation gen-nope not found for Bearer [REDACTED]',
      404,
      false,
    ]);
    expect(JSON.stringify({ message: error.message, body: error.responseBody, headers: error.responseHeaders })).not.toContain('sk-or-v1-secret-key-123');
    expect(server.emulator.requests.length).toBe(1);
  });

  it('rejects an empty id before any request, and stops when aborted', async () => {
    const router = routers.verified();
    const error = await rejectionOf(router.getGeneration(''));
    expect([error.name, error.message]).toEqual([
      'AI_InvalidArgumentError',
      'router.getGeneration needs a generation id, e.g. providerMetadata.openrouter.generationId of a result.',
    ]);
    const aborted = await rejectionOf(router.listModels({ abortSignal: AbortSignal.abort() }));
    expect(aborted.name).toBe('AbortError');
    expect(server.emulator.requests).toEqual([]);
  });
});
